package issim.core.process;

import issim.core.World;
import issim.core.model.AgencyKind;
import issim.core.model.Child;
import issim.core.model.Outcome;
import issim.core.model.Plan;
import issim.core.model.PlanKind;
import issim.core.model.Practitioner;
import issim.core.observe.Tally;
import issim.core.params.AgencyParameters;
import java.util.List;

/**
 * Intervention (DESIGN.md §2 process 7): a plan occupies practitioner capacity for a duration and
 * raises the set points of the outcomes it targets (integrated plans more); a family that does not
 * trust the service may drop out. A plan that ends with the child better off keeps part of its
 * lift, counts as a quick win for its practitioners and builds trust among them and with the
 * family. Without a common assessment each agency assesses for itself; a second assessment within
 * the window duplicates the first and tires the family (002 §4; 003).
 */
public final class Support {
    private final World world;
    private final int[] pooledInUse = new int[AgencyKind.COUNT];

    public Support(World world) {
        this.world = world;
    }

    /**
     * Finds a practitioner of {@code agency} with room, preferring {@code preferred}; with pooled
     * budgets, a place beyond capacity may be bought from the pot (004 ch.3). Null when none.
     */
    public Practitioner allocate(Child c, AgencyKind agency, Practitioner preferred) {
        if (preferred != null && preferred.agency() == agency && preferred.hasRoom()) {
            return preferred;
        }
        List<Practitioner> staff = world.locality().of(agency);
        Practitioner best = world.noticing().handlers().mostRoom(staff, c);
        if (best == null) {
            return null;
        }
        if (best.hasRoom()) {
            return best;
        }
        var budgets = world.params().interventions().budgets();
        if (world.active(issim.core.model.Lever.POOLED_BUDGETS)) {
            int capacity = 0;
            for (Practitioner p : staff) {
                capacity += p.capacity();
            }
            if (pooledInUse[agency.ordinal()] < budgets.flexibleShare() * capacity) {
                return best;
            }
        }
        return null;
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
        double now = world.now();
        world.need().advance(c, now);
        assess(c, agency, now);
        AgencyParameters ap = world.params().agencies().of(agency);
        PlanKind kind = PlanKind.SINGLE_AGENCY;
        int days = ap.supportDays();
        if (agency == AgencyKind.SOCIAL_CARE) {
            var culture = world.params().culture();
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
            world.trust().raiseBoth(referrer, holder, world.params().trust().jointWorkGain() / 2);
        }
        return plan;
    }

    /**
     * An agency's own assessment; a second one by another agency within the window is a duplicate.
     */
    public void assess(Child c, AgencyKind agency, double now) {
        world.counters().add(Tally.ASSESSMENTS);
        var sharing = world.params().sharing();
        if (c.lastAssessor() >= 0
                && c.lastAssessor() != agency.ordinal()
                && now - c.lastAssessmentDay() < sharing.duplicateWindowDays()) {
            world.counters().add(Tally.DUPLICATED_ASSESSMENTS);
            c.family().addFatigue(now, sharing.fatigueHalfLife(), sharing.fatiguePerAssessment());
            c.family()
                    .setTrust(
                            agency,
                            c.family().trust(agency)
                                    * (1 - world.params().trust().familyDuplicateLoss()));
        }
        c.assessed(now, agency.ordinal());
        c.learn(
                agency,
                world.concernResponse().visibleMask(c, world.params().agencies().of(agency)));
    }

    /**
     * Opens a plan: capacity is taken, the lift applied, the end (or the family's dropping out)
     * scheduled. Returns the plan.
     */
    public Plan open(PlanKind kind, Child c, Practitioner[] holders, double[] lift, int days) {
        double now = world.now();
        world.need().advance(c, now);
        Plan plan =
                new Plan(
                        world.plansById().size(),
                        kind,
                        c,
                        holders,
                        lift,
                        now,
                        now + days,
                        world.need().totalSeverity(c));
        world.plansById().add(plan);
        Practitioner over = null;
        for (Practitioner h : holders) {
            if (!h.hasRoom() && over == null) {
                over = h;
            }
            h.openCase();
        }
        // A place beyond capacity is bought from the pooled pot when budgets are pooled; a
        // protection plan beyond capacity is a statutory duty, held whatever the budget.
        if (over != null
                && kind != PlanKind.CHILD_PROTECTION
                && world.active(issim.core.model.Lever.POOLED_BUDGETS)) {
            AgencyParameters ap = world.params().agencies().of(over.agency());
            plan.fundFromPool(over.agency());
            pooledInUse[over.agency().ordinal()]++;
            world.counters()
                    .spend(
                            over.agency(),
                            ap.staffCost()
                                    / Math.max(1, ap.caseloadCapacity())
                                    * days
                                    / World.YEAR);
        }
        c.planOpened();
        for (int k = 0; k < Outcome.COUNT; k++) {
            if (lift[k] > 0) {
                c.applySupport(k, lift[k], +1);
            }
        }
        switch (kind) {
            case CHILD_PROTECTION -> {
                boolean repeat = c.protectionPlans() > 0;
                c.openSocialCarePlan(true);
                world.counters().add(Tally.PROTECTION_PLANS_STARTED);
                if (repeat) {
                    world.counters().add(Tally.REPEAT_PROTECTION_PLANS);
                }
            }
            case CHILD_IN_NEED -> {
                c.openSocialCarePlan(false);
                world.counters().add(Tally.CHILD_IN_NEED_STARTED);
            }
            default -> {}
        }
        if (!Double.isNaN(c.needOnset())) {
            world.counters().add(Tally.HELP_STARTED);
            world.counters().add(Tally.HELP_DELAY_DAYS, Math.round(now - c.needOnset()));
            c.setNeedOnset(Double.NaN);
        }
        AgencyKind lead = holders[0].agency();
        if (kind != PlanKind.CHILD_PROTECTION) {
            double drop =
                    world.params().trust().dropoutAtZeroTrust() * (1 - c.family().trust(lead));
            var random = world.streams().services();
            if (random.nextDouble() < drop) {
                plan.dropOut(now + days * (0.1 + 0.5 * random.nextDouble()));
            }
        }
        world.need().recomputeSetPoints(c);
        world.noticing().changed(c);
        world.youthJustice().changed(c);
        world.schedulePlanEnd(plan.end(), plan);
        return plan;
    }

    /** A plan ends (or the family leaves it): capacity frees, the lift goes, success is judged. */
    public void endPlan(Plan plan) {
        if (!plan.open()) {
            return;
        }
        double now = world.now();
        Child c = plan.child();
        if (continuesAtReview(plan, c, now)) {
            return;
        }
        plan.close();
        for (Practitioner h : plan.practitioners()) {
            h.closeCase();
        }
        if (plan.pooled()) {
            pooledInUse[plan.pooledBy().ordinal()]--;
        }
        c.planClosed();
        if (c.present()) {
            world.need().advance(c, now);
            for (int k = 0; k < Outcome.COUNT; k++) {
                if (plan.lift(k) > 0) {
                    c.applySupport(k, plan.lift(k), -1);
                }
            }
            if (plan.kind() == PlanKind.CHILD_PROTECTION || plan.kind() == PlanKind.CHILD_IN_NEED) {
                c.closeSocialCarePlan(plan.kind() == PlanKind.CHILD_PROTECTION);
            }
            judge(plan, c);
            world.need().recomputeSetPoints(c);
            world.noticing().changed(c);
            world.youthJustice().changed(c);
        }
        for (Practitioner h : plan.practitioners()) {
            world.referrals().capacityFreed(h.agency());
        }
    }

    /**
     * A protection plan's end is a review conference: the plan goes on, to the next review, while
     * the child is still unsafe or would be once the plan stopped (Working Together 2010 §5.150),
     * rather than ending on a fixed date and leaving the child to be referred again.
     */
    private boolean continuesAtReview(Plan plan, Child c, double now) {
        if (plan.kind() != PlanKind.CHILD_PROTECTION || plan.droppedOut() || !c.present()) {
            return false;
        }
        world.need().advance(c, now);
        var culture = world.params().culture();
        int safe = Outcome.STAY_SAFE.ordinal();
        // Safe now, with the plan's help, and safe enough without it: the set point the child would
        // recover toward once the plan's lift goes (all but the share kept as a lasting gain).
        double withoutPlan =
                c.setPoint(safe) - plan.lift(safe) * (1 - world.params().need().lastingGain());
        if (c.outcome(safe) >= culture.protectionSafety()
                && withoutPlan >= culture.protectionSafety() - culture.protectionEndTolerance()) {
            return false;
        }
        plan.continueTo(now + culture.protectionReviewDays());
        world.counters().add(Tally.PROTECTION_REVIEWS_CONTINUED);
        world.schedulePlanEnd(plan.end(), plan);
        return true;
    }

    private void judge(Plan plan, Child c) {
        var trust = world.params().trust();
        AgencyKind lead = plan.lead().agency();
        if (plan.droppedOut()) {
            world.counters().add(Tally.DROPOUTS);
            return;
        }
        boolean better =
                world.need().totalSeverity(c) < plan.startSeverity() || world.need().level(c) == 1;
        if (!better) {
            return;
        }
        double keep = world.params().need().lastingGain();
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
                world.trust().raiseBoth(ps[i], ps[j], trust.jointWorkGain());
            }
        }
    }
}
