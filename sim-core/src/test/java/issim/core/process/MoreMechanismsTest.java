package issim.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.TestWorlds;
import issim.core.World;
import issim.core.domain.AgencyKind;
import issim.core.domain.CommitmentStage;
import issim.core.domain.InterventionKind;
import issim.core.domain.Outcome;
import issim.core.domain.PlanKind;
import issim.core.domain.SiteKind;
import issim.core.model.Child;
import issim.core.model.Plan;
import issim.core.model.Practitioner;
import issim.core.observe.Tally;
import issim.core.params.Budgets;
import issim.core.params.JointTraining;
import issim.core.params.ModelParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Further mechanisms on their own: life course, harm, labelling, adoption, training, budgets. */
class MoreMechanismsTest {
    private static final ModelParameters SMALL = TestWorlds.small(365);

    @Test
    void childrenAgeOnTheirBirthdaysAndLeaveOnTheir18thWhileBirthsKeepThePopulationSteady() {
        World w = TestWorlds.started(SMALL, 11);
        int before = w.population().children().size();
        Child seventeen =
                w.population().children().stream()
                        .filter(c -> c.age() == 17)
                        .findFirst()
                        .orElseThrow();
        double eighteenth = seventeen.birthTime() + 18 * Calendar.YEAR;
        w.advanceTo(eighteenth - 1);
        assertTrue(seventeen.present(), "still here the day before the 18th birthday");
        w.advanceTo(eighteenth + 1);
        assertTrue(!seventeen.present(), "leaves on the 18th birthday");
        w.advanceTo(Calendar.YEAR);
        for (Child c : w.population().children()) {
            if (!c.present()) {
                continue;
            }
            int age = (int) Math.floor((Calendar.YEAR - 1e-9 - c.birthTime()) / Calendar.YEAR);
            assertEquals(age, c.age(), "the age a child has reached by its birthdays: " + c);
        }
        // A year of births spread evenly: as many as an 18th of the locality, give or take one.
        assertEquals(
                SMALL.locality().children() / 18.0, (double) w.counters().get(Tally.BORN), 1.0);
        long here = w.population().children().stream().filter(Child::present).count();
        assertEquals(before, (double) here, 0.02 * before);
    }

    @Test
    void theSchoolYearIsSetByAgeOn31August() {
        // Schedule time 0 is a 1st of September: born on the 31 August 11 years earlier, a child
        // is 11 on that day and starts Year 7; born a day later, it is still 10 and in Year 6.
        double day = Calendar.YEAR;
        assertEquals(11, LifeCourse.ageOnLast31August(-11 * day - 1, 0));
        assertEquals(10, LifeCourse.ageOnLast31August(-11 * day, 0));
        assertEquals(10, LifeCourse.ageOnLast31August(-11 * day, day - 1), "all year");
        assertEquals(11, LifeCourse.ageOnLast31August(-11 * day, day), "until the next September");
        World w = TestWorlds.started(SMALL, 12);
        for (Child c : w.population().children()) {
            int y = c.schoolYearAge();
            SiteKind expected =
                    y >= 4 && y <= 10
                            ? SiteKind.PRIMARY_SCHOOL
                            : y >= 11 && y <= 15 ? SiteKind.SECONDARY_SCHOOL : null;
            assertEquals(expected, c.school() == null ? null : c.school().kind(), c.toString());
        }
    }

    @Test
    void significantHarmBringsAProtectionPlanAndAReviewIsCountedAndBlamed() {
        World w = TestWorlds.started(SMALL, 12);
        Child c = w.population().children().get(0);
        Practitioner anyone = w.locality().of(AgencyKind.SOCIAL_CARE).get(0);
        double before = anyone.riskAversion(w.now(), w.params().culture().riskAversionHalfLife());
        for (int i = 0; i < 40 && w.counters().get(Tally.SERIOUS_CASE_REVIEWS) == 0; i++) {
            w.safeguarding().significantHarm(w.population().children().get(i));
        }
        assertTrue(c.protectionPlan(), "statutory: a protection plan whatever the caseload");
        assertTrue(c.outcome(Outcome.STAY_SAFE) <= 0.05 + 1e-9);
        assertTrue(w.counters().get(Tally.SERIOUS_CASE_REVIEWS) > 0);
        assertTrue(
                anyone.riskAversion(w.now(), w.params().culture().riskAversionHalfLife()) > before,
                "blame spreads risk aversion");
    }

    @Test
    void aBlamingReviewReachesThoseInvolvedAndTheirTeamNotTheWholeWorkforce() {
        World w = TestWorlds.started(SMALL, 14);
        Child c =
                w.population().children().stream()
                        .filter(ch -> ch.school() != null)
                        .findFirst()
                        .orElseThrow();
        int mask = (1 << AgencyKind.SCHOOL.ordinal()) | (1 << AgencyKind.SOCIAL_CARE.ordinal());
        Practitioner teacher = w.handlers().of(c, AgencyKind.SCHOOL);
        Practitioner sw = w.handlers().of(c, AgencyKind.SOCIAL_CARE);
        double halfLife = w.params().culture().riskAversionHalfLife();
        w.safeguarding().review(c, mask);
        double shock = w.params().culture().blameShock();
        assertEquals(shock, teacher.riskAversion(w.now(), halfLife), 1e-12, "involved: full");
        assertEquals(shock, sw.riskAversion(w.now(), halfLife), 1e-12, "involved: full");
        for (Practitioner colleague : w.locality().of(AgencyKind.SOCIAL_CARE)) {
            if (colleague != sw) {
                assertEquals(
                        shock / 2, colleague.riskAversion(w.now(), halfLife), 1e-12, "their team");
            }
        }
        for (Practitioner other : w.locality().of(AgencyKind.HEALTH)) {
            assertEquals(0, other.riskAversion(w.now(), halfLife), 0, "not involved: untouched");
        }
    }

    @Test
    void aReviewConferenceKeepsAProtectionPlanWhileTheChildIsUnsafeNowOrWouldBeWithoutIt() {
        World w = TestWorlds.started(SMALL, 13);
        var culture = w.params().culture();
        int safe = Outcome.STAY_SAFE.ordinal();
        Practitioner social = w.locality().of(AgencyKind.SOCIAL_CARE).get(0);
        double[] lift = new double[Outcome.COUNT];
        lift[safe] = 0.2;
        List<Child> children = w.population().children();

        // Unsafe at the review: the plan goes on to the next review.
        Child unsafe = children.get(0);
        Plan kept =
                w.support()
                        .open(
                                PlanKind.CHILD_PROTECTION,
                                unsafe,
                                new Practitioner[] {social},
                                lift,
                                culture.protectionDays());
        unsafe.setOutcome(safe, culture.protectionSafety() / 2);
        w.support().endPlan(kept);
        assertTrue(kept.open() && unsafe.protectionPlan(), "still unsafe: the plan continues");
        assertEquals(w.now() + culture.protectionReviewDays(), kept.end(), 1e-9);
        assertEquals(1, w.counters().get(Tally.PROTECTION_REVIEWS_CONTINUED));

        // Safe now only because of the plan: it goes on too.
        Child dependent = children.get(1);
        Plan propped =
                w.support()
                        .open(
                                PlanKind.CHILD_PROTECTION,
                                dependent,
                                new Practitioner[] {social},
                                lift,
                                culture.protectionDays());
        dependent.setOutcome(safe, culture.protectionSafety() + 0.1);
        dependent.setSetPoint(
                safe, culture.protectionSafety() - culture.protectionEndTolerance() + 0.05);
        w.support().endPlan(propped);
        assertTrue(propped.open(), "the set point without the plan's lift is too low");

        // Safe now and without the plan: it ends and the child leaves the protection count.
        Child recovered = children.get(2);
        Plan ended =
                w.support()
                        .open(
                                PlanKind.CHILD_PROTECTION,
                                recovered,
                                new Practitioner[] {social},
                                lift,
                                culture.protectionDays());
        recovered.setOutcome(safe, 0.8);
        recovered.setSetPoint(safe, 0.8);
        w.support().endPlan(ended);
        assertTrue(!ended.open() && !recovered.protectionPlan(), "safe: the plan ends");
        assertEquals(2, w.counters().get(Tally.PROTECTION_REVIEWS_CONTINUED));
    }

    @Test
    void aFirstFormalSanctionMakesAFirstTimeEntrantWhoseOutcomesFall() {
        World w = TestWorlds.started(SMALL, 13);
        Child c =
                w.population().children().stream()
                        .filter(ch -> ch.age() == 14)
                        .findFirst()
                        .orElseThrow();
        double propensity = c.asbPropensity();
        double before = c.setPoint(Outcome.POSITIVE_CONTRIBUTION.ordinal());
        for (int i = 0; i < 200 && !c.firstTimeEntrant(); i++) {
            w.youthJustice().onIncident(c);
        }
        assertTrue(c.firstTimeEntrant());
        assertEquals(1, w.counters().get(Tally.FIRST_TIME_ENTRANTS));
        assertTrue(c.asbPropensity() > propensity, "the label raises propensity");
        assertTrue(
                c.setPoint(Outcome.POSITIVE_CONTRIBUTION.ordinal()) < before,
                "the label lowers later outcomes");
    }

    @Test
    void sponsorshipMovesPractitionersTowardCommitment() {
        ModelParameters sponsored =
                TestWorlds.withInterventions(
                        SMALL, iv -> iv.with(iv.commonAssessment().rolledOut(0.8)));
        double[] committed = new double[2];
        ModelParameters[] worlds = {SMALL, sponsored};
        for (int i = 0; i < 2; i++) {
            World w = TestWorlds.started(worlds[i], 14);
            if (i == 1) {
                w.pacing().startNow(InterventionKind.COMMON_ASSESSMENT);
            }
            double start = w.adoption().stageShares()[CommitmentStage.COMMITMENT.ordinal()];
            for (int m = 0; m < 24; m++) {
                w.adoption().month();
            }
            committed[i] = w.adoption().stageShares()[CommitmentStage.COMMITMENT.ordinal()] - start;
        }
        assertEquals(0, committed[0], 0.03, "no sponsorship, no movement");
        assertTrue(committed[1] > 0.1, "two years of sponsorship: " + committed[1]);
    }

    @Test
    void tooManyChangesAtOnceSlowAdoptionAndStaggeringAvoidsIt() {
        World w = TestWorlds.started(SMALL, 15);
        for (InterventionKind l :
                List.of(
                        InterventionKind.CO_LOCATION,
                        InterventionKind.JOINT_TRAINING,
                        InterventionKind.POOLED_BUDGETS,
                        InterventionKind.INTEGRATED_SERVICES_LEADER)) {
            w.context().interventions().start(l, w.now());
        }
        assertEquals(0.5, w.adoption().pace(), 1e-12, "four changes against a capacity of two");
        w.advanceTo(w.now() + 400);
        assertEquals(1.0, w.adoption().pace(), 1e-12, "a year on they are no longer new");
    }

    @Test
    void jointTrainingNarrowsTheGapTrustStartsFrom() {
        World w =
                TestWorlds.started(
                        TestWorlds.withInterventions(
                                SMALL, iv -> iv.with(new JointTraining(true, 1.0, 0.5, 350))),
                        16);
        double before = w.trust().meanAcrossAgencies();
        w.pacing().startNow(InterventionKind.JOINT_TRAINING);
        double after = w.trust().meanAcrossAgencies();
        assertEquals(before + (1 - before) * 0.5, after, 0.01);
        for (int week = 0; week < 104; week++) {
            w.trustDynamics().week();
        }
        assertEquals(
                after,
                w.trust().meanAcrossAgencies(),
                0.01,
                "the narrower gap is the new baseline, not a passing gain");
    }

    @Test
    void pooledBudgetsBuyAPlaceBeyondCapacityAndAlignedOnesDoNot() {
        for (boolean pooled : new boolean[] {false, true}) {
            World w =
                    TestWorlds.started(
                            TestWorlds.withInterventions(
                                    SMALL, iv -> iv.with(new Budgets(pooled, 0.2))),
                            17);
            if (pooled) {
                w.pacing().startNow(InterventionKind.POOLED_BUDGETS);
            }
            List<Practitioner> workers = w.locality().of(AgencyKind.YOUTH_SERVICE);
            for (Practitioner p : workers) {
                while (p.hasRoom()) {
                    p.openCase();
                }
            }
            Child c = w.population().children().get(0);
            Practitioner got = w.support().allocate(c, AgencyKind.YOUTH_SERVICE, workers.get(0));
            if (pooled) {
                assertNotNull(got, "the pooled pot buys a place");
            } else {
                assertNull(got, "aligned budgets: the referral waits");
            }
        }
    }
}
