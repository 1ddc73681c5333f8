package issim.core.process;

import issim.core.domain.AgencyKind;
import issim.core.domain.Outcome;
import issim.core.model.Child;
import issim.core.model.Practitioner;
import issim.core.observe.Tally;
import issim.core.params.CultureParameters;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Escalation and harm (docs/ODD.md §7.9; 004 ch.6). Significant harm brings social care in at once
 * with a protection plan; a serious case review may follow. In a blame culture the review makes
 * practitioners risk averse (less sharing, defensive referral, higher thresholds), is a setback to
 * integrated working and costs trust among the agencies involved; in a no-blame culture it is a
 * learning event that raises trust among them.
 */
public final class Safeguarding implements Serializable {
    /** A team: the colleagues a review reaches besides those involved (assumption: ~10). */
    static final int TEAM = 10;

    /** Stay-safe index a child is left at by significant harm. */
    private static final double HARMED_SAFETY = 0.05;

    private final Context ctx;
    private final NeedDynamics need;
    private final Handlers handlers;
    private final Support support;
    private final CultureParameters p;
    private boolean blame;

    /** Belongs to whoever runs the world, like its observers: a copy starts with none. */
    private transient ReviewListener reviewListener;

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

    /**
     * The no-blame culture's hook, withdrawn: from now on reviews assign blame again if the
     * locality's own culture does ({@code culture.blame}).
     */
    public void restoreCulture() {
        blame = p.blame();
    }

    /** Hears of each serious case review (a display naming the child); none by default. */
    @FunctionalInterface
    public interface ReviewListener {
        void reviewed(Child c, int agencyMask);
    }

    /** Tells {@code listener} of every serious case review from now on (null: nobody). */
    public void listenToReviews(ReviewListener listener) {
        this.reviewListener = listener;
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
        if (!c.protectionPlan() && !c.lookedAfter()) {
            Practitioner sw = handlers.of(c, AgencyKind.SOCIAL_CARE);
            if (sw != null) {
                // Statutory: a protection plan is opened whatever the caseload.
                support.startAgencyPlan(c, AgencyKind.SOCIAL_CARE, sw, null);
            }
        }
        if (ctx.streams().services().nextDouble() < p.reviewProbability()) {
            review(c, involved | (1 << AgencyKind.SOCIAL_CARE.ordinal()));
        }
    }

    /**
     * A serious case review of child {@code c}'s case, in which the agencies in {@code agencyMask}
     * were involved. It reaches the practitioners who dealt with the child, and, less, their own
     * team: the colleagues of their agency at their base, up to {@value #TEAM} of them. It does not
     * reach the whole workforce, so its effect does not grow with the size of the locality.
     */
    public void review(Child c, int agencyMask) {
        double now = ctx.now();
        ctx.counters().add(Tally.SERIOUS_CASE_REVIEWS);
        if (reviewListener != null) {
            reviewListener.reviewed(c, agencyMask);
        }
        List<Practitioner> involved = new ArrayList<>();
        for (AgencyKind a : AgencyKind.ALL_KINDS) {
            if ((agencyMask & (1 << a.ordinal())) != 0) {
                Practitioner p = handlers.of(c, a);
                if (p != null && !involved.contains(p)) {
                    involved.add(p);
                }
            }
        }
        if (blame) {
            List<Practitioner> teams = new ArrayList<>();
            for (Practitioner p : involved) {
                for (Practitioner colleague : team(p)) {
                    if (!involved.contains(colleague) && !teams.contains(colleague)) {
                        teams.add(colleague);
                    }
                }
            }
            for (Practitioner p : involved) {
                p.raiseRiskAversion(now, this.p.riskAversionHalfLife(), this.p.blameShock());
                p.addSetback();
            }
            for (Practitioner colleague : teams) {
                colleague.raiseRiskAversion(
                        now, this.p.riskAversionHalfLife(), this.p.blameShock() / 2);
            }
        }
        for (Practitioner a : involved) {
            for (Practitioner b : involved) {
                if (a.agency() != b.agency()) {
                    if (blame) {
                        ctx.trust().lower(a, b, p.blameTrustLoss());
                    } else {
                        ctx.trust().raise(a, b, p.learningTrustGain());
                    }
                }
            }
        }
    }

    /** A practitioner's team: colleagues of the agency at the same base, nearest first by id. */
    private List<Practitioner> team(Practitioner p) {
        List<Practitioner> same = new ArrayList<>();
        for (Practitioner q : ctx.locality().of(p.agency())) {
            if (q != p && q.base() == p.base()) {
                same.add(q);
            }
        }
        same.sort(
                Comparator.comparingInt((Practitioner q) -> Math.abs(q.id() - p.id()))
                        .thenComparingInt(Practitioner::id));
        return same.subList(0, Math.min(TEAM, same.size()));
    }
}
