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
import issim.core.domain.Ages;
import issim.core.domain.CommitmentStage;
import issim.core.domain.InterventionKind;
import issim.core.domain.Outcome;
import issim.core.model.Child;
import issim.core.model.Practitioner;
import issim.core.model.Site;
import issim.core.params.Budgets;
import issim.core.params.CoLocation;
import issim.core.params.CommonAssessment;
import issim.core.params.IntegratedServicesLeader;
import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import issim.core.params.SchoolPoliceOfficer;
import issim.core.params.ThreeTierPrevention;
import issim.core.process.Context;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each intervention on its own, built by hand on a small started world (about 2,000 children, three
 * secondary schools, nothing run yet): what its start changes, what it lends the mechanisms through
 * their hooks, and what it costs.
 */
class InterventionsTest {
    private static final ModelParameters SMALL = TestWorlds.small(365);

    @Test
    void coLocatedTeamsBaseOnePractitionerOfEachAgencyInEachHostAndCostWhatTheySay() {
        World w = TestWorlds.started(SMALL, 1);
        Context ctx = w.context();
        CoLocation p = CoLocation.off().on(1);
        CoLocatedTeams teams = new CoLocatedTeams(ctx, p, w.levels());
        teams.start();
        // Without named hosts, the school whose pupils have the most additional need hosts.
        double best = -1;
        Site neediest = null;
        for (Site s : ctx.locality().secondarySchools()) {
            long pupils = ctx.population().children().stream().filter(c -> c.school() == s).count();
            long inNeed =
                    ctx.population().children().stream()
                            .filter(c -> c.school() == s && w.levels().level(c) >= 2)
                            .count();
            if (inNeed / (double) pupils > best) {
                best = inNeed / (double) pupils;
                neediest = s;
            }
        }
        assertEquals(List.of(neediest), teams.hosts());
        for (Site school : teams.hosts()) {
            for (AgencyKind agency : p.agencies()) {
                Practitioner based = ctx.locality().colocatedAt(school, agency);
                assertNotNull(based, agency + " at " + school);
                assertEquals(p.daysPerWeek(), based.daysAt(school), 1e-12);
            }
        }
        for (Site other : ctx.locality().secondarySchools()) {
            if (other != neediest) {
                assertNull(ctx.locality().colocatedAt(other, AgencyKind.SOCIAL_CARE));
            }
        }
        assertEquals(p.setUpCost(), ctx.counters().cost(AgencyKind.SCHOOL), 1e-6);
        teams.bookMonthlyCost();
        assertEquals(
                p.setUpCost() + p.runningCost() / 12, ctx.counters().cost(AgencyKind.SCHOOL), 1e-6);
    }

    @Test
    void namedHostSchoolsGetTheInterventionExactlyThere() {
        World w = TestWorlds.started(SMALL, 9);
        Context ctx = w.context();
        List<Site> secondaries = ctx.locality().secondarySchools();
        CoLocatedTeams teams =
                new CoLocatedTeams(
                        ctx,
                        ParameterPaths.with(CoLocation.off().on(1), "hostSchools", List.of(3)),
                        w.levels());
        teams.start();
        assertEquals(List.of(secondaries.get(2)), teams.hosts());
        for (Site s : secondaries) {
            assertEquals(
                    s == secondaries.get(2),
                    ctx.locality().colocatedAt(s, AgencyKind.SOCIAL_CARE) != null,
                    s.toString());
        }
        SchoolBasedOfficer officer =
                new SchoolBasedOfficer(
                        ctx,
                        ParameterPaths.with(
                                SchoolPoliceOfficer.off().on(false), "hostSchools", List.of(3, 1)),
                        w.youthJustice());
        officer.start();
        assertEquals(List.of(secondaries.get(2), secondaries.get(0)), officer.schools());
        var refused =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                ParameterPaths.with(
                                        ParameterPaths.with(
                                                SMALL, "interventions.coLocation.enabled", true),
                                        "interventions.coLocation.hostSchools",
                                        List.of(4)));
        assertTrue(
                refused.getMessage()
                        .startsWith(
                                "interventions.coLocation.hostSchools: expected school numbers"),
                refused.getMessage());
    }

    @Test
    void aSchoolBasedOfficerIsBasedInItsSchoolsAndLendsYouthJusticeItsResponse() {
        World w = TestWorlds.started(SMALL, 2);
        Context ctx = w.context();
        SchoolPoliceOfficer p = SchoolPoliceOfficer.off().on(false);
        SchoolBasedOfficer officer = new SchoolBasedOfficer(ctx, p, w.youthJustice());
        Child pupil = null;
        for (Child c : ctx.population().children()) {
            if (c.school() != null && officer.schools().isEmpty() && c.age() >= Ages.SECONDARY) {
                pupil = c;
                break;
            }
        }
        assertNotNull(pupil);
        double before = w.youthJustice().formalProbability(pupil, false);
        officer.start();
        assertEquals(
                List.of(
                        ctx.locality().secondarySchools().get(0),
                        ctx.locality().secondarySchools().get(1)),
                officer.schools());
        for (Site s : officer.schools()) {
            assertEquals(5 * p.weekShare(), officer.officer().daysAt(s), 1e-12);
            assertTrue(officer.covers(s));
        }
        assertEquals(
                before * p.preventionFormalMultiplier(),
                w.youthJustice().formalProbability(pupil, true),
                1e-12,
                "an incident the officer handles is answered informally more often");
        // A month: families at the officer's schools trust the police more, others not at all.
        double[] trustBefore = policeTrust(ctx);
        officer.month();
        double[] trustAfter = policeTrust(ctx);
        int i = 0;
        for (Child c : ctx.population().children()) {
            if (c.school() != null && officer.covers(c.school())) {
                assertTrue(trustAfter[i] > trustBefore[i]);
            }
            i++;
        }
        double costBefore = ctx.counters().totalCost();
        officer.bookMonthlyCost();
        double share = p.salaryShare() * ctx.params().agencies().police().staffCost() / 12;
        assertEquals(share, ctx.counters().cost(AgencyKind.SCHOOL), 1e-6);
        double time =
                p.schools() * p.weekShare() * ctx.params().agencies().police().staffCost() / 12;
        assertEquals(
                costBefore + time,
                ctx.counters().totalCost(),
                1e-6,
                "the officer's time at the schools is charged in full");
    }

    private static double[] policeTrust(Context ctx) {
        List<Child> children = ctx.population().children();
        double[] t = new double[children.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = children.get(i).family().trust(AgencyKind.POLICE);
        }
        return t;
    }

    /** A three-tier programme built by hand in {@code w}, not yet started. */
    private static ThreeTierProgramme programme(World w, ThreeTierPrevention tp) {
        return new ThreeTierProgramme(
                w.context(),
                tp,
                w.youthJustice(),
                w.lifeCourse(),
                w.support(),
                w.teamAroundTheChild(),
                w.handlers(),
                w.levels());
    }

    @Test
    void theThreeTierProgrammeTakesTheHighestRankedSchoolsAndDivertsOnlyThoseItWorksWith() {
        ModelParameters p = TestWorlds.withInterventions(SMALL, iv -> iv.with(iv.threeTier().on()));
        World w = TestWorlds.started(p, 3);
        // Let a warm-up year of incidents give the schools an ASB ranking.
        w.advanceTo(365);
        Context ctx = w.context();
        ThreeTierPrevention tp = p.interventions().threeTier();
        ThreeTierProgramme programme = programme(w, tp);
        double schoolCost = ctx.counters().cost(AgencyKind.SCHOOL);
        programme.start();
        List<Site> chosen = programme.schools();
        assertEquals(tp.schools(), chosen.size());
        for (Site other : ctx.locality().secondarySchools()) {
            if (!chosen.contains(other)) {
                for (Site in : chosen) {
                    assertTrue(
                            w.youthJustice().detectedAt(in) >= w.youthJustice().detectedAt(other),
                            "schools are chosen by their ASB ranking");
                }
            }
        }
        int year8 = 0;
        for (Child c : ctx.population().children()) {
            boolean inProgramme = c.school() != null && chosen.contains(c.school());
            if (c.schoolYearAge() == Ages.YEAR_8 && inProgramme) {
                year8++;
                assertEquals(1, programme.tier(c));
                assertEquals(1.0, programme.formalMultiplier(c), 0.0, "tier 1 diverts no one");
            } else if (programme.tier(c) == 0) {
                assertEquals(1.0, programme.formalMultiplier(c), 0.0, "no diversion unworked");
            }
        }
        assertTrue(year8 > 20, "a Year 8 cohort in the programme's schools: " + year8);
        assertEquals(
                schoolCost + year8 * tp.tier1Cost(), ctx.counters().cost(AgencyKind.SCHOOL), 1e-6);
        // An informal response to a programme pupil is a tier 2 place with the youth service.
        Child known = null;
        for (Child c : ctx.population().children()) {
            if (programme.tier(c) == 1 && c.detectedIncidents() < tp.tier3Incidents()) {
                known = c;
                break;
            }
        }
        assertNotNull(known);
        int plans = known.openPlans();
        programme.respondInformally(known);
        assertEquals(2, programme.tier(known));
        assertEquals(plans + 1, known.openPlans());
        // Worked with at tier 2: fewer formal responses, an effect that fades by half in a
        // lasting-gain half-life.
        assertTrue(tp.diversionMultiplier() < 1);
        assertEquals(tp.diversionMultiplier(), programme.formalMultiplier(known), 1e-12);
        assertEquals(1 - tp.tier2Effect(), programme.propensityMultiplier(known), 1e-12);
        w.advanceTo(w.now() + p.need().lastingHalfLife());
        assertEquals(1 - tp.tier2Effect() / 2, programme.propensityMultiplier(known), 1e-9);
        // Still at a programme school, the diversion has faded by half; gone from them (moved
        // away, or a new school), it has ended.
        double faded = programme.covers(known) ? 1 - (1 - tp.diversionMultiplier()) / 2 : 1;
        assertEquals(faded, programme.formalMultiplier(known), 1e-9);
    }

    @Test
    void atTheEndOfTier1TheSchoolPutsForwardThePupilsItKnowsToHaveABehaviourNeed() {
        ModelParameters p = TestWorlds.withInterventions(SMALL, iv -> iv.with(iv.threeTier().on()));
        World w = TestWorlds.started(p, 5);
        ThreeTierPrevention tp = p.interventions().threeTier();
        Context ctx = w.context();
        ThreeTierProgramme programme = programme(w, tp);
        programme.start();
        int behaviour = Outcome.POSITIVE_CONTRIBUTION.ordinal();
        Child known = null, wellBehaved = null;
        for (Child c : ctx.population().children()) {
            if (programme.tier(c) != 1 || c.openPlans() > 0) {
                continue;
            }
            if (known == null) {
                known = c;
            } else if (wellBehaved == null) {
                wellBehaved = c;
            }
        }
        assertNotNull(wellBehaved, "two Year 8 pupils of the programme's schools");
        // One the school knows to have a need in behaviour, held there; one with no such need.
        known.setSetPoint(behaviour, 0.2);
        known.setOutcome(behaviour, 0.2);
        known.learn(AgencyKind.SCHOOL, Outcome.POSITIVE_CONTRIBUTION.bit());
        wellBehaved.setSetPoint(behaviour, 0.95);
        wellBehaved.setOutcome(behaviour, 0.95);
        double end = w.now() + 7.0 * tp.tier1Weeks() + 1;
        for (int steps = 0; steps < 10_000 && w.schedule.getTime() < end; steps++) {
            w.schedule.step(w);
        }
        assertTrue(w.schedule.getTime() >= end, "tier 1 has ended");
        assertEquals(2, programme.tier(known), "identified by the school: a tier 2 place");
        assertEquals(1, programme.tier(wellBehaved), "no behaviour need: tier 1 only");
    }

    @Test
    void theCommonAssessmentRollOutTrainsLetsCompliantStaffLeadAndSponsors() {
        CommonAssessment caf = CommonAssessment.baseline().rolledOut(0.8);
        ModelParameters p = TestWorlds.withInterventions(SMALL, iv -> iv.with(caf));
        long trainedAll = 0, staffAll = 0;
        // About 40 practitioners a world: pooled over 20 worlds the trained share has an SD of
        // about 0.014, so 0.8 +- 0.05 is a 3.5 SD margin.
        for (long seed = 1; seed <= 20; seed++) {
            World w = TestWorlds.started(p, seed);
            Context ctx = w.context();
            List<Practitioner> staff = ctx.locality().practitioners();
            Practitioner compliant = null;
            for (Practitioner pr : staff) {
                if (pr.cafTrained()
                        && pr.agency() != AgencyKind.POLICE
                        && pr.stage() == CommitmentStage.FORMAL_COMPLIANCE) {
                    compliant = pr;
                }
            }
            long trainedBefore = staff.stream().filter(Practitioner::cafTrained).count();
            double sponsorshipBefore = w.adoption().sponsorship();
            if (compliant != null) {
                assertFalse(w.teamAroundTheChild().canLead(compliant), "no line-manager support");
            }
            new CommonAssessmentRollout(ctx, caf, w.teamAroundTheChild(), w.adoption()).start();
            long trained = staff.stream().filter(Practitioner::cafTrained).count();
            assertEquals(
                    (trained - trainedBefore) * caf.trainingCost(),
                    ctx.counters().totalCost(),
                    1e-6);
            if (compliant != null) {
                assertTrue(w.teamAroundTheChild().canLead(compliant), "line managers support");
            }
            assertEquals(sponsorshipBefore + caf.sponsorship(), w.adoption().sponsorship(), 1e-12);
            trainedAll += trained;
            staffAll += staff.size();
        }
        assertEquals(0.8, trainedAll / (double) staffAll, 0.05, "trained share after the roll-out");
    }

    @Test
    void theLeaderSponsorsBrokersTrustAndCostsASalary() {
        World without = TestWorlds.started(SMALL, 5);
        World with = TestWorlds.started(SMALL, 5);
        IntegratedServicesLeader p = IntegratedServicesLeader.off().on();
        IntegratedServicesLeaderRole leader =
                new IntegratedServicesLeaderRole(
                        with.context(),
                        p,
                        with.adoption(),
                        with.teamAroundTheChild(),
                        with.trustDynamics());
        leader.start();
        assertEquals(
                without.adoption().sponsorship() + p.sponsorship(),
                with.adoption().sponsorship(),
                1e-12);
        for (int week = 0; week < 10; week++) {
            without.trustDynamics().week();
            with.trustDynamics().week();
        }
        assertTrue(
                with.trust().meanAcrossAgencies() > without.trust().meanAcrossAgencies() + 0.01,
                "ten weeks of brokering build trust across agencies");
        leader.bookMonthlyCost();
        assertEquals(p.salary() / 12, with.counters().cost(AgencyKind.SOCIAL_CARE), 1e-6);
    }

    @Test
    void pooledBudgetsLetSupportBuyAPlaceBeyondCapacity() {
        World w = TestWorlds.started(SMALL, 6);
        List<Practitioner> workers = w.locality().of(AgencyKind.YOUTH_SERVICE);
        for (Practitioner p : workers) {
            while (p.hasRoom()) {
                p.openCase();
            }
        }
        Child c = w.population().children().get(0);
        assertNull(w.support().allocate(c, AgencyKind.YOUTH_SERVICE, workers.get(0)));
        new PooledBudgets(new Budgets(true, 0.2), w.support()).start();
        assertNotNull(w.support().allocate(c, AgencyKind.YOUTH_SERVICE, workers.get(0)));
    }

    @Test
    void noBlameReviewsTurnAReviewIntoLearning() {
        World blame = TestWorlds.started(SMALL, 7);
        World learning = TestWorlds.started(SMALL, 7);
        new NoBlameReviews(learning.safeguarding()).start();
        assertTrue(blame.safeguarding().blameCulture());
        assertFalse(learning.safeguarding().blameCulture());
        int involved = (1 << AgencyKind.SCHOOL.ordinal()) | (1 << AgencyKind.SOCIAL_CARE.ordinal());
        double blameBefore = blame.trust().meanAcrossAgencies();
        double learnBefore = learning.trust().meanAcrossAgencies();
        Child child = blame.population().children().get(0);
        Child twin = learning.population().children().get(0);
        blame.safeguarding().review(child, involved);
        learning.safeguarding().review(twin, involved);
        assertTrue(blame.trust().meanAcrossAgencies() < blameBefore);
        assertTrue(learning.trust().meanAcrossAgencies() > learnBefore);
        Practitioner anyone = learning.handlers().of(twin, AgencyKind.SOCIAL_CARE);
        assertEquals(
                0, anyone.riskAversion(learning.now(), SMALL.culture().riskAversionHalfLife()), 0);
    }

    @Test
    void pacingStartsInterventionsStaggerDaysApartInTheirFixedOrder() {
        ModelParameters paced =
                TestWorlds.withInterventions(
                        SMALL,
                        iv ->
                                iv.with(iv.leader().on())
                                        .with(iv.coLocation().on(1))
                                        .withStaggerDays(60));
        World w = TestWorlds.started(paced, 8);
        Pacing pacing = w.pacing();
        assertEquals(
                List.of(InterventionKind.CO_LOCATION, InterventionKind.INTEGRATED_SERVICES_LEADER),
                pacing.planned().stream().map(Intervention::kind).toList());
        double day0 = paced.warmupDays();
        // Coarse steps run on MASON's schedule: step it to just past day 0 and past day 60.
        while (w.schedule.getTime() < day0 + 61) {
            w.schedule.step(w);
        }
        assertEquals(day0, w.context().interventions().since(InterventionKind.CO_LOCATION), 1e-9);
        assertEquals(
                day0 + 60,
                w.context().interventions().since(InterventionKind.INTEGRATED_SERVICES_LEADER),
                0);
    }
}
