package issim.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.TestWorlds;
import issim.core.World;
import issim.core.domain.AgencyKind;
import issim.core.domain.Outcome;
import issim.core.model.AssessmentStage;
import issim.core.model.AssessmentStage.Kind;
import issim.core.model.Child;
import issim.core.model.Practitioner;
import issim.core.observe.Tally;
import issim.core.params.ModelParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The statutory pathway on its own (docs/ODD.md §7.15): each stage driven by hand in a small
 * started world, so that what each decision does is seen in isolation.
 */
class StatutoryPathwayTest {
    private static final ModelParameters SMALL = TestWorlds.small(365);
    private static final int SAFE = Outcome.STAY_SAFE.ordinal();

    private static Practitioner worker(World w, Child c) {
        return w.handlers().of(c, AgencyKind.SOCIAL_CARE);
    }

    private static Practitioner referrer(World w, Child c) {
        return w.handlers().of(c, AgencyKind.HEALTH);
    }

    /** The last stage of {@code kind} started for {@code c}. */
    private static AssessmentStage last(World w, Child c, Kind kind) {
        List<AssessmentStage> stages = w.pathway().underWay();
        for (int i = stages.size() - 1; i >= 0; i--) {
            AssessmentStage s = stages.get(i);
            if (s.child() == c && s.kind() == kind) {
                return s;
            }
        }
        throw new AssertionError("no " + kind + " stage for child " + c.id());
    }

    @Test
    void anAcceptedReferralIsAssessedBeforeAnyPlanAndCountsAsAChildInNeed() {
        World w = TestWorlds.started(SMALL, 1);
        Child c = TestWorlds.childFreeOfSocialCare(w);
        Practitioner sw = worker(w, c);
        int before = sw.caseload();
        w.pathway().accept(c, sw, referrer(w, c));
        assertTrue(c.inAssessment());
        assertTrue(c.socialCareCase(), "a child being assessed is a child in need");
        assertFalse(c.socialCarePlan());
        assertEquals(before + 1, sw.caseload(), "the assessment holds a place on the caseload");
    }

    @Test
    void aChildAtRiskGoesThroughAnEnquiryAndAConferenceToAProtectionPlan() {
        World w = TestWorlds.started(SMALL, 1);
        Child c = TestWorlds.childFreeOfSocialCare(w);
        Practitioner sw = worker(w, c);
        long enquiries = w.counters().get(Tally.SECTION_47_ENQUIRIES);
        long conferences = w.counters().get(Tally.PROTECTION_CONFERENCES);
        w.pathway().accept(c, sw, referrer(w, c));
        int held = sw.caseload();
        c.setOutcome(SAFE, 0.15); // below both the enquiry's and the conference's thresholds
        w.pathway().onStage(last(w, c, Kind.INITIAL).id());
        assertEquals(enquiries + 1, w.counters().get(Tally.SECTION_47_ENQUIRIES));
        assertTrue(c.inAssessment(), "the enquiry awaits its conference");
        assertFalse(c.protectionPlan());
        last(w, c, Kind.CORE); // a core assessment runs alongside the enquiry
        c.setOutcome(SAFE, 0.15);
        w.pathway().onStage(last(w, c, Kind.CONFERENCE).id());
        assertEquals(conferences + 1, w.counters().get(Tally.PROTECTION_CONFERENCES));
        assertTrue(c.protectionPlan());
        assertFalse(c.inAssessment());
        assertEquals(held, sw.caseload(), "the assessment's place passes to the plan");
    }

    @Test
    void anEnquiryThatDoesNotSubstantiateRiskEndsWithoutAConference() {
        World w = TestWorlds.started(SMALL, 1);
        Child c = TestWorlds.childFreeOfSocialCare(w);
        long conferences = w.counters().get(Tally.PROTECTION_CONFERENCES);
        w.pathway().accept(c, worker(w, c), referrer(w, c));
        double enquiry = SMALL.pathway().enquirySafety();
        double plan = SMALL.culture().protectionSafety();
        c.setOutcome(SAFE, (enquiry + plan) / 2); // cause to enquire, not for a plan
        w.pathway().onStage(last(w, c, Kind.INITIAL).id());
        assertTrue(c.inAssessment());
        c.setOutcome(SAFE, (enquiry + plan) / 2);
        w.pathway().onStage(last(w, c, Kind.CONFERENCE).id());
        assertEquals(conferences, w.counters().get(Tally.PROTECTION_CONFERENCES));
        assertFalse(c.protectionPlan());
        assertTrue(c.socialCarePlan(), "a child in need plan instead");
    }

    @Test
    void aChildWithoutRiskOfHarmGetsAChildInNeedPlanAfterTheInitialAssessment() {
        World w = TestWorlds.started(SMALL, 1);
        Child c = TestWorlds.childFreeOfSocialCare(w);
        long enquiries = w.counters().get(Tally.SECTION_47_ENQUIRIES);
        long assessed = w.counters().get(Tally.INITIAL_ASSESSMENTS);
        w.pathway().accept(c, worker(w, c), referrer(w, c));
        c.setOutcome(SAFE, 0.9);
        w.pathway().onStage(last(w, c, Kind.INITIAL).id());
        assertEquals(assessed + 1, w.counters().get(Tally.INITIAL_ASSESSMENTS));
        assertEquals(enquiries, w.counters().get(Tally.SECTION_47_ENQUIRIES));
        assertTrue(c.socialCarePlan());
        assertFalse(c.protectionPlan());
        assertFalse(c.inAssessment());
    }

    @Test
    void aChildWhoLeavesDuringTheAssessmentFreesTheSocialWorkersPlace() {
        World w = TestWorlds.started(SMALL, 1);
        Child c = TestWorlds.childFreeOfSocialCare(w);
        Practitioner sw = worker(w, c);
        int before = sw.caseload();
        w.pathway().accept(c, sw, referrer(w, c));
        w.population().leave(c);
        w.pathway().onStage(last(w, c, Kind.INITIAL).id());
        assertEquals(before, sw.caseload());
        assertFalse(c.inAssessment());
    }

    @Test
    void aStageIsHandledOnceEvenIfItsEventComesAgain() {
        World w = TestWorlds.started(SMALL, 1);
        Child c = TestWorlds.childFreeOfSocialCare(w);
        long assessed = w.counters().get(Tally.INITIAL_ASSESSMENTS);
        w.pathway().accept(c, worker(w, c), referrer(w, c));
        c.setOutcome(SAFE, 0.9);
        int id = last(w, c, Kind.INITIAL).id();
        w.pathway().onStage(id);
        w.pathway().onStage(id);
        assertEquals(assessed + 1, w.counters().get(Tally.INITIAL_ASSESSMENTS));
    }

    /**
     * Timescales slip as caseloads fill: over 4,000 draws each, a full caseload's mean duration is
     * 1 + pressureSlip times an empty one's (2 at the default), within 5% — the draws' standard
     * error is about 1%.
     */
    @Test
    void stagesTakeLongerTheFullerTheCaseload() {
        World w = TestWorlds.started(SMALL, 1);
        Practitioner empty = null, full = null;
        for (Practitioner p : w.locality().of(AgencyKind.SOCIAL_CARE)) {
            if (p.capacity() > 0 && empty == null) {
                empty = p;
            } else if (p.capacity() > 0 && full == null) {
                full = p;
            }
        }
        while (empty.caseload() > 0) {
            empty.closeCase();
        }
        while (full.caseload() < full.capacity()) {
            full.openCase();
        }
        int n = 4_000;
        double atEmpty = 0, atFull = 0;
        for (int i = 0; i < n; i++) {
            atEmpty += w.pathway().workingDays(empty, 3);
            atFull += w.pathway().workingDays(full, 3);
        }
        double ratio = atFull / atEmpty;
        assertEquals(
                1 + SMALL.pathway().pressureSlip(),
                ratio,
                0.05 * (1 + SMALL.pathway().pressureSlip()));
    }
}
