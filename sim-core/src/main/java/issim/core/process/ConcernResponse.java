package issim.core.process;

import issim.core.World;
import issim.core.model.AgencyKind;
import issim.core.model.Child;
import issim.core.model.Outcome;
import issim.core.model.Practitioner;
import issim.core.params.AgencyParameters;

/**
 * What a practitioner does with a concern: record what their agency sees, share, then act on the
 * picture they now hold — refer a safeguarding concern to social care, lead a common assessment
 * where they can, help within their own remit, or refer to the agency whose remit fits.
 */
public final class ConcernResponse {
    /** Remit weight from which an agency counts an outcome as its business. */
    static final double OWN_REMIT = 0.5;

    /** Remit weight from which an agency sees an outcome well enough to know about it. */
    static final double SEES = 0.3;

    private final World world;
    private final NeedDynamics need;

    public ConcernResponse(World world) {
        this.world = world;
        this.need = world.need();
    }

    public void respond(Child c, Practitioner p) {
        AgencyKind a = p.agency();
        AgencyParameters ap = world.params().agencies().of(a);
        c.learn(a, visibleMask(c, ap));
        world.sharing().shareAbout(c, p);

        int known = c.known(a);
        double perceived = perceivedSeverity(c, known);
        double safety =
                (known & Outcome.STAY_SAFE.bit()) != 0
                        ? need.severity(c, Outcome.STAY_SAFE.ordinal())
                        : 0;
        double now = world.now();
        var culture = world.params().culture();
        // Defensive practice: a risk-averse referrer passes on lesser safety concerns (004 ch.6).
        double safeguarding =
                world.params().sharing().safeguardingSeverity()
                        * (1
                                - culture.riskAversionThresholdShift()
                                        * p.riskAversion(now, culture.riskAversionHalfLife()));
        if (safety >= safeguarding && !c.socialCareCase() && a != AgencyKind.SOCIAL_CARE) {
            world.referrals().refer(c, p, AgencyKind.SOCIAL_CARE);
            return;
        }
        int needy = Integer.bitCount(needMask(c, known));
        if (needy >= 2
                && perceived >= world.params().need().level2Severity()
                && world.teamAroundTheChild().canLead(p)
                && world.teamAroundTheChild().start(c, p)) {
            return;
        }
        int worst = worstKnown(c, known);
        if (worst < 0) {
            return;
        }
        if (ap.remit().weight(Outcome.of(worst)) >= OWN_REMIT && ap.caseloadCapacity() > 0) {
            world.support().startSingleAgency(c, p);
            return;
        }
        AgencyKind target = bestAgencyFor(c, worst, a);
        if (target != null) {
            world.referrals().refer(c, p, target);
        }
    }

    /** Outcomes the agency sees, among those where the child has unmet need. */
    int visibleMask(Child c, AgencyParameters ap) {
        int mask = 0;
        for (int k = 0; k < Outcome.COUNT; k++) {
            if (ap.remit().weight(Outcome.of(k)) >= SEES && need.unmetSeverity(c, k) > 0) {
                mask |= 1 << k;
            }
        }
        return mask;
    }

    double perceivedSeverity(Child c, int known) {
        double s = 0;
        for (int k = 0; k < Outcome.COUNT; k++) {
            if ((known & (1 << k)) != 0) {
                s += need.severity(c, k);
            }
        }
        return s;
    }

    private int needMask(Child c, int known) {
        int mask = 0;
        for (int k = 0; k < Outcome.COUNT; k++) {
            if ((known & (1 << k)) != 0 && need.unmetSeverity(c, k) > 0) {
                mask |= 1 << k;
            }
        }
        return mask;
    }

    private int worstKnown(Child c, int known) {
        int worst = -1;
        double most = 0;
        for (int k = 0; k < Outcome.COUNT; k++) {
            double s = (known & (1 << k)) != 0 ? need.unmetSeverity(c, k) : 0;
            if (s > most) {
                most = s;
                worst = k;
            }
        }
        return worst;
    }

    /**
     * The agency, other than the referrer's, whose remit best covers the outcome for a child this
     * age.
     */
    AgencyKind bestAgencyFor(Child c, int outcome, AgencyKind except) {
        AgencyKind best = null;
        double weight = OWN_REMIT;
        for (AgencyKind k : AgencyKind.ALL_KINDS) {
            AgencyParameters ap = world.params().agencies().of(k);
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
