package issim.core.process;

import issim.core.domain.AgencyKind;
import issim.core.domain.Outcome;
import issim.core.model.Child;
import issim.core.model.NeedLevels;
import issim.core.model.Practitioner;
import issim.core.params.AgencyParameters;
import issim.core.params.CultureParameters;
import java.io.Serializable;

/**
 * What a practitioner does with a concern (docs/ODD.md §7.5): record what their agency sees, share,
 * then act on the picture they now hold — refer a safeguarding concern to social care, lead a
 * common assessment where they can, help within their own remit, or refer to the agency whose remit
 * fits.
 */
public final class ConcernResponse implements Serializable {
    private final Context ctx;
    private final NeedLevels levels;
    private final Remits remits;
    private final InformationSharing sharing;
    private final Referrals referrals;
    private final TeamAroundTheChild teamAroundTheChild;
    private final Support support;

    public ConcernResponse(
            Context ctx,
            NeedLevels levels,
            Remits remits,
            InformationSharing sharing,
            Referrals referrals,
            TeamAroundTheChild teamAroundTheChild,
            Support support) {
        this.ctx = ctx;
        this.levels = levels;
        this.remits = remits;
        this.sharing = sharing;
        this.referrals = referrals;
        this.teamAroundTheChild = teamAroundTheChild;
        this.support = support;
    }

    public void respond(Child c, Practitioner p) {
        AgencyKind a = p.agency();
        AgencyParameters ap = ctx.params().agencies().of(a);
        c.learn(a, remits.visibleMask(c, a));
        sharing.shareAbout(c, p);

        int known = c.known(a);
        double perceived = perceivedSeverity(c, known);
        double safety =
                (known & Outcome.STAY_SAFE.bit()) != 0
                        ? levels.severity(c, Outcome.STAY_SAFE.ordinal())
                        : 0;
        double now = ctx.now();
        CultureParameters culture = ctx.params().culture();
        // Defensive practice: a risk-averse referrer passes on lesser safety concerns (004 ch.6).
        double safeguarding =
                ctx.params().sharing().safeguardingSeverity()
                        * (1
                                - culture.riskAversionThresholdShift()
                                        * p.riskAversion(now, culture.riskAversionHalfLife()));
        if (safety >= safeguarding && !c.socialCareCase() && a != AgencyKind.SOCIAL_CARE) {
            referrals.refer(c, p, AgencyKind.SOCIAL_CARE);
            return;
        }
        int needy = Integer.bitCount(needMask(c, known));
        if (needy >= 2
                && perceived >= ctx.params().need().level2Severity()
                && teamAroundTheChild.canLead(p)
                && teamAroundTheChild.start(c, p)) {
            return;
        }
        int worst = worstKnown(c, known);
        if (worst < 0) {
            return;
        }
        if (remits.owns(a, Outcome.of(worst)) && ap.caseloadCapacity() > 0) {
            support.startSingleAgency(c, p);
            return;
        }
        AgencyKind target = remits.bestAgencyFor(c, worst, a);
        if (target != null) {
            referrals.refer(c, p, target);
        }
    }

    private double perceivedSeverity(Child c, int known) {
        double s = 0;
        for (int k = 0; k < Outcome.COUNT; k++) {
            if ((known & (1 << k)) != 0) {
                s += levels.severity(c, k);
            }
        }
        return s;
    }

    private int needMask(Child c, int known) {
        int mask = 0;
        for (int k = 0; k < Outcome.COUNT; k++) {
            if ((known & (1 << k)) != 0 && levels.unmetSeverity(c, k) > 0) {
                mask |= 1 << k;
            }
        }
        return mask;
    }

    private int worstKnown(Child c, int known) {
        int worst = -1;
        double most = 0;
        for (int k = 0; k < Outcome.COUNT; k++) {
            double s = (known & (1 << k)) != 0 ? levels.unmetSeverity(c, k) : 0;
            if (s > most) {
                most = s;
                worst = k;
            }
        }
        return worst;
    }
}
