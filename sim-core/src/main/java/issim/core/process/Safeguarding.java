package issim.core.process;

import issim.core.domain.AgencyKind;
import issim.core.domain.Outcome;
import issim.core.model.Child;
import issim.core.model.Practitioner;
import issim.core.observe.Tally;
import issim.core.params.CultureParameters;
import java.io.Serializable;
import java.util.List;

/**
 * Escalation and harm (docs/ODD.md §7.9; 004 ch.6). Significant harm brings social care in at once
 * with a protection plan; a serious case review may follow. In a blame culture the review makes
 * practitioners risk averse (less sharing, defensive referral, higher thresholds), is a setback to
 * integrated working and costs trust among the agencies involved; in a no-blame culture it is a
 * learning event that raises trust among them.
 */
public final class Safeguarding implements Serializable {
    /** Stay-safe index a child is left at by significant harm. */
    private static final double HARMED_SAFETY = 0.05;

    private final Context ctx;
    private final NeedDynamics need;
    private final Handlers handlers;
    private final Support support;
    private final CultureParameters p;
    private boolean blame;

    public Safeguarding(Context ctx, NeedDynamics need, Handlers handlers, Support support) {
        this.ctx = ctx;
        this.need = need;
        this.handlers = handlers;
        this.support = support;
        this.p = ctx.params().culture();
        this.blame = p.blame();
    }

    /** The no-blame culture's hook: from now on reviews are learning events (004 ch.6). */
    public void learnFromReviews() {
        blame = false;
    }

    /** Whether reviews now assign blame. */
    public boolean blameCulture() {
        return blame;
    }

    public void significantHarm(Child c) {
        double now = ctx.now();
        ctx.counters().add(Tally.SIGNIFICANT_HARM);
        need.advance(c, now);
        c.setOutcome(
                Outcome.STAY_SAFE.ordinal(), Math.min(c.outcome(Outcome.STAY_SAFE), HARMED_SAFETY));
        need.recomputeSetPoints(c);
        int involved = c.agenciesInvolved();
        c.learn(AgencyKind.SOCIAL_CARE, Outcome.STAY_SAFE.bit());
        if (!c.protectionPlan()) {
            Practitioner sw = handlers.of(c, AgencyKind.SOCIAL_CARE);
            if (sw != null) {
                // Statutory: a protection plan is opened whatever the caseload.
                support.startAgencyPlan(c, AgencyKind.SOCIAL_CARE, sw, null);
            }
        }
        if (ctx.streams().services().nextDouble() < p.reviewProbability()) {
            review(involved | (1 << AgencyKind.SOCIAL_CARE.ordinal()));
        }
    }

    /** A serious case review of a case the agencies in {@code agencyMask} were involved in. */
    public void review(int agencyMask) {
        double now = ctx.now();
        ctx.counters().add(Tally.SERIOUS_CASE_REVIEWS);
        List<Practitioner> all = ctx.locality().practitioners();
        for (Practitioner a : all) {
            boolean aInvolved = (agencyMask & (1 << a.agency().ordinal())) != 0;
            if (blame) {
                a.raiseRiskAversion(
                        now,
                        p.riskAversionHalfLife(),
                        aInvolved ? p.blameShock() : p.blameShock() / 2);
                if (aInvolved) {
                    a.addSetback();
                }
            }
            if (!aInvolved) {
                continue;
            }
            for (Practitioner b : all) {
                if (a.agency() != b.agency() && (agencyMask & (1 << b.agency().ordinal())) != 0) {
                    if (blame) {
                        ctx.trust().lower(a, b, p.blameTrustLoss());
                    } else {
                        ctx.trust().raise(a, b, p.learningTrustGain());
                    }
                }
            }
        }
    }
}
