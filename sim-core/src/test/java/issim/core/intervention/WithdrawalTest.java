package issim.core.intervention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.TestWorlds;
import issim.core.World;
import issim.core.domain.AgencyKind;
import issim.core.domain.CommitmentStage;
import issim.core.domain.InterventionKind;
import issim.core.domain.Outcome;
import issim.core.domain.SiteKind;
import issim.core.model.Child;
import issim.core.model.Practitioner;
import issim.core.model.Site;
import issim.core.model.TrustMatrix;
import issim.core.params.Budgets;
import issim.core.params.CoLocation;
import issim.core.params.CommonAssessment;
import issim.core.params.IntegratedServicesLeader;
import issim.core.params.JointTraining;
import issim.core.params.ModelParameters;
import issim.core.params.SchoolPoliceOfficer;
import issim.core.process.Context;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each intervention withdrawn on its own, in a small started world (about 2,000 children, three
 * secondary schools, nothing run yet): what its withdrawal takes back, what stays with the people,
 * that it books and does nothing more once withdrawn, and that it can be started again.
 */
class WithdrawalTest {
    private static final ModelParameters SMALL = TestWorlds.small(365);

    private static Child pupilAt(World w, Site school) {
        for (Child c : w.population().children()) {
            if (c.school() == school) {
                return c;
            }
        }
        throw new AssertionError("no pupil at " + school);
    }

    @Test
    void coLocationWithdrawnSendsEveryoneBackToBaseAndStopsBuildingTrust() {
        CoLocation p = CoLocation.off().on(2);
        World w = TestWorlds.started(SMALL, 11);
        Context ctx = w.context();
        Pacing pacing = w.pacing();
        pacing.add(new CoLocatedTeams(ctx, p, w.levels()));
        List<Site> hosts = pacing.inForce(InterventionKind.CO_LOCATION).hosts();
        assertEquals(2, hosts.size());
        Site school = hosts.get(0);
        List<Practitioner> team = new ArrayList<>();
        for (Site s : hosts) {
            for (AgencyKind a : p.agencies()) {
                Practitioner based = ctx.locality().colocatedAt(s, a);
                if (based != null) {
                    team.add(based);
                }
            }
        }
        Practitioner sw = ctx.locality().colocatedAt(school, AgencyKind.SOCIAL_CARE);
        assertNotNull(sw);
        assertTrue(team.size() > p.agencies().size());
        Practitioner teacher = ctx.locality().pastoralStaff(school).get(0);
        for (int week = 0; week < 8; week++) {
            w.trustDynamics().week();
        }
        double built = w.trust().get(sw, teacher);
        assertTrue(built > SMALL.trust().acrossAgencies() + 0.05, "being together built trust");

        pacing.withdraw(InterventionKind.CO_LOCATION);
        assertFalse(ctx.inForce(InterventionKind.CO_LOCATION));
        assertNull(pacing.inForce(InterventionKind.CO_LOCATION));
        for (Practitioner pr : team) {
            assertFalse(pr.colocated(), pr + " is back at base");
            assertEquals(5, pr.daysAt(pr.base()), 0);
            for (Site s : hosts) {
                assertEquals(0, pr.daysAt(s), 0);
            }
        }
        for (Site s : ctx.locality().sites()) {
            for (AgencyKind a : AgencyKind.ALL_KINDS) {
                assertNull(ctx.locality().colocatedAt(s, a), a + " at " + s);
            }
        }
        assertTrue(pacing.inForce().isEmpty());
        // The trust built stays with the people, and only fades: no more growth from contact.
        assertEquals(built, w.trust().get(sw, teacher), 0);
        double last = built;
        for (int week = 0; week < 8; week++) {
            w.trustDynamics().week();
            double now = w.trust().get(sw, teacher);
            assertTrue(now < last, "week " + week + ": " + now + " after " + last);
            last = now;
        }
        assertTrue(last > SMALL.trust().acrossAgencies(), "it fades, it does not vanish");
        double cost = ctx.counters().totalCost();
        pacing.bookMonthlyCosts();
        assertEquals(cost, ctx.counters().totalCost(), 0, "no running cost once withdrawn");

        // Started again: a new team, with its set-up costs again.
        pacing.add(new CoLocatedTeams(ctx, p, w.levels()));
        assertTrue(ctx.inForce(InterventionKind.CO_LOCATION));
        assertEquals(cost + 2 * p.setUpCost(), ctx.counters().totalCost(), 1e-6);
        for (Site s : pacing.inForce(InterventionKind.CO_LOCATION).hosts()) {
            Practitioner based = ctx.locality().colocatedAt(s, AgencyKind.SOCIAL_CARE);
            if (based != null) {
                assertEquals(p.daysPerWeek(), based.daysAt(s), 0);
            }
        }
        w.trustDynamics().week();
        assertEquals(sw, ctx.locality().colocatedAt(school, AgencyKind.SOCIAL_CARE));
        assertTrue(w.trust().get(sw, teacher) > last, "together again, trust grows again");
    }

    @Test
    void aCoLocatedOfficerKeepsTheOfficersOwnBasingWhenTheTeamGoes() {
        World w = TestWorlds.started(SMALL, 12);
        Context ctx = w.context();
        SchoolPoliceOfficer op = SchoolPoliceOfficer.off().on(false);
        SchoolBasedOfficer officer = new SchoolBasedOfficer(ctx, op, w.youthJustice());
        w.pacing().add(officer);
        Practitioner police = officer.officer();
        Site school = officer.schools().get(0);
        double days = police.daysAt(school);
        CoLocation cp = CoLocation.off().on(3);
        w.pacing().add(new CoLocatedTeams(ctx, cp, w.levels()));
        w.pacing().withdraw(InterventionKind.CO_LOCATION);
        assertEquals(days, police.daysAt(school), 0);
        assertTrue(officer.covers(school));
    }

    @Test
    void theOfficerWithdrawnLeavesTheSchoolsAndTheFamiliesKeepTheirTrustForAWhile() {
        World w = TestWorlds.started(SMALL, 13);
        Context ctx = w.context();
        SchoolPoliceOfficer p = SchoolPoliceOfficer.off().on(false);
        SchoolBasedOfficer officer = new SchoolBasedOfficer(ctx, p, w.youthJustice());
        w.pacing().add(officer);
        List<Site> schools = officer.schools();
        assertEquals(2, schools.size());
        Practitioner police = officer.officer();
        Child pupil = pupilAt(w, schools.get(0));
        w.pacing().month();
        double gained = pupil.family().trust(AgencyKind.POLICE);
        assertTrue(gained > SMALL.trust().familyInitial());

        w.pacing().withdraw(InterventionKind.SCHOOL_POLICE_OFFICER);
        assertFalse(police.colocated());
        assertEquals(5, police.daysAt(police.base()), 0);
        for (Site s : schools) {
            assertFalse(officer.covers(s));
            assertEquals(0, police.daysAt(s), 0);
        }
        assertTrue(officer.hosts().isEmpty());
        w.pacing().month();
        assertEquals(gained, pupil.family().trust(AgencyKind.POLICE), 0, "no more monthly gain");
        double cost = ctx.counters().totalCost();
        w.pacing().bookMonthlyCosts();
        assertEquals(cost, ctx.counters().totalCost(), 0);

        // Youth justice takes a new officer: started again from this month.
        SchoolBasedOfficer again = new SchoolBasedOfficer(ctx, p, w.youthJustice());
        w.pacing().add(again);
        assertTrue(again.covers(schools.get(0)) || again.covers(schools.get(1)));
        assertThrows(
                IllegalStateException.class,
                () -> w.youthJustice().endSchoolPolicing(officer),
                "the first officer is gone for good");
    }

    @Test
    void jointTrainingWithdrawnGivesTheNarrowedGapBackAndTrustFadesToIt() {
        World w = TestWorlds.started(SMALL, 14);
        Context ctx = w.context();
        TrustMatrix trust = w.trust();
        JointTraining p = new JointTraining(true, 0.6, 0.3, 350);
        w.pacing().add(new JointTrainingProgramme(ctx, p));
        List<Practitioner> trained =
                ctx.locality().practitioners().stream()
                        .filter(Practitioner::jointlyTrained)
                        .toList();
        Practitioner a = null, b = null;
        for (Practitioner x : trained) {
            for (Practitioner y : trained) {
                if (a == null && x.agency() != y.agency()) {
                    a = x;
                    b = y;
                }
            }
        }
        assertNotNull(a, "two trained practitioners of different agencies");
        double across = SMALL.trust().acrossAgencies();
        assertTrue(trust.baseline(a, b) > across + 0.01, "the gap narrowed");
        double built = trust.get(a, b);

        w.pacing().withdraw(InterventionKind.JOINT_TRAINING);
        assertEquals(across, trust.baseline(a, b), 1e-6);
        assertEquals(built, trust.get(a, b), 0, "what was built stays, for now");
        for (Practitioner x : trained) {
            assertFalse(x.jointlyTrained());
        }
        // Without the programme the pair's trust fades back to where strangers start.
        for (int week = 0; week < 520; week++) {
            trust.relax(0.9f);
        }
        assertEquals(across, trust.get(a, b), 1e-4);

        // Started again: a new round of training narrows the gap again, at its cost.
        double cost = ctx.counters().totalCost();
        w.pacing().add(new JointTrainingProgramme(ctx, p));
        assertTrue(ctx.counters().totalCost() > cost);
        long narrowed = 0;
        for (Practitioner x : ctx.locality().practitioners()) {
            for (Practitioner y : ctx.locality().practitioners()) {
                if (x.agency() != y.agency() && trust.baseline(x, y) > across + 0.01) {
                    narrowed++;
                }
            }
        }
        assertTrue(narrowed > 0);
    }

    @Test
    void theRollOutWithdrawnGoesBackToTheCommonAssessmentAsItWasBefore() {
        CommonAssessment caf = CommonAssessment.baseline().rolledOut(0.8);
        ModelParameters params = TestWorlds.withInterventions(SMALL, iv -> iv.with(caf));
        World w = TestWorlds.started(params, 15);
        Context ctx = w.context();
        List<Practitioner> staff = ctx.locality().practitioners();
        List<Practitioner> trainedBefore = staff.stream().filter(Practitioner::cafTrained).toList();
        double sponsorshipBefore = w.adoption().sponsorship();
        w.pacing().startNow(InterventionKind.COMMON_ASSESSMENT);
        Practitioner compliant = null;
        for (Practitioner pr : staff) {
            if (!trainedBefore.contains(pr)
                    && pr.cafTrained()
                    && pr.agency() != AgencyKind.POLICE
                    && pr.stage() == CommitmentStage.FORMAL_COMPLIANCE) {
                compliant = pr;
            }
        }
        assertNotNull(compliant);
        assertTrue(w.teamAroundTheChild().canLead(compliant));
        assertTrue(w.adoption().sponsorship() > sponsorshipBefore);

        // One post the roll-out trained changes hands; its newcomer came trained elsewhere.
        Practitioner replaced =
                staff.stream()
                        .filter(pr -> pr.cafTrained() && !trainedBefore.contains(pr))
                        .filter(pr -> pr != compliantFinal(staff, trainedBefore))
                        .findFirst()
                        .orElseThrow();
        replaced.newcomer(CommitmentStage.FORMAL_COMPLIANCE, true);

        w.pacing().withdraw(InterventionKind.COMMON_ASSESSMENT);
        List<Practitioner> expected = new ArrayList<>(trainedBefore);
        expected.add(replaced);
        expected.sort(java.util.Comparator.comparingInt(Practitioner::id));
        assertEquals(
                expected,
                staff.stream().filter(Practitioner::cafTrained).toList(),
                "those trained before the roll-out and the newcomer, and only they, are trained");
        assertFalse(w.teamAroundTheChild().canLead(compliant));
        assertEquals(sponsorshipBefore, w.adoption().sponsorship(), 1e-12);
        for (Practitioner pr : trainedBefore) {
            if (pr.agency() != AgencyKind.POLICE && pr.stage() == CommitmentStage.COMMITMENT) {
                assertTrue(w.teamAroundTheChild().canLead(pr), "the committed still lead");
            }
        }
        assertThrows(
                IllegalStateException.class,
                () -> w.pacing().withdraw(InterventionKind.COMMON_ASSESSMENT),
                "withdrawn already");

        // A second roll-out, started by hand: the same lines of support and sponsorship.
        w.pacing().add(new CommonAssessmentRollout(ctx, caf, w.teamAroundTheChild(), w.adoption()));
        assertEquals(sponsorshipBefore + caf.sponsorship(), w.adoption().sponsorship(), 1e-12);
        assertTrue(staff.stream().filter(Practitioner::cafTrained).count() > trainedBefore.size());
    }

    /** The last practitioner the roll-out trained who is at formal compliance and not police. */
    private static Practitioner compliantFinal(
            List<Practitioner> staff, List<Practitioner> trainedBefore) {
        Practitioner out = null;
        for (Practitioner pr : staff) {
            if (!trainedBefore.contains(pr)
                    && pr.cafTrained()
                    && pr.agency() != AgencyKind.POLICE
                    && pr.stage() == CommitmentStage.FORMAL_COMPLIANCE) {
                out = pr;
            }
        }
        return out;
    }

    @Test
    void aTeamAroundTheChildAgreedBeforeTheWithdrawalRunsToItsPlannedEnd() {
        CommonAssessment caf = CommonAssessment.baseline().rolledOut(1.0);
        ModelParameters params = TestWorlds.withInterventions(SMALL, iv -> iv.with(caf));
        World w = TestWorlds.started(params, 16);
        w.pacing().startNow(InterventionKind.COMMON_ASSESSMENT);
        int plansBefore = w.population().plans().size();
        Practitioner lead = null;
        for (Practitioner pr : w.locality().of(AgencyKind.SCHOOL)) {
            if (w.teamAroundTheChild().canLead(pr) && pr.hasRoom()) {
                lead = pr;
            }
        }
        assertNotNull(lead);
        boolean agreed = false;
        for (Child c : w.population().children()) {
            if (agreed || c.school() == null || c.school().kind() != SiteKind.SECONDARY_SCHOOL) {
                continue;
            }
            c.setOutcome(Outcome.ENJOY_AND_ACHIEVE.ordinal(), 0.3);
            c.setOutcome(Outcome.BE_HEALTHY.ordinal(), 0.3);
            agreed = w.teamAroundTheChild().start(c, lead);
        }
        assertTrue(agreed);
        assertTrue(w.population().plans().size() > plansBefore);
        var plan = w.population().plans().get(w.population().plans().size() - 1);
        double end = plan.end();
        w.pacing().withdraw(InterventionKind.COMMON_ASSESSMENT);
        assertTrue(plan.open());
        assertEquals(end, plan.end(), 0);
    }

    @Test
    void blameComesBackWithTheNoBlameCultureWithdrawnAndGoesAgainWhenItReturns() {
        World w = TestWorlds.started(SMALL, 17);
        assertTrue(w.safeguarding().blameCulture());
        w.pacing().add(new NoBlameReviews(w.safeguarding()));
        assertFalse(w.safeguarding().blameCulture());
        w.pacing().withdraw(InterventionKind.NO_BLAME_CULTURE);
        assertTrue(w.safeguarding().blameCulture());
        assertFalse(w.context().inForce(InterventionKind.NO_BLAME_CULTURE));
        w.pacing().add(new NoBlameReviews(w.safeguarding()));
        assertFalse(w.safeguarding().blameCulture());
        assertEquals(
                2,
                w.context().interventions().startedWithin(w.now(), 365),
                "both starts are changes under way");
    }

    @Test
    void theLeaderWithdrawnStopsSponsoringConveningAndBrokering() {
        World w = TestWorlds.started(SMALL, 18);
        World without = TestWorlds.started(SMALL, 18);
        IntegratedServicesLeader p = IntegratedServicesLeader.off().on();
        w.pacing()
                .add(
                        new IntegratedServicesLeaderRole(
                                w.context(),
                                p,
                                w.adoption(),
                                w.teamAroundTheChild(),
                                w.trustDynamics()));
        w.pacing().withdraw(InterventionKind.INTEGRATED_SERVICES_LEADER);
        assertEquals(without.adoption().sponsorship(), w.adoption().sponsorship(), 1e-12);
        for (int week = 0; week < 10; week++) {
            without.trustDynamics().week();
            w.trustDynamics().week();
        }
        assertEquals(without.trust().meanAcrossAgencies(), w.trust().meanAcrossAgencies(), 1e-9);
        double cost = w.counters().totalCost();
        w.pacing().bookMonthlyCosts();
        assertEquals(cost, w.counters().totalCost(), 0);
    }

    @Test
    void onlyWhatIsInForceAndCanBeWithdrawnIs() {
        World w = TestWorlds.started(SMALL, 19);
        assertThrows(
                IllegalStateException.class,
                () -> w.pacing().withdraw(InterventionKind.CO_LOCATION),
                "not in force");
        w.pacing().add(new PooledBudgets(new Budgets(true, 0.2), w.support()));
        assertThrows(
                UnsupportedOperationException.class,
                () -> w.pacing().withdraw(InterventionKind.POOLED_BUDGETS));
        assertTrue(w.context().inForce(InterventionKind.POOLED_BUDGETS));
        assertThrows(
                IllegalStateException.class,
                () -> w.pacing().add(new PooledBudgets(new Budgets(true, 0.2), w.support())),
                "one of a kind at a time");
    }

    @Test
    void aSwitchOnBeforeAPlannedStartTakesItsPlace() {
        ModelParameters paced =
                TestWorlds.withInterventions(
                        SMALL,
                        iv ->
                                iv.with(iv.leader().on())
                                        .with(new issim.core.params.NoBlameCulture(true))
                                        .withStaggerDays(60));
        World w = TestWorlds.started(paced, 20);
        double day0 = paced.warmupDays();
        while (w.schedule.getTime() < day0 + 1) {
            w.schedule.step(w);
        }
        assertTrue(w.context().inForce(InterventionKind.INTEGRATED_SERVICES_LEADER));
        assertTrue(w.safeguarding().blameCulture(), "the no-blame culture is due on day 60");
        w.pacing().add(new NoBlameReviews(w.safeguarding()));
        w.pacing().withdraw(InterventionKind.NO_BLAME_CULTURE);
        while (w.schedule.getTime() < day0 + 61) {
            w.schedule.step(w);
        }
        assertTrue(w.safeguarding().blameCulture(), "the planned start does nothing now");
        assertFalse(w.context().inForce(InterventionKind.NO_BLAME_CULTURE));
    }

    @Test
    void aPlannedStartCanBeCalledOffBeforeItComes() {
        ModelParameters co =
                TestWorlds.withInterventions(SMALL, iv -> iv.with(iv.coLocation().on(1)));
        World w = TestWorlds.started(co, 21);
        // To the end of the warm-up, where the plan is built and its start is due next.
        while (w.schedule.getTime() < co.warmupDays()) {
            w.schedule.step(w);
        }
        assertNotNull(w.pacing().pending(InterventionKind.CO_LOCATION));
        w.pacing().withdraw(InterventionKind.CO_LOCATION);
        assertNull(w.pacing().pending(InterventionKind.CO_LOCATION));
        while (w.schedule.getTime() < co.warmupDays() + 40) {
            w.schedule.step(w);
        }
        assertFalse(w.context().inForce(InterventionKind.CO_LOCATION));
        assertTrue(w.locality().practitioners().stream().noneMatch(Practitioner::colocated));
    }
}
