package issim.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.TestWorlds;
import issim.core.World;
import issim.core.domain.AgencyKind;
import issim.core.domain.InterventionKind;
import issim.core.domain.Outcome;
import issim.core.domain.PlanKind;
import issim.core.domain.SiteKind;
import issim.core.model.Child;
import issim.core.model.Practitioner;
import issim.core.model.Referral;
import issim.core.model.Site;
import issim.core.observe.MonthlyReport;
import issim.core.observe.Tally;
import issim.core.params.CultureParameters;
import issim.core.params.ModelParameters;
import issim.core.params.YouthJusticeParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each mechanism on its own, in a small started world whose state the test sets by hand. */
class MechanismTest {
    private static final ModelParameters SMALL = TestWorlds.small(365);

    private static Child pupil(World w) {
        for (Child c : w.population().children()) {
            if (c.school() != null && c.school().kind() == SiteKind.SECONDARY_SCHOOL) {
                return c;
            }
        }
        throw new AssertionError("no secondary pupil");
    }

    /** Makes a child's safety need severe and known to the school. */
    private static void endanger(Child c) {
        c.setOutcome(Outcome.STAY_SAFE.ordinal(), 0.08);
        c.setOutcome(Outcome.ENJOY_AND_ACHIEVE.ordinal(), 0.4);
        c.learn(AgencyKind.SCHOOL, Outcome.STAY_SAFE.bit() | Outcome.ENJOY_AND_ACHIEVE.bit());
    }

    /**
     * Sets the trust between the child's teacher and social worker, both ways; returns the teacher.
     */
    private static Practitioner teacherWithSocialWorkerTrust(World w, Child c, double trust) {
        Practitioner teacher = w.handlers().of(c, AgencyKind.SCHOOL);
        Practitioner sw = w.handlers().of(c, AgencyKind.SOCIAL_CARE);
        w.trust().set(sw, teacher, trust);
        w.trust().set(teacher, sw, trust);
        return teacher;
    }

    /**
     * The silo effect's two losses (docs/ODD.md §7.6): a referrer who does not know whom to contact
     * loses the referral on the way, at the chance {@code 1 - sharing.knowContactBase} when there
     * is no trust; one that arrives at a receiver who does not trust the referrer is ignored. The
     * two counts make up every referral lost; with full trust none is lost.
     */
    @Test
    void lostReferralsAreSplitBetweenNotKnowingWhomToAskAndNotBeingTrusted() {
        int tries = 1_000;
        World w = TestWorlds.started(SMALL, 2);
        Child c = pupil(w);
        endanger(c);
        Practitioner teacher = teacherWithSocialWorkerTrust(w, c, 0);
        int lost = 0;
        for (int i = 0; i < tries; i++) {
            lost +=
                    w.referrals().refer(c, teacher, AgencyKind.SOCIAL_CARE).fate()
                                    == Referral.Fate.LOST
                            ? 1
                            : 0;
        }
        long noContact = w.context().counters().get(Tally.LOST_NO_CONTACT),
                ignored = w.context().counters().get(Tally.LOST_IGNORED);
        assertEquals(tries, lost, "with no trust every referral is lost");
        assertEquals(lost, noContact + ignored, "each loss is one or the other");
        // Binomial over 1,000: a standard deviation of at most 0.016 on the share.
        double base = w.params().sharing().knowContactBase();
        assertEquals(1 - base, noContact / (double) tries, 0.06, "lost for want of a contact");

        World trusting = TestWorlds.started(SMALL, 2);
        Child d = pupil(trusting);
        endanger(d);
        for (int i = 0; i < 200; i++) {
            // Full trust each time: a rejected referral lowers it.
            Practitioner trusted = teacherWithSocialWorkerTrust(trusting, d, 1);
            assertNotEquals(
                    Referral.Fate.LOST,
                    trusting.referrals().refer(d, trusted, AgencyKind.SOCIAL_CARE).fate());
        }
        assertEquals(0, trusting.context().counters().get(Tally.LOST_NO_CONTACT));
        assertEquals(0, trusting.context().counters().get(Tally.LOST_IGNORED));
    }

    @Test
    void aReferralBetweenPractitionersWithZeroTrustIsNeverAccepted() {
        World w = TestWorlds.started(SMALL, 1);
        int accepted = 0;
        int tried = 0;
        for (Child c : w.population().children()) {
            if (c.school() == null || c.socialCareCase() || tried == 200) {
                continue;
            }
            endanger(c);
            Practitioner teacher = teacherWithSocialWorkerTrust(w, c, 0);
            Referral r = w.referrals().refer(c, teacher, AgencyKind.SOCIAL_CARE);
            tried++;
            accepted += r.fate() == Referral.Fate.ACCEPTED ? 1 : 0;
            assertEquals(Referral.Fate.LOST, r.fate());
        }
        assertEquals(200, tried);
        assertEquals(0, accepted);
    }

    @Test
    void aTrustedReferralShowingEnoughNeedIsAccepted() {
        World w = TestWorlds.started(SMALL, 1);
        Child c = pupil(w);
        endanger(c);
        Practitioner teacher = teacherWithSocialWorkerTrust(w, c, 1);
        // Knowing whom to contact is still a draw: retry on fresh children until one gets through.
        Referral r = w.referrals().refer(c, teacher, AgencyKind.SOCIAL_CARE);
        int attempts = 1;
        while (r.fate() == Referral.Fate.LOST && attempts < 20) {
            r = w.referrals().refer(c, teacher, AgencyKind.SOCIAL_CARE);
            attempts++;
        }
        assertEquals(Referral.Fate.ACCEPTED, r.fate());
        assertTrue(c.socialCareCase());
        // Social care assesses before any plan (StatutoryPathwayTest follows the stages).
        assertTrue(c.inAssessment());
    }

    @Test
    void aReferralShowingTooLittleNeedIsRejected() {
        World w = TestWorlds.started(SMALL, 1);
        Child c = pupil(w);
        c.setOutcome(
                Outcome.ENJOY_AND_ACHIEVE.ordinal(),
                0.6); // severity 0.1, below social care's threshold
        c.learn(AgencyKind.SCHOOL, Outcome.ENJOY_AND_ACHIEVE.bit());
        Practitioner teacher = w.handlers().of(c, AgencyKind.SCHOOL);
        Practitioner sw = w.handlers().of(c, AgencyKind.SOCIAL_CARE);
        w.trust().set(sw, teacher, 1);
        // A referral can be lost on the way (not knowing whom to contact); try until one arrives.
        Referral r = null;
        for (int attempt = 0; attempt < 200; attempt++) {
            r = w.referrals().refer(c, teacher, AgencyKind.SOCIAL_CARE);
            if (r.fate() != Referral.Fate.LOST) {
                break;
            }
        }
        assertEquals(Referral.Fate.REJECTED, r.fate());
    }

    @Test
    void coLocationWidensWhatTheSchoolSeesAndBuildsTrust() {
        ModelParameters co =
                TestWorlds.withInterventions(SMALL, iv -> iv.with(iv.coLocation().on(3)));
        World silo = TestWorlds.started(SMALL, 3);
        World together = TestWorlds.started(co, 3);
        together.pacing().startNow(InterventionKind.CO_LOCATION);
        Child a = pupil(silo);
        Child b = together.population().everyChild().get(a.id());
        for (Child c : new Child[] {a, b}) {
            c.setOutcome(Outcome.STAY_SAFE.ordinal(), 0.3);
        }
        double siloRate = silo.noticing().computeRates(a);
        double coRate = together.noticing().computeRates(b);
        assertTrue(
                coRate > siloRate * 1.5,
                "co-location should raise the school's rate of noticing a safety need: "
                        + siloRate
                        + " vs "
                        + coRate);

        Practitioner teacher = together.handlers().of(b, AgencyKind.SCHOOL);
        Practitioner sw = together.handlers().of(b, AgencyKind.SOCIAL_CARE);
        assertTrue(sw.colocated());
        double before = together.trust().get(teacher, sw);
        for (int week = 0; week < 26; week++) {
            together.trustDynamics().week();
        }
        assertTrue(
                together.trust().get(teacher, sw) > before + 0.3,
                "half a year of daily contact should build trust");
        assertEquals(1.0, together.params().adoption().sharingAtEnrolment());
    }

    @Test
    void theCoLocationIndexAgreesWithASearchOfEveryPractitioner() {
        ModelParameters co =
                TestWorlds.withInterventions(SMALL, iv -> iv.with(iv.coLocation().on(2)));
        World w = TestWorlds.started(co, 5);
        w.pacing().startNow(InterventionKind.CO_LOCATION);
        int colocated = 0;
        for (Site site : w.locality().sites()) {
            for (AgencyKind agency : AgencyKind.ALL_KINDS) {
                Practitioner first = null;
                for (Practitioner p : w.locality().of(agency)) {
                    if (p.colocated() && p.daysAt(site) > 0) {
                        first = p;
                        break;
                    }
                }
                assertEquals(first, w.locality().colocatedAt(site, agency), site + ", " + agency);
                colocated += first == null ? 0 : 1;
            }
        }
        assertTrue(colocated >= 2, "co-location in two schools should base someone in each");
    }

    @Test
    void trustDecaysTowardItsStartWithoutContact() {
        World w = TestWorlds.started(SMALL, 4);
        Practitioner a = w.locality().of(AgencyKind.HEALTH).get(0);
        Practitioner b = w.locality().of(AgencyKind.POLICE).get(0);
        double start = w.trust().get(a, b);
        w.trust().set(a, b, 0.9);
        for (int week = 0; week < 52 * 3; week++) {
            w.trustDynamics().week();
        }
        double after = w.trust().get(a, b);
        assertTrue(after < 0.9 && after > start, "trust should relax toward its start: " + after);
        assertEquals(start, after, 0.1);
    }

    @Test
    void aDetectionTargetRaisesTheShareOfFormalResponses() {
        var yj = SMALL.youthJustice();
        ModelParameters target =
                SMALL.with(
                        new YouthJusticeParameters(
                                yj.asbRate(),
                                yj.needEffect(),
                                yj.deprivationGradient(),
                                yj.atSchoolShare(),
                                yj.detectCommunity(),
                                yj.detectSchool(),
                                yj.formalFirst(),
                                yj.formalPerPrior(),
                                true,
                                yj.detectionTargetMultiplier(),
                                yj.labelPenalty(),
                                yj.labelPropensity(),
                                yj.neetLevel(),
                                yj.neetEntryRate(),
                                yj.neetExitRate(),
                                yj.neetGradient(),
                                yj.informalReferralShare()));
        World plain = TestWorlds.started(SMALL, 5);
        World pushed = TestWorlds.started(target, 5);
        Child c = pupil(plain);
        assertTrue(
                pushed.youthJustice()
                                .formalProbability(
                                        pushed.population().everyChild().get(c.id()), false)
                        > plain.youthJustice().formalProbability(c, false));

        var plainRun = World.run(SMALL.withHorizonDays(3 * 365), 5);
        var pushedRun = World.run(target.withHorizonDays(3 * 365), 5);
        assertTrue(
                formalShare(pushedRun) > formalShare(plainRun) * 1.2,
                formalShare(pushedRun) + " vs " + formalShare(plainRun));
    }

    private static double formalShare(List<MonthlyReport> run) {
        double formal = 0, detected = 0;
        for (var r : run) {
            formal += r.value("formal_responses");
            detected += r.value("asb_detected");
        }
        return formal / detected;
    }

    @Test
    void aBlamingSeriousCaseReviewReducesInformationSharingAndALearningOneDoesNot() {
        CultureParameters c = SMALL.culture();
        ModelParameters noBlame = SMALL.with(c.withBlame(false));
        int all = (1 << AgencyKind.COUNT) - 1;
        double[] before = new double[2], after = new double[2];
        ModelParameters[] cultures = {SMALL, noBlame};
        for (int i = 0; i < 2; i++) {
            World w = TestWorlds.started(cultures[i], 6);
            Child child = pupil(w);
            Practitioner teacher = w.handlers().of(child, AgencyKind.SCHOOL);
            Practitioner nurse = w.handlers().of(child, AgencyKind.HEALTH);
            before[i] = w.sharing().probability(child, teacher, nurse, 0);
            w.safeguarding().review(child, all);
            after[i] = w.sharing().probability(child, teacher, nurse, 0);
        }
        assertTrue(after[0] < before[0] * 0.85, "blame: " + before[0] + " -> " + after[0]);
        assertTrue(after[1] >= before[1], "no blame: " + before[1] + " -> " + after[1]);
    }

    @Test
    void aLifeEventKnocksAnOutcomeDownAndSupportRaisesItsSetPoint() {
        World w = TestWorlds.started(SMALL, 7);
        Child c = pupil(w);
        NeedDynamics need = w.need();
        int k = Outcome.ENJOY_AND_ACHIEVE.ordinal();
        need.advance(c, w.now());
        double setPoint = c.setPoint(k);
        c.setOutcome(k, setPoint - 0.3);
        need.advance(c, w.now() + w.params().need().recoveryHalfLife());
        assertEquals(setPoint - 0.15, c.outcome(k), 0.02, "half the gap recovers in one half-life");
        c.applySupport(k, 0.1, +1);
        need.recomputeSetPoints(c);
        assertTrue(c.setPoint(k) > setPoint, "support raises the set point");
        c.applySupport(k, 0.1, -1);
        need.recomputeSetPoints(c);
        assertEquals(setPoint, c.setPoint(k), 0.05);
    }

    @Test
    void aFamilyThatWillNotConsentGetsNoCommonAssessment() {
        World w =
                TestWorlds.started(
                        TestWorlds.withInterventions(
                                SMALL, iv -> iv.with(iv.commonAssessment().rolledOut(1.0))),
                        8);
        Child c = pupil(w);
        Practitioner teacher = w.handlers().of(c, AgencyKind.SCHOOL);
        c.family().addFatigue(w.now(), 1e9, 1.0);
        assertEquals(0, w.teamAroundTheChild().consent(c, teacher), 1e-9);
        assertTrue(!w.teamAroundTheChild().start(c, teacher));
    }

    @Test
    void aTeamAroundTheChildAgreesOneIntegratedPlanAndAttendanceFollowsTrust() {
        int[] teams = new int[2];
        double[] trustInLead = {1, 0};
        for (int i = 0; i < 2; i++) {
            World w =
                    TestWorlds.started(
                            TestWorlds.withInterventions(
                                    SMALL, iv -> iv.with(iv.commonAssessment().rolledOut(1.0))),
                            9);
            int meetings = 0;
            for (Child c : w.population().children()) {
                if (c.school() == null || c.age() < 11 || meetings == 30) {
                    continue;
                }
                meetings++;
                c.setOutcome(Outcome.BE_HEALTHY.ordinal(), 0.4);
                c.setOutcome(Outcome.POSITIVE_CONTRIBUTION.ordinal(), 0.4);
                Practitioner teacher = w.handlers().of(c, AgencyKind.SCHOOL);
                for (Practitioner p : w.locality().practitioners()) {
                    w.trust().set(p, teacher, trustInLead[i]);
                }
                var plan =
                        w.teamAroundTheChild()
                                .meet(
                                        c,
                                        teacher,
                                        Outcome.BE_HEALTHY.bit()
                                                | Outcome.POSITIVE_CONTRIBUTION.bit(),
                                        PlanKind.INTEGRATED,
                                        180);
                if (plan != null && plan.practitioners().length >= 2) {
                    teams[i]++;
                    assertTrue(plan.integrated());
                    assertTrue(
                            c.supported(Outcome.BE_HEALTHY.ordinal())
                                    && c.supported(Outcome.POSITIVE_CONTRIBUTION.ordinal()));
                    assertNotEquals(
                            0,
                            c.known(plan.practitioners()[1].agency()),
                            "attendees learn the whole picture");
                }
            }
        }
        assertTrue(
                teams[0] >= 15,
                "with full trust most meetings should bring other agencies: " + teams[0]);
        assertTrue(
                teams[0] > teams[1] + 5,
                "attendance should follow trust in the lead: " + teams[0] + " vs " + teams[1]);
    }
}
