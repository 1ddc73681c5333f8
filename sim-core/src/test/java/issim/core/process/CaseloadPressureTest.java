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
 * Caseload pressure on its own (docs/ODD.md §7.20): within capacity nothing changes; with social
 * care's caseloads at twice capacity its front door asks half as much again before accepting, and a
 * rushed initial assessment no longer finds cause for an enquiry in a child a full one would.
 */
class CaseloadPressureTest {
    private static final ModelParameters SMALL = TestWorlds.small(365);

    /** Fills every social worker's caseload to {@code times} its capacity. */
    private static void fill(World w, double times) {
        for (Practitioner p : w.locality().of(AgencyKind.SOCIAL_CARE)) {
            while (p.caseload() < times * p.capacity()) {
                p.openCase();
            }
        }
    }

    @Test
    void withinCapacityNothingChangesAndBeyondItTheThresholdRises() {
        World w = TestWorlds.started(SMALL, 1);
        assertEquals(0, w.pressure().excess(AgencyKind.SOCIAL_CARE), 1e-12);
        assertEquals(1, w.pressure().threshold(AgencyKind.SOCIAL_CARE), 1e-12);
        assertEquals(1, w.pressure().assessmentQuality(), 1e-12);
        fill(w, 2);
        double excess = w.pressure().excess(AgencyKind.SOCIAL_CARE);
        assertEquals(1, excess, 0.05, "twice capacity is an excess of one");
        assertEquals(
                1 + SMALL.workforce().pressureThresholdRise() * excess,
                w.pressure().threshold(AgencyKind.SOCIAL_CARE),
                1e-12);
        assertEquals(1, w.pressure().threshold(AgencyKind.HEALTH), 1e-12, "health is not full");
    }

    @Test
    void aFullFrontDoorTurnsAwayAReferralItWouldHaveAccepted() {
        World w = TestWorlds.started(SMALL, 1);
        Child c = TestWorlds.childFreeOfSocialCare(w);
        Practitioner sw = w.handlers().of(c, AgencyKind.SOCIAL_CARE);
        double threshold = SMALL.agencies().of(AgencyKind.SOCIAL_CARE).acceptanceThreshold();
        // Known need just above the usual threshold (no risk aversion at the start).
        c.setOutcome(Outcome.STAY_SAFE.ordinal(), SMALL.need().wellLevel() - threshold * 1.2);
        c.learn(AgencyKind.SOCIAL_CARE, Outcome.STAY_SAFE.bit());
        assertTrue(w.referrals().meetsThreshold(c, sw, AgencyKind.SOCIAL_CARE, w.now()));
        fill(w, 2);
        assertFalse(
                w.referrals().meetsThreshold(c, sw, AgencyKind.SOCIAL_CARE, w.now()),
                "at twice capacity the threshold is 1.5 times as high");
    }

    @Test
    void aRushedAssessmentMissesCauseForAnEnquiry() {
        World w = TestWorlds.started(SMALL, 1);
        Child c = TestWorlds.childFreeOfSocialCare(w);
        Practitioner sw = w.handlers().of(c, AgencyKind.SOCIAL_CARE);
        Practitioner nurse = w.handlers().of(c, AgencyKind.HEALTH);
        fill(w, 2);
        long enquiries = w.counters().get(Tally.SECTION_47_ENQUIRIES);
        w.pathway().accept(c, sw, nurse);
        // Below the enquiry's threshold, above the threshold a rushed assessment uses.
        double safety = SMALL.pathway().enquirySafety() * 0.85;
        c.setOutcome(Outcome.STAY_SAFE.ordinal(), safety);
        w.pathway().onStage(initial(w, c).id());
        assertEquals(enquiries, w.counters().get(Tally.SECTION_47_ENQUIRIES), "no enquiry");

        World calm = TestWorlds.started(SMALL, 1);
        Child same = calm.population().child(c.id());
        calm.pathway()
                .accept(
                        same,
                        calm.handlers().of(same, AgencyKind.SOCIAL_CARE),
                        calm.handlers().of(same, AgencyKind.HEALTH));
        same.setOutcome(Outcome.STAY_SAFE.ordinal(), safety);
        calm.pathway().onStage(initial(calm, same).id());
        assertEquals(
                enquiries + 1,
                calm.counters().get(Tally.SECTION_47_ENQUIRIES),
                "a full one enquires");
    }

    private static AssessmentStage initial(World w, Child c) {
        List<AssessmentStage> stages = w.pathway().underWay();
        for (AssessmentStage s : stages) {
            if (s.child() == c && s.kind() == Kind.INITIAL) {
                return s;
            }
        }
        throw new AssertionError("no initial assessment");
    }
}
