package issim.core.process;

import issim.core.domain.AgencyKind;
import issim.core.domain.Outcome;
import issim.core.model.Child;
import issim.core.model.NeedLevels;
import issim.core.params.AgenciesParameters;
import issim.core.params.AgencyParameters;
import issim.core.params.SharingParameters;
import java.io.Serializable;

/**
 * What each agency's remit makes it see and own (docs/ODD.md §7.5): an outcome is seen from one
 * remit weight and counted as the agency's own business from a higher one. The silo effect rests on
 * these cut-offs.
 */
public final class Remits implements Serializable {
    private final AgenciesParameters agencies;
    private final NeedLevels levels;
    private final double own;
    private final double seen;

    public Remits(AgenciesParameters agencies, SharingParameters sharing, NeedLevels levels) {
        this.agencies = agencies;
        this.levels = levels;
        this.own = sharing.ownRemitWeight();
        this.seen = sharing.seenRemitWeight();
    }

    /** Whether {@code agency} counts {@code outcome} as its own business. */
    public boolean owns(AgencyKind agency, Outcome outcome) {
        return agencies.of(agency).remit().weight(outcome) >= own;
    }

    /** Outcomes {@code agency} sees, among those where the child has unmet need. */
    public int visibleMask(Child c, AgencyKind agency) {
        AgencyParameters ap = agencies.of(agency);
        int mask = 0;
        for (int k = 0; k < Outcome.COUNT; k++) {
            if (ap.remit().weight(Outcome.of(k)) >= seen && levels.unmetSeverity(c, k) > 0) {
                mask |= 1 << k;
            }
        }
        return mask;
    }

    /**
     * The agency, other than {@code except} (police and social care aside: they are reached by
     * other routes), whose remit best covers the outcome for a child this age; null if none owns
     * it.
     */
    public AgencyKind bestAgencyFor(Child c, int outcome, AgencyKind except) {
        AgencyKind best = null;
        double weight = own;
        for (AgencyKind k : AgencyKind.ALL_KINDS) {
            AgencyParameters ap = agencies.of(k);
            if (k == except
                    || k == AgencyKind.POLICE
                    || k == AgencyKind.SOCIAL_CARE
                    || ap.caseloadCapacity() == 0
                    || c.age() < ap.minAge()
                    || c.age() > ap.maxAge()) {
                continue;
            }
            double w = ap.remit().weight(Outcome.of(outcome));
            if (w > weight) {
                weight = w;
                best = k;
            }
        }
        return best;
    }
}
