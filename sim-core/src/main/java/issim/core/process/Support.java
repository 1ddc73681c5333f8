package issim.core.process;

import ec.util.MersenneTwisterFast;
import issim.core.domain.AgencyKind;
import issim.core.domain.Outcome;
import issim.core.domain.PlanKind;
import issim.core.engine.EventType;
import issim.core.model.Child;
import issim.core.model.NeedLevels;
import issim.core.model.Plan;
import issim.core.model.Practitioner;
import issim.core.observe.Tally;
import issim.core.params.AgencyParameters;
import issim.core.params.CultureParameters;
import issim.core.params.SharingParameters;
import issim.core.params.TrustParameters;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Support (docs/ODD.md §7.8): a plan occupies practitioner capacity for a duration and raises the
 * set points of the outcomes it targets (integrated plans more); a family that does not trust the
 * service may drop out. A plan that ends with the child better off keeps part of its lift, counts
 * as a quick win for its practitioners and builds trust among them and with the family. Without a
 * common assessment each agency assesses for itself; a second assessment within the window
 * duplicates the first and tires the family (002 §4; 003).
 */
public final class Support implements Serializable {
    private final Costs costs;
    private final Care care;
    private final Context ctx;
    private final NeedDynamics need;
    private final NeedLevels levels;
    private final Handlers handlers;
    private final Remits remits;
    private final ChildChanges changes;
    private final FamilyCircumstances circumstances;

    /** Told when a plan ends and frees capacity at an agency. */
    @FunctionalInterface
    public interface CapacityListener extends Serializable {
        void capacityFreed(AgencyKind agency);
    }

    private final List<CapacityListener> capacityFreed = new ArrayList<>();
    private final int[] pooledInUse = new int[AgencyKind.COUNT];

    /** Share of capacity a pooled budget can buy beyond an agency's own; NaN while aligned. */
    private double pooledShare = Double.NaN;

    public Support(
            Context ctx,
            NeedDynamics need,
            NeedLevels levels,
            Handlers handlers,
            Remits remits,
            ChildChanges changes,
            Costs costs,
            Care care,
            FamilyCircumstances circumstances) {
        this.ctx = ctx;
        this.circumstances = circumstances;
        this.care = care;
        this.costs = costs;
        this.need = need;
        this.levels = levels;
        this.handlers = handlers;
        this.remits = remits;
        this.changes = changes;
    }

    /** Registers who to tell when a plan ends and frees capacity at an agency. */
    public void onCapacityFreed(CapacityListener listener) {
        capacityFreed.add(listener);
    }

    /**
     * The pooled-budgets hook (004 ch.3): from now on a place beyond an agency's capacity may be
     * bought from a common pot of up to {@code flexibleShare} of the agency's capacity.
     */
    public void poolBudgets(double flexibleShare) {
        this.pooledShare = flexibleShare;
    }

    private boolean pooled() {
        return !Double.isNaN(pooledShare);
    }

    /**
     * Finds a practitioner of {@code agency} with room, preferring {@code preferred}; with pooled
     * budgets, a place beyond capacity may be bought from the pot. Null when none.
     */
    public Practitioner allocate(Child c, AgencyKind agency, Practitioner preferred) {
        if (preferred != null && preferred.agency() == agency && preferred.hasRoom()) {
            return preferred;
        }
        List<Practitioner> staff = ctx.locality().of(agency);
        Practitioner best = handlers.mostRoom(staff, c);
        if (best == null) {
            return null;
        }
        if (best.hasRoom()) {
            return best;
        }
        if (pooled()) {
            int capacity = 0;
            for (Practitioner p : staff) {
                capacity += p.capacity();
            }
            if (pooledInUse[agency.ordinal()] < pooledShare * capacity) {
                return best;
            }
        }
        return null;
    }

    /**
     * The child starts to be looked after, held by {@code worker}: on a care application when
     * {@code order}, accommodated with the parents' agreement otherwise (docs/ODD.md §7.16).
     */
    public Plan openLookedAfter(Child c, Practitioner worker, boolean order) {
        Plan plan =
                open(
                        PlanKind.LOOKED_AFTER,
                        c,
                        new Practitioner[] {worker},
                        care.lift(),
                        care.stayDays(c));
        care.entered(c, order);
        return plan;
    }

    /** A case ends before any plan opened (the child left): its place frees for those waiting. */
    public void release(Practitioner holder) {
        holder.closeCase();
        for (CapacityListener l : capacityFreed) {
            l.capacityFreed(holder.agency());
        }
    }

    /** A practitioner helps within their own remit, after their own assessment. */
    public Plan startSingleAgency(Child c, Practitioner p) {
        Practitioner holder = allocate(c, p.agency(), p);
        if (holder == null) {
            return null;
        }
        return startAgencyPlan(c, p.agency(), holder, null);
    }

    /**
     * An agency takes a child on: it assesses, then opens its plan (social care: in need or
     * protection).
     */
    public Plan startAgencyPlan(
            Child c, AgencyKind agency, Practitioner holder, Practitioner referrer) {
        double now = ctx.now();
        need.advance(c, now);
        assess(c, agency, now);
        return openAgencyPlan(c, agency, holder, referrer);
    }

    /**
     * An agency opens its plan for a child it has assessed (social care: a protection plan while
     * the child is at risk of significant harm, a child in need plan otherwise).
     */
    public Plan openAgencyPlan(
            Child c, AgencyKind agency, Practitioner holder, Practitioner referrer) {
        AgencyParameters ap = ctx.params().agencies().of(agency);
        PlanKind kind = PlanKind.SINGLE_AGENCY;
        int days = ap.supportDays();
        if (agency == AgencyKind.SOCIAL_CARE) {
            CultureParameters culture = ctx.params().culture();
            if (c.outcome(Outcome.STAY_SAFE) < culture.protectionSafety()) {
                kind = PlanKind.CHILD_PROTECTION;
                days = culture.protectionDays();
            } else {
                kind = PlanKind.CHILD_IN_NEED;
            }
        }
        double[] lift = new double[Outcome.COUNT];
        for (int k = 0; k < Outcome.COUNT; k++) {
            lift[k] = ap.supportLift() * ap.remit().weight(Outcome.of(k));
        }
        Plan plan = open(kind, c, new Practitioner[] {holder}, lift, days);
        if (referrer != null && plan != null) {
            ctx.trust().raiseBoth(referrer, holder, ctx.params().trust().jointWorkGain() / 2);
        }
        return plan;
    }

    /**
     * An agency's own assessment; a second one by another agency within the window is a duplicate.
     */
    public void assess(Child c, AgencyKind agency, double now) {
        ctx.counters().add(Tally.ASSESSMENTS);
        costs.assessment(agency);
        SharingParameters sharing = ctx.params().sharing();
        if (c.lastAssessor() >= 0
                && c.lastAssessor() != agency.ordinal()
                && now - c.lastAssessmentDay() < sharing.duplicateWindowDays()) {
            ctx.counters().add(Tally.DUPLICATED_ASSESSMENTS);
            c.family().addFatigue(now, sharing.fatigueHalfLife(), sharing.fatiguePerAssessment());
            c.family()
                    .setTrust(
                            agency,
                            c.family().trust(agency)
                                    * (1 - ctx.params().trust().familyDuplicateLoss()));
        }
        c.assessed(now, agency.ordinal());
        c.learn(agency, remits.visibleMask(c, agency));
    }

    /**
     * Opens a plan: capacity is taken, the lift applied, the end (or the family's dropping out)
     * scheduled. Returns the plan.
     */
    public Plan open(PlanKind kind, Child c, Practitioner[] holders, double[] lift, int days) {
        double now = ctx.now();
        need.advance(c, now);
        Plan plan =
                ctx.population()
                        .newPlan(kind, c, holders, lift, now, now + days, levels.totalSeverity(c));
        Practitioner over = null;
        for (Practitioner h : holders) {
            if (!h.hasRoom() && over == null) {
                over = h;
            }
            h.openCase();
        }
        // A place beyond capacity is bought from the pooled pot when budgets are pooled; a
        // protection plan beyond capacity is a statutory duty, held whatever the budget.
        if (over != null && kind != PlanKind.CHILD_PROTECTION && pooled()) {
            AgencyParameters ap = ctx.params().agencies().of(over.agency());
            plan.fundFromPool(over.agency());
            pooledInUse[over.agency().ordinal()]++;
            ctx.counters()
                    .spend(
                            over.agency(),
                            ap.staffCost()
                                    / Math.max(1, ap.caseloadCapacity())
                                    * days
                                    / Calendar.YEAR);
        }
        c.planOpened();
        if (kind.worksWithFamily() && c.family().familyWorkStarted()) {
            circumstances.familyWorkChanged(c.family());
        }
        for (int k = 0; k < Outcome.COUNT; k++) {
            if (lift[k] > 0) {
                c.applySupport(k, lift[k], +1);
            }
        }
        switch (kind) {
            case CHILD_PROTECTION -> {
                boolean repeat = c.protectionPlans() > 0;
                c.openSocialCarePlan(true);
                ctx.counters().add(Tally.PROTECTION_PLANS_STARTED);
                if (repeat) {
                    ctx.counters().add(Tally.REPEAT_PROTECTION_PLANS);
                }
            }
            case CHILD_IN_NEED -> {
                c.openSocialCarePlan(false);
                ctx.counters().add(Tally.CHILD_IN_NEED_STARTED);
            }
            case LOOKED_AFTER -> c.openSocialCarePlan(false);
            default -> {}
        }
        if (!Double.isNaN(c.needOnset())) {
            ctx.counters().add(Tally.HELP_STARTED);
            ctx.counters().add(Tally.HELP_DELAY_DAYS, Math.round(now - c.needOnset()));
            c.setNeedOnset(Double.NaN);
        }
        AgencyKind lead = holders[0].agency();
        if (kind != PlanKind.CHILD_PROTECTION && kind != PlanKind.LOOKED_AFTER) {
            TrustParameters trust = ctx.params().trust();
            double drop = trust.dropoutAtZeroTrust() * (1 - c.family().trust(lead));
            MersenneTwisterFast random = ctx.streams().services();
            if (random.nextDouble() < drop) {
                plan.dropOut(
                        now
                                + days
                                        * (trust.dropoutEarliest()
                                                + trust.dropoutSpread() * random.nextDouble()));
            }
        }
        need.recomputeSetPoints(c);
        changes.changed(c);
        ctx.events().schedule(EventType.PLAN_END, plan.end(), plan.id());
        return plan;
    }

    /** A plan ends (or the family leaves it): capacity frees, the lift goes, success is judged. */
    public void endPlan(Plan plan) {
        if (!plan.open()) {
            return;
        }
        double now = ctx.now();
        Child c = plan.child();
        boolean toCare = false;
        if (stillAtRisk(plan, c, now)) {
            if (!care.proceedings(plan, now)) {
                continueToNextReview(plan, now);
                return;
            }
            toCare = true; // the plan gives way to care proceedings
        }
        plan.close();
        for (Practitioner h : plan.practitioners()) {
            h.closeCase();
        }
        if (plan.pooled()) {
            pooledInUse[plan.pooledBy().ordinal()]--;
        }
        c.planClosed();
        if (plan.kind().worksWithFamily() && c.family().familyWorkEnded()) {
            circumstances.familyWorkChanged(c.family());
        }
        if (c.present()) {
            need.advance(c, now);
            for (int k = 0; k < Outcome.COUNT; k++) {
                if (plan.lift(k) > 0) {
                    c.applySupport(k, plan.lift(k), -1);
                }
            }
            if (plan.kind() == PlanKind.CHILD_PROTECTION
                    || plan.kind() == PlanKind.CHILD_IN_NEED
                    || plan.kind() == PlanKind.LOOKED_AFTER) {
                c.closeSocialCarePlan(plan.kind() == PlanKind.CHILD_PROTECTION);
            }
            judge(plan, c);
            need.recomputeSetPoints(c);
            changes.changed(c);
        }
        if (plan.kind() == PlanKind.LOOKED_AFTER) {
            care.left(c);
            if (care.leaving(c)) {
                need.recomputeSetPoints(c);
                changes.changed(c);
            }
        }
        if (toCare) {
            // The same social worker holds the case: its place passes to the care plan.
            openLookedAfter(c, plan.lead(), true);
        }
        for (Practitioner h : plan.practitioners()) {
            for (CapacityListener l : capacityFreed) {
                l.capacityFreed(h.agency());
            }
        }
    }

    /**
     * A protection plan's end is a review conference: the plan goes on, to the next review, while
     * the child is still unsafe or would be once the plan stopped (Working Together 2010 §5.150),
     * rather than ending on a fixed date and leaving the child to be referred again; a plan that
     * has run {@code care.proceedingsAfterDays} and is still needed goes to care proceedings
     * instead.
     */
    private boolean stillAtRisk(Plan plan, Child c, double now) {
        if (plan.kind() != PlanKind.CHILD_PROTECTION || plan.droppedOut() || !c.present()) {
            return false;
        }
        need.advance(c, now);
        CultureParameters culture = ctx.params().culture();
        int safe = Outcome.STAY_SAFE.ordinal();
        // Safe now, with the plan's help, and safe enough without it: the set point the child would
        // recover toward once the plan's lift goes (all but the share kept as a lasting gain).
        double withoutPlan =
                c.setPoint(safe) - plan.lift(safe) * (1 - ctx.params().need().lastingGain());
        // A risk-averse lead keeps a child on a plan at a higher index (defensive practice).
        double threshold =
                culture.protectionSafety()
                        * DefensivePractice.protection(plan.lead(), culture, now);
        return c.outcome(safe) < threshold
                || withoutPlan < threshold - culture.protectionEndTolerance();
    }

    private void continueToNextReview(Plan plan, double now) {
        plan.continueTo(now + ctx.params().culture().protectionReviewDays());
        ctx.counters().add(Tally.PROTECTION_REVIEWS_CONTINUED);
        ctx.events().schedule(EventType.PLAN_END, plan.end(), plan.id());
    }

    private void judge(Plan plan, Child c) {
        TrustParameters trust = ctx.params().trust();
        AgencyKind lead = plan.lead().agency();
        if (plan.droppedOut()) {
            ctx.counters().add(Tally.DROPOUTS);
            return;
        }
        boolean better = levels.totalSeverity(c) < plan.startSeverity() || levels.level(c) == 1;
        if (!better) {
            return;
        }
        double keep = ctx.params().need().lastingGain();
        for (int k = 0; k < Outcome.COUNT; k++) {
            c.shiftLasting(k, keep * plan.lift(k));
        }
        c.family()
                .setTrust(
                        lead,
                        c.family().trust(lead)
                                + (1 - c.family().trust(lead)) * trust.familyHelpGain());
        Practitioner[] ps = plan.practitioners();
        for (int i = 0; i < ps.length; i++) {
            if (ps.length > 1) {
                ps[i].addQuickWin();
            }
            for (int j = i + 1; j < ps.length; j++) {
                ctx.trust().raiseBoth(ps[i], ps[j], trust.jointWorkGain());
            }
        }
    }
}
