package issim.experiments.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import issim.core.observe.Observation;
import issim.experiments.run.Replications;
import issim.experiments.run.Series;
import issim.experiments.stats.Statistics;
import issim.scenarios.Scenario;
import issim.scenarios.ScenarioLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The decision table on made-up replications whose answers are known: rates pooled child by child
 * over the host schools, a cost per outcome exactly where its outcome is judged better, the
 * locality-only case, and one replication giving no interval.
 */
class DecisionTableTest {
    private static final int MONTHS = 12;
    private static final String NI_111 =
            "First-time entrants per 100,000 aged 10-17 a year (NI 111)";

    /**
     * One replication's months. School 1 has 900 pupils (600 aged 10-17), school 2 has 100 (60);
     * the locality 4,000 children (1,500 aged 10-17). Each month school 1 and school 2 have {@code
     * entrants1[m]} and {@code entrants2[m]} first-time entrants, the locality {@code all[m]}.
     */
    private static Series replication(
            String scenario,
            int r,
            boolean hosted,
            double spending,
            int[] entrants1,
            int[] entrants2,
            int[] all) {
        List<MonthlyReport> reports = new ArrayList<>();
        for (int m = 0; m < MONTHS; m++) {
            List<Observation> o = new ArrayList<>();
            o.add(new Observation(Measure.CHILDREN, "all", 4_000));
            o.add(new Observation(Measure.AGED_10_17, "all", 1_500));
            o.add(new Observation(Measure.FIRST_TIME_ENTRANTS, "all", all[m]));
            o.add(
                    new Observation(
                            Measure.FIRST_TIME_ENTRANTS_PER_100K_10_17_YEAR,
                            "all",
                            all[m] * 12 * 100_000.0 / 1_500));
            o.add(new Observation(Measure.COST, "all", spending));
            int[][] entrants = {entrants1, entrants2};
            int[] pupils = {900, 100}, older = {600, 60};
            for (int s = 0; s < 2; s++) {
                String g = Measure.schoolGroup(s + 1);
                o.add(new Observation(Measure.CHILDREN, g, pupils[s]));
                o.add(new Observation(Measure.AGED_10_17, g, older[s]));
                o.add(new Observation(Measure.FIRST_TIME_ENTRANTS, g, entrants[s][m]));
                o.add(
                        new Observation(
                                Measure.FIRST_TIME_ENTRANTS_PER_100K_10_17_YEAR,
                                g,
                                entrants[s][m] * 12 * 100_000.0 / older[s]));
            }
            if (hosted) {
                o.add(new Observation(Measure.HOST_SCHOOL, "co_location.1", 1));
                o.add(new Observation(Measure.HOST_SCHOOL, "co_location.2", 2));
            }
            reports.add(new MonthlyReport(m, 30.0 * (m + 1), o));
        }
        return Replications.series(scenario, r, reports);
    }

    private static int[] each(int n) {
        int[] v = new int[MONTHS];
        java.util.Arrays.fill(v, n);
        return v;
    }

    /** {@code n} each month, but {@code fewer} months at the start with {@code n - 1}. */
    private static int[] fewerAtFirst(int n, int fewer) {
        int[] v = each(n);
        for (int m = 0; m < fewer; m++) {
            v[m] = n - 1;
        }
        return v;
    }

    /**
     * Four replications: the hosted scenario has fewer entrants in school 1 in every one (a clear
     * fall among the exposed), while across the locality it has one more or one fewer by turns (no
     * clear change); it spends 100 a month more.
     */
    private static List<List<Series>> comparison(int replications, boolean hosted) {
        List<Series> base = new ArrayList<>(), scenario = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            base.add(replication("baseline", r, false, 1_000, each(1), each(1), each(5)));
            int[] locality = each(5);
            locality[0] = r % 2 == 0 ? 6 : 4;
            scenario.add(
                    replication("co", r, hosted, 1_100, fewerAtFirst(1, 3 + r), each(1), locality));
        }
        return List.of(base, scenario);
    }

    private static String render(List<List<Series>> results) throws Exception {
        StringBuilder h = new StringBuilder();
        Scenario baseline = ScenarioLoader.load("baseline");
        DecisionTable.render(h, results, List.of(baseline, baseline), 1);
        return h.toString();
    }

    /** The cells of the row whose first cell is {@code label}. */
    private static List<String> cells(String html, String label) {
        String row =
                html.lines()
                        .filter(l -> l.startsWith("<tr><td>" + label + "</td>"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(label + " in " + html));
        return java.util.Arrays.stream(row.split("<td[^>]*>"))
                .skip(1)
                .map(c -> c.replaceAll("</td>|</tr>", ""))
                .collect(Collectors.toList());
    }

    @Test
    void theExposedGroupsRateIsPooledChildByChild() throws Exception {
        List<String> ni111 = cells(render(comparison(4, true)), NI_111);
        // 12 entrants a year in each school, over 600 + 60 aged 10-17: 3,636.4 per 100,000; each
        // school counting equally would give 11,000.
        assertEquals("3,636.4", ni111.get(1), ni111.toString());
        assertEquals("4,000.0", ni111.get(4), "the locality: 60 a year over 1,500 aged 10-17");
    }

    @Test
    void anOutcomeIsPricedExactlyWhereItIsJudgedBetter() throws Exception {
        String html = render(comparison(4, true));
        List<String> ni111 = cells(html, NI_111);
        List<String> price = cells(html, "Cost per first-time entrant avoided");
        assertEquals("▼ better", ni111.get(3), "the exposed group's fall is clear");
        assertEquals("no clear difference", ni111.get(6), "the locality's is not");
        assertTrue(price.get(1).endsWith("per entrant avoided"), "priced: " + price);
        assertEquals("none: the outcome is not clearly better", price.get(2), price.toString());
        // 1,200 more spent per replication over 3 + r fewer entrants: 1,200 × 4 / 18 = 266.7.
        assertTrue(price.get(1).startsWith("267 ("), price.get(1));
        assertTrue(
                html.contains("<b>Entrants avoided or put off?</b>"),
                "fewer entrants among pupils but not across the locality is flagged");
        List<String> cost = cells(html, "Full extra cost: spending, practitioner time, placements");
        assertEquals("1,200 (1,200 to 1,200)", cost.get(1));
    }

    @Test
    void aScenarioWithoutHostSchoolsIsJudgedOnTheLocalityOnly() throws Exception {
        String html = render(comparison(4, false));
        assertTrue(html.contains("<b>Exposed:</b> the whole locality"), html);
        List<String> ni111 = cells(html, NI_111);
        assertEquals(List.of("", "", ""), ni111.subList(1, 4), "no exposed group's cells");
        assertEquals("no clear difference", ni111.get(6));
        assertFalse(html.contains("Entrants avoided or put off?"), "no exposed group to flag");
    }

    @Test
    void oneReplicationGivesNoIntervalAndNoPrice() throws Exception {
        String html = render(comparison(1, true));
        List<String> ni111 = cells(html, NI_111);
        assertTrue(ni111.get(2).endsWith(" (n/a)"), ni111.get(2));
        assertEquals("n/a", ni111.get(3));
        assertEquals(
                "n/a (one replication)", cells(html, "Cost per first-time entrant avoided").get(1));
        assertTrue(html.contains("With one replication there is no interval"), html);
    }

    @Test
    void theDemandSentenceSaysMoreNeedOnlyWhereChildrenInNeedRise() {
        Statistics up = Statistics.of(new double[] {10, 12, 11, 13}),
                flat = Statistics.of(new double[] {-2, 3, -1, 1}),
                down = Statistics.of(new double[] {-10, -12, -11, -13});
        String referralsOnly = DecisionTable.demandSentence(up, flat, flat, flat, 4);
        assertTrue(referralsOnly.contains("more referrals, though no clear"), referralsOnly);
        assertFalse(referralsOnly.contains("finds more need"), referralsOnly);
        assertTrue(referralsOnly.contains("referrals rise by 11.5 per 10,000 a year (95% CI +"));
        String more = DecisionTable.demandSentence(flat, up, flat, flat, 4);
        assertTrue(more.contains("finds more need"), more);
        String fewer = DecisionTable.demandSentence(down, down, flat, flat, 4);
        assertTrue(fewer.contains("referrals fall by 11.5 per 10,000 a year (95% CI -"), fewer);
        assertTrue(fewer.contains("show no clear change (+0.3 per 10,000 a year, 95% CI"), fewer);
        assertFalse(fewer.contains("plan its"), "nothing to plan for when demand falls: " + fewer);
    }

    @Test
    void entrantsAvoidedAtSchoolButNotAcrossTheLocalityAreFlagged() {
        Statistics fewer = Statistics.of(new double[] {-10, -12, -11, -13}),
                unclear = Statistics.of(new double[] {-2, 3, -1, 1});
        assertTrue(DecisionTable.postponed(fewer, unclear).contains("avoided or put off"));
        assertEquals("", DecisionTable.postponed(fewer, fewer), "fewer in both: nothing to flag");
        assertEquals("", DecisionTable.postponed(unclear, unclear));
    }
}
