package issim.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Capacity matters where it binds (docs/ODD.md §7.8): when children's social care is the bottleneck
 * (here a caseload capacity of a third of the default), referrals wait for it, and doubling its
 * staff shortens its waiting list and loses fewer referrals for want of a place. (Far deeper in
 * overload, at a fifth, even doubled staff stay saturated: the list is then held at its length by
 * referrals timing out, whatever the staff.) (Days from need to help, averaged over every child
 * helped by any agency, is not the measure: the extra capacity also takes on children who had
 * waited longest and would otherwise have timed out, which lengthens that average as much as
 * shorter waits shorten it.)
 */
class CapacityTest {
    private static double[] waitsAndQueue(ModelParameters p) {
        double lost = 0, waiting = 0;
        int months = 0;
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthlyReport> run = World.run(p, seed);
            for (MonthlyReport r : run) {
                lost += r.value(Measure.REFERRALS_LOST_WAITING);
                double w = r.value(Measure.REFERRALS_WAITING, "social_care");
                waiting += Double.isNaN(w) ? 0 : w; // observed only when not 0
                months++;
            }
        }
        return new double[] {lost, waiting / months};
    }

    @Test
    void doublingTheBottlenecksStaffShortensTheWait() {
        ModelParameters base = TestWorlds.small(2 * 365);
        int capacity = base.agencies().socialCare().caseloadCapacity();
        ModelParameters binding =
                ParameterPaths.with(
                        base, "agencies.socialCare.caseloadCapacity", Math.max(1, capacity / 3));
        double staff = base.agencies().socialCare().staffPer10k();
        ModelParameters doubled =
                ParameterPaths.with(binding, "agencies.socialCare.staffPer10k", 2 * staff);
        double[] tight = waitsAndQueue(binding), eased = waitsAndQueue(doubled);
        assertTrue(tight[1] > 5, "social care binds: " + tight[1] + " referrals waiting a month");
        assertTrue(
                eased[1] < 0.8 * tight[1],
                "social care's waiting list: " + eased[1] + " vs " + tight[1]);
        assertTrue(
                eased[0] < 0.8 * tight[0],
                "referrals lost waiting for a place: " + eased[0] + " vs " + tight[0]);
    }
}
