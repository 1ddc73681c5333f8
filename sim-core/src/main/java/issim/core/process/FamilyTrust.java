package issim.core.process;

import issim.core.World;
import issim.core.model.Family;

/**
 * Families' trust in each kind of service (DESIGN.md §2 process 10) drifts back toward where it
 * started when nothing happens: a good or bad experience fades. Gains (help that works, a
 * school-based officer) and losses (duplicated assessments) are made by the processes that cause
 * them.
 */
public final class FamilyTrust {
    private final World world;
    private final double keepPerMonth;
    private final double initial;

    public FamilyTrust(World world) {
        this.world = world;
        this.keepPerMonth = Math.pow(0.5, World.MONTH / world.params().trust().decayHalfLife());
        this.initial = world.params().trust().familyInitial();
    }

    public void month() {
        for (Family f : world.lifeCourse().residentFamilies()) {
            f.relaxTrust(initial, keepPerMonth);
        }
    }
}
