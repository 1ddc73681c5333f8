package issim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.domain.Ages;
import issim.core.model.Child;
import issim.core.model.Site;
import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import issim.core.observe.Observation;
import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The observations among each secondary school's pupils, recomputed from the population at the
 * moment of the report, and the schools each intervention is reported to be hosted by.
 */
class SchoolGroupsTest {
    /** Four months after the warm-up, all within one school year: nobody changes school. */
    private static final ModelParameters SMALL = TestWorlds.small(122);

    @Test
    void eachSchoolsGroupIsItsOwnPupilsAndTheyAddUpToAllSecondaryPupils() {
        World w = new World(SMALL, 4);
        int schools = SMALL.locality().secondarySchools();
        Set<Integer> entrantsBefore = new HashSet<>();
        int[] months = {0};
        long[] entrantsSeen = {0};
        double[] schoolEntrants = {0}, entrantsInAll = {0}, referralsSeen = {0};
        w.addObserver(
                r -> {
                    List<Site> secondaries = w.locality().secondarySchools();
                    int[] pupils = new int[schools],
                            unmet = new int[schools],
                            inNeed = new int[schools],
                            protection = new int[schools],
                            aged10to17 = new int[schools],
                            newEntrants = new int[schools];
                    for (Child c : w.population().children()) {
                        int s = secondaries.indexOf(c.school());
                        if (!c.present() || s < 0) {
                            continue;
                        }
                        pupils[s]++;
                        if (w.levels().level(c) >= 2 && c.openPlans() == 0) {
                            unmet[s]++;
                        }
                        inNeed[s] += c.socialCareCase() ? 1 : 0;
                        protection[s] += c.protectionPlan() ? 1 : 0;
                        aged10to17[s] += c.age() >= Ages.YOUTH_JUSTICE_MIN ? 1 : 0;
                        if (c.firstTimeEntrant() && !entrantsBefore.contains(c.id())) {
                            newEntrants[s]++;
                        }
                    }
                    double weighted = 0, schoolReferrals = 0;
                    int allPupils = 0, allUnmet = 0;
                    for (int s = 0; s < schools; s++) {
                        String g = Measure.schoolGroup(s + 1);
                        double share = r.value(Measure.UNMET_NEED_SHARE, g);
                        assertEquals(unmet[s] / (double) pupils[s], share, 1e-12, g);
                        assertEquals(
                                inNeed[s] * 10_000.0 / pupils[s],
                                r.value(Measure.CHILDREN_IN_NEED_PER_10K, g),
                                1e-9,
                                g);
                        assertEquals(
                                protection[s] * 10_000.0 / pupils[s],
                                r.value(Measure.PROTECTION_PLANS_PER_10K, g),
                                1e-9,
                                g);
                        // The first month has no record of who was an entrant at day 0.
                        if (months[0] > 0) {
                            assertEquals(
                                    newEntrants[s] * 12 * 100_000.0 / aged10to17[s],
                                    r.value(Measure.FIRST_TIME_ENTRANTS_PER_100K_10_17_YEAR, g),
                                    1e-9,
                                    g + ", month " + r.month());
                            entrantsSeen[0] += newEntrants[s];
                            assertEquals(
                                    newEntrants[s],
                                    r.value(Measure.FIRST_TIME_ENTRANTS, g),
                                    1e-9,
                                    "entrants counted at " + g);
                            schoolEntrants[0] += newEntrants[s];
                        }
                        assertEquals(pupils[s], r.value(Measure.CHILDREN, g), 0.0, g);
                        assertEquals(aged10to17[s], r.value(Measure.AGED_10_17, g), 0.0, g);
                        // Referrals of the school's pupils to social care: a whole number.
                        double referred =
                                r.value(Measure.SOCIAL_CARE_REFERRALS_PER_10K_YEAR, g)
                                        * pupils[s]
                                        / 120_000;
                        assertEquals(Math.rint(referred), referred, 1e-6, "referrals at " + g);
                        schoolReferrals += referred;
                        weighted += share * pupils[s];
                        allPupils += pupils[s];
                        allUnmet += unmet[s];
                    }
                    assertEquals(allUnmet / (double) allPupils, weighted / allPupils, 1e-12);
                    assertTrue(
                            schoolEntrants[0]
                                    <= entrantsInAll[0] + r.value(Measure.FIRST_TIME_ENTRANTS),
                            "the schools' entrants are some of the locality's");
                    double allReferrals =
                            r.value(Measure.SOCIAL_CARE_REFERRALS_PER_10K_YEAR)
                                    * r.value(Measure.CHILDREN)
                                    / 120_000;
                    assertTrue(
                            schoolReferrals <= allReferrals + 1e-6,
                            "the schools' referrals are some of the locality's");
                    referralsSeen[0] += schoolReferrals;
                    entrantsInAll[0] += months[0] > 0 ? r.value(Measure.FIRST_TIME_ENTRANTS) : 0;
                    assertTrue(
                            allPupils < r.value(Measure.CHILDREN),
                            "the secondary schools' pupils are some of the children");
                    // The schools' groups and the children outside them make the locality: its
                    // children, and its children in need (with those looked after whose families
                    // moved away, who belong to no school here).
                    int others = 0, othersInNeed = 0, schoolsInNeed = 0;
                    for (Child c : w.population().children()) {
                        if (c.present() && secondaries.indexOf(c.school()) < 0) {
                            others++;
                            othersInNeed += c.socialCareCase() ? 1 : 0;
                        }
                    }
                    for (int s = 0; s < schools; s++) {
                        schoolsInNeed += inNeed[s];
                    }
                    double children = r.value(Measure.CHILDREN);
                    assertEquals(children, allPupils + others, 0.0, "children");
                    assertEquals(
                            r.value(Measure.CHILDREN_IN_NEED_PER_10K) * children / 10_000,
                            schoolsInNeed + othersInNeed + w.population().lookedAfterElsewhere(),
                            1e-6,
                            "children in need");
                    assertTrue(
                            Double.isNaN(r.value(Measure.UNMET_NEED_SHARE, Measure.schoolGroup(0)))
                                    && Double.isNaN(
                                            r.value(
                                                    Measure.UNMET_NEED_SHARE,
                                                    Measure.schoolGroup(schools + 1))),
                            "one group per secondary school, numbered from 1");
                    for (Child c : w.population().children()) {
                        if (c.firstTimeEntrant()) {
                            entrantsBefore.add(c.id());
                        }
                    }
                    months[0]++;
                });
        w.runToEnd();
        assertEquals(4, months[0]);
        assertTrue(entrantsSeen[0] > 0, "some pupils became first-time entrants");
        assertTrue(referralsSeen[0] > 0, "some pupils were referred to social care");
    }

    /** The host_school observations of a report: group to school number, in order. */
    private static Map<String, Integer> hosts(MonthlyReport r) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Observation o : r.observations()) {
            if (o.measure().equals(Measure.HOST_SCHOOL.key())) {
                out.put(o.group(), (int) o.value());
            }
        }
        return out;
    }

    @Test
    void aScenarioThatNamesItsHostSchoolsReportsExactlyThose() {
        ModelParameters p = SMALL.withHorizonDays(92);
        p = ParameterPaths.with(p, "interventions.coLocation.enabled", true);
        p = ParameterPaths.with(p, "interventions.coLocation.schools", 2);
        p = ParameterPaths.with(p, "interventions.coLocation.hostSchools", List.of(3, 1));
        p = ParameterPaths.with(p, "interventions.schoolPoliceOfficer.enabled", true);
        p = ParameterPaths.with(p, "interventions.schoolPoliceOfficer.hostSchools", List.of(2, 3));
        List<MonthlyReport> reports = World.run(p, 5);
        assertEquals(3, reports.size());
        for (MonthlyReport r : reports) {
            assertEquals(
                    Map.of(
                            "co_location.1",
                            3,
                            "co_location.2",
                            1,
                            "school_police_officer.1",
                            2,
                            "school_police_officer.2",
                            3),
                    hosts(r),
                    "month " + r.month());
            assertEquals(
                    List.of(
                            "co_location.1",
                            "co_location.2",
                            "school_police_officer.1",
                            "school_police_officer.2"),
                    new ArrayList<>(hosts(r).keySet()),
                    "in the order the interventions start and chose their schools");
        }
        for (MonthlyReport r : World.run(SMALL.withHorizonDays(61), 5)) {
            assertEquals(Map.of(), hosts(r), "the baseline has no host schools");
        }
    }
}
