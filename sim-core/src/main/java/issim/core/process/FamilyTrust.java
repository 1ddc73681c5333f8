package issim.core.process;

import issim.core.model.Family;
import java.io.Serializable;
import java.util.List;

/**
 * Families' trust in each kind of service (docs/ODD.md §7.11) drifts back toward where it started
 * when nothing happens: a good or bad experience fades. Gains (help that works, a school-based
 * officer) and losses (duplicated assessments) are made by the processes that cause them.
 */
public final class FamilyTrust implements Serializable {
    private final Context ctx;
    private final double keepPerMonth;
    private final double initial;

    public FamilyTrust(Context ctx) {
        this.ctx = ctx;
        this.keepPerMonth = Math.pow(0.5, Calendar.MONTH / ctx.params().trust().decayHalfLife());
        this.initial = ctx.params().trust().familyInitial();
    }

    public void month() {
        // An indexed loop: the view's iterator costs a measured tenth of a run in these sweeps.
        List<Family> families = ctx.population().residentFamilies();
        for (int i = 0, n = families.size(); i < n; i++) {
            families.get(i).relaxTrust(initial, keepPerMonth);
        }
    }
}
