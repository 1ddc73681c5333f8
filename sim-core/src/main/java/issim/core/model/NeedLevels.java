package issim.core.model;

import issim.core.domain.Outcome;
import issim.core.params.NeedParameters;
import java.io.Serializable;

/**
 * Reads a child's need off the outcome indices as last brought up to date (docs/ODD.md §7.2):
 * severity per outcome (how far it sits below the well level), unmet severity, and the level on the
 * continuum of need. Reading only: the need process changes the indices.
 */
public final class NeedLevels implements Serializable {
    private final NeedParameters p;

    public NeedLevels(NeedParameters p) {
        this.p = p;
    }

    /** How far outcome {@code k} sits below the well level (0 when at or above it). */
    public double severity(Child c, int k) {
        return Math.max(0, p.wellLevel() - c.outcome(k));
    }

    public double totalSeverity(Child c) {
        double s = 0;
        for (int k = 0; k < Outcome.COUNT; k++) {
            s += severity(c, k);
        }
        return s;
    }

    /** Severity in outcomes no running plan supports. */
    public double unmetSeverity(Child c, int k) {
        return c.supported(k) ? 0 : severity(c, k);
    }

    /** Outcomes with any severity, as a mask over {@link Outcome#bit()}. */
    public int needMask(Child c) {
        int mask = 0;
        for (int k = 0; k < Outcome.COUNT; k++) {
            if (severity(c, k) > 0) {
                mask |= 1 << k;
            }
        }
        return mask;
    }

    /** Level of need on the continuum: 1 universal, 2 additional, 3 complex, 4 acute. */
    public int level(Child c) {
        if (c.outcome(Outcome.STAY_SAFE.ordinal()) < p.acuteSafety()) {
            return 4;
        }
        double s = totalSeverity(c);
        if (s >= p.level3Severity()) {
            return 3;
        }
        return s >= p.level2Severity() ? 2 : 1;
    }
}
