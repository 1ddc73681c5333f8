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
 * (here a caseload capacity of a fifth of the default), referrals wait for it, and doubling its
 * staff shortens the wait for help and its waiting list (by about 30%: the extra capacity also
 * takes on referrals that would otherwise have timed out).
 */
class CapacityTest {
    private static double[] waitsAndQueue(ModelParameters p) {
        double helped = 0, delay = 0, waiting = 0;
        int months = 0;
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthlyReport> run = World.run(p, seed);
            for (MonthlyReport r : run) {
                double h = r.value(Measure.HELP_STARTED);
                helped += h;
                if (h > 0) {
                    delay += h * r.value(Measure.DAYS_TO_HELP);
                }
                double w = r.value(Measure.REFERRALS_WAITING, "social_care");
                waiting += Double.isNaN(w) ? 0 : w; // observed only when not 0
                months++;
            }
        }
        return new double[] {delay / helped, waiting / months};
    }

    @Test
    void doublingTheBottlenecksStaffShortensTheWait() {
        ModelParameters base = TestWorlds.small(2 * 365);
        int capacity = base.agencies().socialCare().caseloadCapacity();
        ModelParameters binding =
                ParameterPaths.with(
                        base, "agencies.socialCare.caseloadCapacity", Math.max(1, capacity / 5));
        double staff = base.agencies().socialCare().staffPer10k();
        ModelParameters doubled =
                ParameterPaths.with(binding, "agencies.socialCare.staffPer10k", 2 * staff);
        double[] tight = waitsAndQueue(binding), eased = waitsAndQueue(doubled);
        assertTrue(tight[1] > 5, "social care binds: " + tight[1] + " referrals waiting a month");
        assertTrue(
                eased[1] < 0.8 * tight[1],
                "social care's waiting list: " + eased[1] + " vs " + tight[1]);
        assertTrue(eased[0] < tight[0], "days to help: " + eased[0] + " vs " + tight[0]);
    }
}
