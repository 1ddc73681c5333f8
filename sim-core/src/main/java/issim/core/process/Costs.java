package issim.core.process;

import issim.core.World;
import issim.core.model.AgencyKind;
import issim.core.model.Lever;
import issim.core.model.Practitioner;

/**
 * Costs (DESIGN.md §2 process 12): staff time each month, plus each intervention's running costs.
 * One-off set-up costs and per-place programme costs are booked where they arise.
 */
public final class Costs {
    private final World world;

    public Costs(World world) {
        this.world = world;
    }

    public void month() {
        var counters = world.counters();
        var agencies = world.params().agencies();
        for (Practitioner p : world.locality().practitioners()) {
            counters.spend(p.agency(), agencies.of(p.agency()).staffCost() / 12);
        }
        var iv = world.params().interventions();
        if (world.active(Lever.CO_LOCATION)) {
            counters.spend(
                    AgencyKind.SCHOOL,
                    iv.coLocation().runningCost() * iv.coLocation().schools() / 12);
        }
        if (world.active(Lever.SCHOOL_POLICE_OFFICER)) {
            // The schools buy their share of the officer's time from the police.
            double share =
                    iv.schoolPoliceOfficer().salaryShare() * agencies.police().staffCost() / 12;
            counters.spend(AgencyKind.SCHOOL, share);
            counters.spend(AgencyKind.POLICE, -share);
        }
        if (world.active(Lever.INTEGRATED_SERVICES_LEADER)) {
            counters.spend(AgencyKind.SOCIAL_CARE, iv.leader().salary() / 12);
        }
    }
}
