package issim.core.process;

import issim.core.domain.Ages;
import issim.core.model.Child;
import java.io.Serializable;
import java.util.Arrays;

/**
 * What a child moving in brings from where it lived before: whether it ever had a protection plan
 * and whether it is already a first-time entrant, at the shares of the locality's own children of
 * its age and of families with as many risk factors (none, one, two or more). The shares are
 * measured once a year through the warm-up and at its last month end, and held from then through
 * the horizon: arrivals come from elsewhere, so an intervention here must not change what they
 * bring, and every scenario run with one seed sees the same arrivals (docs/ODD.md §7.1).
 */
final class ArrivalHistories implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Families with none, one, or two or more risk factors. */
    private static final int RISK_GROUPS = 3;

    private final double[][] everPlan = new double[RISK_GROUPS][Ages.ADULT];
    private final double[][] entrant = new double[RISK_GROUPS][Ages.ADULT];
    private boolean measured;

    /** Measures the shares afresh from the children present. */
    void measure(Iterable<Child> children) {
        int[][] n = new int[RISK_GROUPS][Ages.ADULT];
        for (int g = 0; g < RISK_GROUPS; g++) {
            Arrays.fill(everPlan[g], 0);
            Arrays.fill(entrant[g], 0);
        }
        for (Child c : children) {
            if (!c.present()) {
                continue;
            }
            int g = group(c);
            n[g][c.age()]++;
            everPlan[g][c.age()] += c.protectionPlans() > 0 ? 1 : 0;
            entrant[g][c.age()] += c.firstTimeEntrant() ? 1 : 0;
        }
        for (int g = 0; g < RISK_GROUPS; g++) {
            for (int a = 0; a < Ages.ADULT; a++) {
                everPlan[g][a] /= Math.max(1, n[g][a]);
                entrant[g][a] /= Math.max(1, n[g][a]);
            }
        }
        measured = true;
    }

    boolean measured() {
        return measured;
    }

    /** Share of children like {@code c} who ever had a protection plan. */
    double everPlan(Child c) {
        return everPlan[group(c)][c.age()];
    }

    /** Share of children like {@code c} who are first-time entrants. */
    double entrant(Child c) {
        return entrant[group(c)][c.age()];
    }

    private static int group(Child c) {
        return Math.min(RISK_GROUPS - 1, c.family().riskCount());
    }
}
