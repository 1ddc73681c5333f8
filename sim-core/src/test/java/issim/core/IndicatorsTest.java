package issim.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.model.Child;
import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import issim.core.observe.ReferralSource;
import issim.core.params.ModelParameters;
import issim.core.process.Calendar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The planners' indicators (docs/ODD.md §4.11): NEET as a state that persists and includes
 * 18-year-olds, and England's yearly returns observed at 31 March over whole financial years.
 */
class IndicatorsTest {
    private static final ModelParameters FIVE_YEARS = TestWorlds.small(5 * 365);

    @Test
    void neetIsAStateThatPersistsAndCountsEighteenYearOlds() {
        World w = TestWorlds.started(FIVE_YEARS, 3);
        stepTo(w, FIVE_YEARS.warmupDays() + 2 * 365 + 100);
        int stayed = 0, were = 0, adultAge = 0;
        List<Child> neetBefore = new ArrayList<>();
        int adults = w.population().youngAdults().size();
        for (Child c : w.population().youngAdults()) {
            assertTrue(!c.present(), "a young adult has left the locality");
            double years = (w.now() - c.birthTime()) / Calendar.YEAR;
            adultAge += years >= 18 && years < 20 ? 1 : 0;
        }
        for (Child c : w.population().everyChild()) {
            if (c.neet()) {
                neetBefore.add(c);
            }
        }
        stepTo(w, w.schedule.getTime() + Calendar.MONTH);
        for (Child c : neetBefore) {
            were++;
            stayed += c.neet() ? 1 : 0;
        }
        // Those who left at 18 and were not yet 19 on the last 31 August: between one and two
        // years of leavers, and 2,000 children over 18 years make about 111 a year.
        assertTrue(adults > 80 && adults < 260, "young adults followed: " + adults);
        assertEquals(adults, adultAge, "every young adult followed is 18 or 19 years old");
        assertTrue(were > 20, "NEET young people: " + were);
        // A monthly exit hazard of about 0.15 keeps most NEET young people NEET from one month to
        // the next; a threshold on a fluctuating index would not.
        assertTrue(stayed > 0.6 * were, stayed + " of " + were + " still NEET a month later");
    }

    @Test
    void eachSchoolsYear8CohortIsFollowedToEighteen() {
        ModelParameters sixYears = TestWorlds.small(6 * 365);
        List<MonthlyReport> run = World.run(sixYears, 5);
        int schools = sixYears.locality().secondarySchools();
        for (int s = 1; s <= schools; s++) {
            String g = Measure.cohortGroup(s);
            double before = 0;
            Integer firstNeet = null;
            for (MonthlyReport r : run) {
                double ever = r.value(Measure.COHORT_EVER_FIRST_TIME_ENTRANT_SHARE, g);
                assertTrue(ever >= before, g + ": a share ever an entrant never falls");
                before = ever;
                if (firstNeet == null && !Double.isNaN(r.value(Measure.COHORT_NEET_SHARE, g))) {
                    firstNeet = r.month();
                }
            }
            assertTrue(before > 0, g + ": some of the cohort become entrants by 18");
            // Year 8 on day 0 is Year 12, past compulsory school, four school years later.
            assertEquals(48, firstNeet, g + ": NEET is counted from Year 12");
        }
    }

    /** Runs the world's coarse steps and events to schedule time {@code time}. */
    private static void stepTo(World w, double time) {
        for (int guard = 0; guard < 100_000 && w.schedule.getTime() < time; guard++) {
            w.schedule.step(w);
        }
    }

    @Test
    void yearlyReturnsAreObservedAtEachThirtyFirstOfMarchAfterAWholeFinancialYear() {
        List<MonthlyReport> run = World.run(FIVE_YEARS, 4);
        List<Integer> march = new ArrayList<>();
        for (MonthlyReport r : run) {
            if (!Double.isNaN(r.value(Measure.FIRST_TIME_ENTRANTS_PER_100K_FY))) {
                march.add(r.month());
            }
        }
        // Day 0 is a 1st of September: month 7 ends on 31 March but its financial year began
        // before day 0, so the first whole year ends with month 19, then every twelve months.
        assertEquals(List.of(19, 31, 43, 55), march);
        MonthlyReport r = run.get(18);
        assertEquals(19, r.month());
        double shares =
                java.util.Arrays.stream(ReferralSource.values())
                        .mapToDouble(s -> r.value(Measure.REFERRAL_SOURCE_SHARE_FY, s.key()))
                        .sum();
        double flowSum =
                run.subList(7, 19).stream()
                        .mapToDouble(m -> m.value(Measure.SOCIAL_CARE_REFERRALS_PER_10K_YEAR) / 12)
                        .sum();
        double yearly = r.value(Measure.SOCIAL_CARE_REFERRALS_PER_10K_FY);
        double share = r.value(Measure.RE_REFERRAL_SHARE_FY);
        double repeat = r.value(Measure.REPEAT_PROTECTION_PLAN_SHARE_FY);
        double assessed = r.value(Measure.REFERRALS_TO_ASSESSMENT_SHARE_FY);
        double finalInNeed = r.value(Measure.CHILDREN_IN_NEED_PER_10K_31_MARCH);
        assertAll(
                () -> assertEquals(1, shares, 1e-9, "the sources of referral make all referrals"),
                // The monthly rates are per the month's children, the year's per those at 31 March.
                () -> assertEquals(flowSum, yearly, 0.03 * yearly, "the year is its twelve months"),
                () -> assertTrue(share > 0 && share < 1, "re-referral share " + share),
                () -> assertTrue(repeat >= 0 && repeat < 1, "repeat share " + repeat),
                () -> assertTrue(assessed > 0 && assessed <= 1, "assessed share " + assessed),
                () -> assertEquals(r.value(Measure.CHILDREN_IN_NEED_PER_10K), finalInNeed, 1e-9));
    }
}
