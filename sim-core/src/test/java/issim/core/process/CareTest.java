package issim.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.TestWorlds;
import issim.core.World;
import issim.core.domain.AgencyKind;
import issim.core.domain.Outcome;
import issim.core.domain.PlanKind;
import issim.core.model.AssessmentStage;
import issim.core.model.Child;
import issim.core.model.Plan;
import issim.core.model.Practitioner;
import issim.core.observe.Tally;
import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import org.junit.jupiter.api.Test;

/**
 * Children coming into care and leaving it (docs/ODD.md §7.16), each route driven by hand in a
 * small started world.
 */
class CareTest {
    private static final int SAFE = Outcome.STAY_SAFE.ordinal();

    /** Care proceedings at the first review still finding the child at risk. */
    private static final ModelParameters PROCEEDINGS_AT_ONCE =
            ParameterPaths.with(TestWorlds.small(365), "care.proceedingsAfterDays", 1);

    private static Plan lastPlan(World w, Child c, PlanKind kind) {
        Plan found = null;
        for (Plan p : w.population().plans()) {
            if (p.child() == c && p.kind() == kind) {
                found = p;
            }
        }
        if (found == null) {
            throw new AssertionError("no " + kind + " plan for child " + c.id());
        }
        return found;
    }

    /** Puts the child on a protection plan held by its social worker. */
    private static Plan onProtectionPlan(World w, Child c) {
        c.setOutcome(SAFE, 0.1);
        Practitioner sw = w.handlers().of(c, AgencyKind.SOCIAL_CARE);
        w.support().openAgencyPlan(c, AgencyKind.SOCIAL_CARE, sw, null);
        assertTrue(c.protectionPlan());
        return lastPlan(w, c, PlanKind.CHILD_PROTECTION);
    }

    @Test
    void aProtectionPlanStillNeededAfterItsTimeGoesToCareProceedings() {
        World w = TestWorlds.started(PROCEEDINGS_AT_ONCE, 1);
        Child c = TestWorlds.childFreeOfSocialCare(w);
        Plan protection = onProtectionPlan(w, c);
        Practitioner sw = protection.lead();
        int held = sw.caseload();
        long applications = w.counters().get(Tally.CARE_APPLICATIONS);
        long started = w.counters().get(Tally.LOOKED_AFTER_STARTED);
        w.advanceTo(w.now() + 2);
        c.setOutcome(SAFE, 0.1); // still at risk at the review
        w.support().endPlan(protection);
        assertTrue(c.lookedAfter());
        assertFalse(c.protectionPlan(), "a looked-after child is not also on a protection plan");
        assertTrue(c.socialCareCase(), "a looked-after child is a child in need");
        assertEquals(applications + 1, w.counters().get(Tally.CARE_APPLICATIONS));
        assertEquals(started + 1, w.counters().get(Tally.LOOKED_AFTER_STARTED));
        assertEquals(held, sw.caseload(), "the same social worker holds the case");
    }

    @Test
    void aPlanNoLongerNeededEndsWithoutProceedings() {
        World w = TestWorlds.started(PROCEEDINGS_AT_ONCE, 1);
        Child c = TestWorlds.childFreeOfSocialCare(w);
        Plan protection = onProtectionPlan(w, c);
        long applications = w.counters().get(Tally.CARE_APPLICATIONS);
        w.advanceTo(w.now() + 2);
        c.setOutcome(SAFE, 0.95);
        c.setSetPoint(SAFE, 0.95); // and safe without the plan too
        w.support().endPlan(protection);
        assertFalse(c.lookedAfter());
        assertEquals(applications, w.counters().get(Tally.CARE_APPLICATIONS));
    }

    @Test
    void aConferenceFindingTheChildCannotStayAtHomeAccommodatesWithoutAnApplication() {
        World w = TestWorlds.started(TestWorlds.small(365), 1);
        Child c = TestWorlds.childFreeOfSocialCare(w);
        Practitioner sw = w.handlers().of(c, AgencyKind.SOCIAL_CARE);
        long applications = w.counters().get(Tally.CARE_APPLICATIONS);
        w.pathway().accept(c, sw, w.handlers().of(c, AgencyKind.HEALTH));
        c.setOutcome(SAFE, 0.01);
        AssessmentStage initial = w.pathway().underWay().get(w.pathway().underWay().size() - 1);
        w.pathway().onStage(initial.id());
        AssessmentStage conference = w.pathway().underWay().get(w.pathway().underWay().size() - 1);
        assertEquals(AssessmentStage.Kind.CONFERENCE, conference.kind());
        c.setOutcome(SAFE, 0.01);
        w.pathway().onStage(conference.id());
        assertTrue(c.lookedAfter());
        assertEquals(applications, w.counters().get(Tally.CARE_APPLICATIONS));
    }

    @Test
    void eachMonthInAPlacementIsCostedAndStopsWhenTheChildLeavesCare() {
        World w = TestWorlds.started(PROCEEDINGS_AT_ONCE, 1);
        Child c = TestWorlds.childFreeOfSocialCare(w);
        Plan protection = onProtectionPlan(w, c);
        double before = monthCost(w);
        w.advanceTo(w.now() + 2);
        c.setOutcome(SAFE, 0.1);
        w.support().endPlan(protection);
        double weekly =
                c.residentialPlacement()
                        ? PROCEEDINGS_AT_ONCE.care().residentialWeek()
                        : PROCEEDINGS_AT_ONCE.care().fosterWeek();
        assertEquals(before + weekly * 52 / 12, monthCost(w), 1e-6);
        long ceased = w.counters().get(Tally.LOOKED_AFTER_CEASED);
        w.support().endPlan(lastPlan(w, c, PlanKind.LOOKED_AFTER));
        assertFalse(c.lookedAfter());
        assertEquals(ceased + 1, w.counters().get(Tally.LOOKED_AFTER_CEASED));
        assertEquals(before, monthCost(w), 1e-6);
    }

    /**
     * A child leaving care for a permanent new home keeps the placement's safety for good; one
     * going home loses it. Both stay in the locality, so scenarios keep the same children.
     */
    @Test
    void childrenLeavingCareForAPermanentHomeKeepTheirSafetyAndTheOthersGoHome() {
        double lift = PROCEEDINGS_AT_ONCE.care().placementSafetyLift();
        for (double share : new double[] {0, 1}) {
            ModelParameters p =
                    ParameterPaths.with(PROCEEDINGS_AT_ONCE, "care.permanenceShare", share);
            World w = TestWorlds.started(p, 1);
            Child c = TestWorlds.childFreeOfSocialCare(w);
            Plan protection = onProtectionPlan(w, c);
            w.advanceTo(w.now() + 2);
            c.setOutcome(SAFE, 0.1);
            w.support().endPlan(protection);
            w.support().endPlan(lastPlan(w, c, PlanKind.LOOKED_AFTER));
            assertTrue(c.present(), "permanence share " + share);
            assertEquals(share * lift, c.permanentHomeSafety(), 1e-12);
        }
    }

    /** What one month of the placements now open costs. */
    private static double monthCost(World w) {
        double before = w.counters().placementCost();
        w.care().month();
        return w.counters().placementCost() - before;
    }

    /**
     * Care proceedings run from the application to a final order (docs/ODD.md §7.16): the
     * application takes the social worker's court hours at once, the case stays under way while the
     * child is on an interim order, and it concludes after a length drawn around the median of
     * about a year (zero spread here, so exactly the median).
     */
    @Test
    void careProceedingsRunForTheirWeeksToAFinalOrder() {
        // No plan in a new world has run the two years that lead to court, so the only
        // proceedings are the one applied for here.
        ModelParameters exact =
                ParameterPaths.with(TestWorlds.small(365), "care.proceedingsSpread", 0.0);
        World w = TestWorlds.started(exact, 1);
        Child c = TestWorlds.childFreeOfSocialCare(w);
        double time = w.counters().timeCost(AgencyKind.SOCIAL_CARE);
        w.care().entered(c, true);
        double applied = w.now();
        assertEquals(1, w.care().proceedingsUnderWay());
        assertEquals(
                exact.care().proceedingsHours() * exact.unitCosts().socialWorkerHour(),
                w.counters().timeCost(AgencyKind.SOCIAL_CARE) - time,
                1e-6,
                "the court work is costed");
        double weeks = exact.care().proceedingsMedianWeeks();
        w.advanceTo(applied + weeks * 7 - 1);
        w.care().month();
        assertEquals(1, w.care().proceedingsUnderWay(), "still under way a day before");
        w.advanceTo(applied + weeks * 7 + 1);
        w.care().month();
        assertEquals(0, w.care().proceedingsUnderWay());
        assertEquals(1, w.counters().get(Tally.CARE_PROCEEDINGS_CONCLUDED));
        assertEquals(
                Math.round(weeks * 7),
                w.counters().get(Tally.CARE_PROCEEDINGS_DAYS),
                "counted with its length");
    }
}
