package issim.core.process;

import issim.core.domain.AgencyKind;
import issim.core.domain.Outcome;
import issim.core.engine.EventType;
import issim.core.model.AssessmentStage;
import issim.core.model.AssessmentStage.Kind;
import issim.core.model.Child;
import issim.core.model.Practitioner;
import issim.core.observe.Tally;
import issim.core.params.PathwayParameters;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statutory pathway (docs/ODD.md §7.15; Working Together to Safeguard Children 2010, ch. 5). A
 * referral social care accepts is allocated to a social worker and assessed; the child counts as a
 * child in need from then on. When the initial assessment finds a risk of significant harm, a
 * strategy discussion opens a section 47 enquiry with a core assessment, and an initial child
 * protection conference decides on a protection plan; otherwise a child in need plan opens at once,
 * and for some, a core assessment. Every stage takes working days — more of them the fuller the
 * social worker's caseload, so timescales slip when demand rises — and practitioner hours.
 */
public final class StatutoryPathway implements Serializable {
    /** Calendar days per working day (a five-day week; bank holidays ignored). */
    private static final double CALENDAR_PER_WORKING_DAY = 7.0 / 5;

    private final Context ctx;
    private final NeedDynamics need;
    private final Support support;
    private final Costs costs;
    private final Care care;
    private final CaseloadPressure pressure;
    private final PathwayParameters p;

    /** The stages under way, by id, in the order they started; a stage leaves when it is done. */
    private final Map<Integer, AssessmentStage> underWay = new LinkedHashMap<>();

    private int nextId;

    public StatutoryPathway(
            Context ctx,
            NeedDynamics need,
            Support support,
            Costs costs,
            Care care,
            CaseloadPressure pressure) {
        this.ctx = ctx;
        this.pressure = pressure;
        this.care = care;
        this.need = need;
        this.support = support;
        this.costs = costs;
        this.p = ctx.params().pathway();
    }

    /**
     * Social care takes a referral on: the social worker {@code worker} holds the case from now and
     * begins the initial assessment.
     */
    public void accept(Child c, Practitioner worker, Practitioner referrer) {
        worker.openCase();
        c.setInAssessment(true);
        start(Kind.INITIAL, c, worker, referrer, p.initialAssessmentDays());
    }

    /** The stages under way, in the order they started. */
    public List<AssessmentStage> underWay() {
        return new ArrayList<>(underWay.values());
    }

    /**
     * Whether a stage under way holds a place on its social worker's caseload: an initial
     * assessment, or an enquiry awaiting its conference; a core assessment runs alongside and holds
     * none of its own.
     */
    public static boolean holdsCase(AssessmentStage s) {
        return s.kind() != Kind.CORE;
    }

    /** A stage's working days are up (once only). */
    public void onStage(int id) {
        AssessmentStage s = underWay.remove(id);
        if (s == null) {
            return;
        }
        switch (s.kind()) {
            case INITIAL -> initialDone(s);
            case CORE -> coreDone(s);
            case CONFERENCE -> conferenceHeld(s);
        }
    }

    /**
     * Working days a stage of the given empty-caseload median takes for {@code worker} now: longer
     * the fuller the caseload, with a right-skewed spread.
     */
    public double workingDays(Practitioner worker, double median) {
        double load = worker.capacity() == 0 ? 1 : worker.caseload() / (double) worker.capacity();
        return median
                * (1 + p.pressureSlip() * load)
                * Math.exp(p.durationSpread() * ctx.streams().pathway().nextGaussian());
    }

    private void start(
            Kind kind, Child c, Practitioner worker, Practitioner referrer, double median) {
        double workingDays = workingDays(worker, median);
        AssessmentStage s = new AssessmentStage(nextId++, kind, c, worker, referrer, workingDays);
        underWay.put(s.id(), s);
        ctx.events()
                .schedule(
                        EventType.ASSESSMENT_STAGE,
                        ctx.now() + workingDays * CALENDAR_PER_WORKING_DAY,
                        s.id());
    }

    /** Counts a finished stage, and whether it kept to its timescale (NI 59, NI 60). */
    private void count(AssessmentStage s, Tally done, Tally inTime) {
        ctx.counters().add(done);
        if (s.inTime()) {
            ctx.counters().add(inTime);
        }
    }

    private void initialDone(AssessmentStage s) {
        count(s, Tally.INITIAL_ASSESSMENTS, Tally.INITIAL_ASSESSMENTS_IN_TIME);
        Child c = s.child();
        Practitioner worker = s.worker();
        if (closedMeanwhile(c, worker)) {
            return;
        }
        double now = ctx.now();
        need.advance(c, now);
        support.assess(c, AgencyKind.SOCIAL_CARE, now);
        double defensive = DefensivePractice.enquiry(worker, ctx.params().culture(), now);
        double rushed = pressure.assessmentQuality();
        if (c.outcome(Outcome.STAY_SAFE) < p.enquirySafety() * defensive * rushed) {
            // Strategy discussion: a section 47 enquiry with its core assessment; the worker keeps
            // the case until the conference.
            ctx.counters().add(Tally.SECTION_47_ENQUIRIES);
            start(Kind.CORE, c, worker, s.referrer(), p.coreAssessmentDays());
            start(Kind.CONFERENCE, c, worker, s.referrer(), p.conferenceDays());
            return;
        }
        if (ctx.streams().pathway().nextDouble() < p.coreAssessmentShare()) {
            start(Kind.CORE, c, worker, s.referrer(), p.coreAssessmentDays());
        }
        openPlan(c, worker, s.referrer());
    }

    private void coreDone(AssessmentStage s) {
        count(s, Tally.CORE_ASSESSMENTS, Tally.CORE_ASSESSMENTS_IN_TIME);
        costs.hours(AgencyKind.SOCIAL_CARE, p.coreAssessmentHours());
    }

    private void conferenceHeld(AssessmentStage s) {
        Child c = s.child();
        if (closedMeanwhile(c, s.worker())) {
            return;
        }
        double now = ctx.now();
        need.advance(c, now);
        double threshold =
                ctx.params().culture().protectionSafety()
                        * DefensivePractice.protection(s.worker(), ctx.params().culture(), now);
        if (c.outcome(Outcome.STAY_SAFE) >= threshold) {
            // The enquiry does not substantiate a risk of significant harm: no conference; the
            // child in need is helped without a protection plan.
            openPlan(c, s.worker(), s.referrer());
            return;
        }
        ctx.counters().add(Tally.PROTECTION_CONFERENCES);
        costs.hours(AgencyKind.SOCIAL_CARE, p.conferenceHours());
        if (care.accommodation(c)) {
            // The child cannot stay at home: accommodated with the parents' agreement (s.20).
            handOver(c, s.worker());
            support.openLookedAfter(c, s.worker(), false);
            return;
        }
        // Still at risk of significant harm: the conference puts the child on a protection plan
        // (Working Together 2010 §5.87).
        openPlan(c, s.worker(), s.referrer());
    }

    /** The social care plan the assessment found: its case slot passes to the plan. */
    private void openPlan(Child c, Practitioner worker, Practitioner referrer) {
        handOver(c, worker);
        support.openAgencyPlan(c, AgencyKind.SOCIAL_CARE, worker, referrer);
    }

    /**
     * The assessment ends and gives its place on the caseload to what follows, without freeing
     * capacity in between (no waiting referral takes it meanwhile).
     */
    private static void handOver(Child c, Practitioner worker) {
        c.setInAssessment(false);
        worker.closeCase();
    }

    /**
     * The child left, or significant harm brought a protection plan in the meantime: the assessment
     * ends and its case slot frees.
     */
    private boolean closedMeanwhile(Child c, Practitioner worker) {
        if (c.present() && !c.socialCarePlan()) {
            return false;
        }
        c.setInAssessment(false);
        support.release(worker);
        return true;
    }
}
