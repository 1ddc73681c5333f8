package issim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.observe.Measure;
import issim.experiments.output.OutputFiles;
import issim.scenarios.RunSettings;
import issim.scenarios.ScenarioLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The issim command end to end, through its real entry point, on a small locality and a short
 * horizon.
 */
class CliTest {
    @TempDir static Path dir;
    static Path small, smallCo, compared;

    /** What one invocation printed and returned. */
    record Result(int status, String out, String err) {}

    static Result issim(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status =
                Issim.execute(
                        args,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(
                status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void smallScenarios() throws Exception {
        small = dir.resolve("small.yaml");
        Files.writeString(
                small,
                """
                # A small locality for tests.
                extends: baseline
                description: "small silo"
                run:
                  warmupDays: 365
                  replications: 3
                locality:
                  children: 1500
                  primarySchools: 3
                  secondarySchools: 3
                """);
        smallCo = dir.resolve("small-co.yaml");
        Files.writeString(
                smallCo,
                """
                extends: small.yaml
                description: "small, co-located"
                interventions:
                  coLocation:
                    enabled: true
                    schools: 3
                """);
        compared = dir.resolve("compared");
        Result r =
                issim(
                        "compare",
                        small.toString(),
                        smallCo.toString(),
                        "--years",
                        "2",
                        "--threads",
                        "2",
                        "--out",
                        compared.toString());
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void compareWritesEveryDocumentedFile() throws Exception {
        for (String f : OutputFiles.FILES) {
            assertTrue(Files.size(compared.resolve(f)) > 0, f);
        }
        List<String> ts = Files.readAllLines(compared.resolve("timeseries.csv"));
        assertEquals("scenario,replication,seed,day,month,measure,group,value", ts.get(0));
        assertTrue(ts.size() > 3 * 2 * 24 * 100, "every observation of every month of every run");
        List<String> summary = Files.readAllLines(compared.resolve("summary.csv"));
        assertEquals(
                "scenario,measure,group,replications,mean,sd,ci95_low,ci95_high,diff_from_baseline,diff_ci95_low,diff_ci95_high,pct_change",
                summary.get(0));
        String manifest = Files.readString(compared.resolve("manifest.json"));
        for (String key :
                List.of(
                        "\"issim\"",
                        "\"seeds\" : [ 1, 2, 3 ]",
                        "\"threads\" : 2",
                        "\"started\"",
                        "\"finished\"",
                        "\"inputHash\" : \"sha256:",
                        "\"resolved\"",
                        "children: 1500")) {
            assertTrue(manifest.contains(key), "manifest should hold " + key);
        }
    }

    @Test
    void theSummaryIsComputedFromTheTimeseries() throws Exception {
        // Recompute: per replication the mean of the monthly values, then the mean over
        // replications.
        Map<String, double[]> sums = new HashMap<>();
        try (Stream<String> lines = Files.lines(compared.resolve("timeseries.csv"))) {
            lines.skip(1)
                    .forEach(
                            l -> {
                                String[] f = l.split(",", -1);
                                if (f[5].equals("unmet_need_share") && f[6].equals("all")) {
                                    double[] s =
                                            sums.computeIfAbsent(
                                                    f[0] + "/" + f[1], k -> new double[2]);
                                    s[0] += Double.parseDouble(f[7]);
                                    s[1]++;
                                }
                            });
        }
        for (String scenario : List.of("small", "small-co")) {
            double mean = 0;
            for (int r = 0; r < 3; r++) {
                double[] s = sums.get(scenario + "/" + r);
                mean += s[0] / s[1] / 3;
            }
            String row =
                    Files.readAllLines(compared.resolve("summary.csv")).stream()
                            .filter(l -> l.startsWith(scenario + ",unmet_need_share,all,"))
                            .findFirst()
                            .orElseThrow();
            assertEquals(mean, Double.parseDouble(row.split(",", -1)[4]), 1e-12, row);
        }
        String co =
                Files.readAllLines(compared.resolve("summary.csv")).stream()
                        .filter(l -> l.startsWith("small-co,unmet_need_share,all,"))
                        .findFirst()
                        .orElseThrow();
        assertFalse(
                co.endsWith(",,,"), "a comparison reports the difference from the baseline: " + co);
    }

    /** The fields of one CSV line, quotes removed. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                f.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }

    @Test
    void measuresCsvDescribesEveryMeasureInTheCatalogue() throws Exception {
        List<String> lines = Files.readAllLines(compared.resolve("measures.csv"));
        assertEquals("measure,label,unit,better,grouping", lines.get(0));
        Measure[] catalogue = Measure.values();
        assertEquals(catalogue.length + 1, lines.size(), "one row per measure");
        Set<String> listed = new TreeSet<>();
        for (int i = 0; i < catalogue.length; i++) {
            Measure m = catalogue[i];
            assertEquals(
                    List.of(
                            m.key(),
                            m.label(),
                            m.unit(),
                            m.better().name().toLowerCase(Locale.ROOT),
                            m.grouping().name().toLowerCase(Locale.ROOT)),
                    fields(lines.get(i + 1)),
                    "row " + (i + 1) + ", in catalogue order");
            listed.add(m.key());
        }
        Set<String> observed = new TreeSet<>();
        try (Stream<String> ts = Files.lines(compared.resolve("timeseries.csv"))) {
            ts.skip(1).forEach(l -> observed.add(l.split(",", -1)[5]));
        }
        observed.removeAll(listed);
        assertEquals(Set.of(), observed, "measures in timeseries.csv missing from measures.csv");
    }

    @Test
    void theReportIsSelfContainedAndCarriesTheFigures() throws Exception {
        String html = Files.readString(compared.resolve("report.html"));
        // Base64 image data can spell anything by chance; the rest of the page must not mention
        // http at all.
        String page =
                html.replaceAll(
                        "data:image/svg\\+xml;base64,[A-Za-z0-9+/=]+",
                        "data:image/svg+xml;base64,");
        assertFalse(page.contains("http"), "no external reference of any kind");
        Matcher src = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
        int images = 0;
        while (src.find()) {
            assertTrue(
                    src.group(1).startsWith("data:image/svg+xml;base64,"),
                    "only embedded images: " + src.group(1));
            images++;
        }
        assertEquals(
                OutputFiles.FILES.stream().filter(f -> f.endsWith(".svg")).count(),
                images,
                "every figure embedded");
        for (String section :
                List.of(
                        "What was run",
                        "Outcome curves",
                        "Trust between agencies",
                        "Effects against the baseline",
                        "The decision in one table",
                        "Costs over the horizon",
                        "How each intervention works, and on what evidence",
                        "Co-location in schools",
                        "000 case study 3",
                        "Caveats",
                        "small, co-located")) {
            assertTrue(html.contains(section), section);
        }
        assertTrue(html.contains("class=\"heat\""), "trust matrix heat maps");
    }

    @Test
    void aComparisonDrawsThePairedDifferencesFromTheBaseline() throws Exception {
        for (String f : List.of("differences.png", "differences.svg")) {
            assertTrue(OutputFiles.FILES.contains(f), f);
            assertTrue(Files.size(compared.resolve(f)) > 0, f);
            assertTrue(
                    Files.readString(compared.resolve("manifest.json")).contains("\"" + f + "\""),
                    "the manifest lists " + f);
        }
        String svg = Files.readString(compared.resolve("differences.svg"));
        assertTrue(svg.contains("baseline"), "the line at zero is labelled");
        assertTrue(svg.contains("lower is better"), "panels say which way is better");
        String html = Files.readString(compared.resolve("report.html"));
        int levels = html.indexOf("<figcaption>Costs</figcaption>");
        int differences = html.indexOf("<h3>Differences from the baseline</h3>");
        assertTrue(levels > 0 && differences > levels, "the differences follow the levels");
    }

    /**
     * The baseline beside England and the borough's own returns (docs/ODD.md §9): a figure more
     * than 25% from England's rate warns, unless the borough's own return, where given, is near it.
     */
    @Test
    void theReportWarnsWhereTheBaselineIsFarFromEnglandAndFromTheBoroughsOwnReturn()
            throws Exception {
        // Practitioners who refer only the gravest concerns: referrals about a third below England.
        Path reticent = dir.resolve("reticent.yaml");
        Files.writeString(
                reticent,
                """
                extends: small.yaml
                description: "reticent referrers"
                sharing:
                  safeguardingSeverity: 0.3
                """);
        String label = Measure.SOCIAL_CARE_REFERRALS_PER_10K_FY.label();
        Path first = dir.resolve("reticent-run");
        String warning = warningOf(reticent, first);
        assertTrue(warning.contains("far from England's rate in:"), warning);
        assertTrue(warning.contains(label), "far from England, no own return: " + warning);
        double model =
                meanOf(
                        Files.readAllLines(first.resolve("summary.csv")),
                        "reticent",
                        "social_care_referrals_per_10k_fy",
                        List.of("all"),
                        4);
        assertTrue(Math.abs(model / 550 - 1) > 0.25, "the premise: far from England, " + model);
        // The borough's own return is the baseline's own value: near it, so no warning for it.
        assertFalse(warningOf(withOwnReferrals(model), dir.resolve("own-near")).contains(label));
        // Twice the baseline: far from both, and the warning says so.
        String both = warningOf(withOwnReferrals(2 * model), dir.resolve("own-far"));
        assertTrue(
                both.contains("and from the borough's own return") && both.contains(label), both);
    }

    private static Path withOwnReferrals(double per10k) throws Exception {
        Path p = dir.resolve("reticent-own-" + Math.round(per10k) + ".yaml");
        Files.writeString(
                p,
                String.format(
                        Locale.ROOT,
                        "extends: reticent.yaml%nlocality:%n  returns:%n    referralsPer10k: %.6f%n",
                        per10k));
        return p;
    }

    /** The report's warning paragraph for a run of {@code scenario}, or "" if it has none. */
    private static String warningOf(Path scenario, Path out) throws Exception {
        Result r =
                issim(
                        "run",
                        scenario.toString(),
                        "--years",
                        "2",
                        "--replications",
                        "2",
                        "--out",
                        out.toString());
        assertEquals(0, r.status(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        int at = html.indexOf("<b>⚠ Warning.</b>");
        return at < 0 ? "" : html.substring(at, html.indexOf("</p>", at));
    }

    /** The mean of a summary.csv column over the rows of a scenario, measure and groups. */
    private static double meanOf(
            List<String> summary,
            String scenario,
            String measure,
            List<String> groups,
            int column) {
        double sum = 0;
        for (String group : groups) {
            String prefix = scenario + "," + measure + "," + group + ",";
            sum +=
                    Double.parseDouble(
                            summary.stream()
                                    .filter(l -> l.startsWith(prefix))
                                    .findFirst()
                                    .orElseThrow()
                                    .split(",", -1)[column]);
        }
        return sum / groups.size();
    }

    /**
     * The report opens with the decision table (docs/ODD.md §7.13): for the scenario, who is
     * exposed, each indicator's change among them and across the locality, demand, full extra cost
     * and cost per outcome; then the baseline beside England, what was run, and the diagnostics.
     */
    @Test
    void theReportOpensWithTheDecisionTable() throws Exception {
        String html = Files.readString(compared.resolve("report.html"));
        int decision = html.indexOf("<h2>The decision in one table</h2>");
        int england = html.indexOf("<h2>The baseline beside England and the borough's own returns");
        int run = html.indexOf("<h2>What was run</h2>");
        int curves = html.indexOf("<h2>Outcome curves</h2>");
        int diagnostics = html.indexOf("<h2>Effects against the baseline: every measure</h2>");
        assertTrue(
                html.indexOf("</h1>") < decision
                        && html.substring(html.indexOf("</h1>"), decision).indexOf("<h2>") < 0
                        && decision < england
                        && england < run
                        && run < curves
                        && curves < diagnostics,
                "the decision first, then the baseline beside England, what was run, the"
                        + " diagnostics last");
        String section = html.substring(decision, england);
        assertTrue(section.contains("<h3>small-co</h3>"), section);
        assertTrue(
                section.contains(
                        "<b>Exposed:</b> the pupils of the host schools (co-location: secondary"
                                + " school 1, secondary school 2, secondary school 3 in every"
                                + " replication)"),
                section);
        assertTrue(section.contains("<b>Why:</b> Co-location in schools: "), "why, in words");
        List<String> rows =
                section.lines().filter(l -> l.startsWith("<tr><td>")).collect(Collectors.toList());
        List<String> labels =
                rows.stream()
                        .map(l -> l.substring(8, l.indexOf("</td>")))
                        .collect(Collectors.toList());
        assertEquals("First-time entrants per 100,000 aged 10-17 a year (NI 111)", labels.get(0));
        for (String expected :
                List.of(
                        "NEET at 16-18 (NI 117); exposed: the Year 8 cohort once 16-18",
                        "Share of children with unmet need",
                        "Referrals to social care per 10,000 a year",
                        "Children in need per 10,000",
                        "Full extra cost: spending, practitioner time, placements",
                        "Cost per first-time entrant avoided",
                        "Cost per child-year of unmet need avoided")) {
            assertTrue(labels.contains(expected), expected + " in " + labels);
        }
        // The exposed group's unmet need, pooled child by child over the three host schools and
        // every month, recomputed from timeseries.csv: the baseline's mean and the paired change.
        Map<String, double[]> sums = new HashMap<>();
        try (Stream<String> ts = Files.lines(compared.resolve("timeseries.csv"))) {
            ts.skip(1)
                    .map(l -> l.split(",", -1))
                    .filter(f -> f[6].startsWith("secondary_school_"))
                    .filter(f -> f[5].equals("unmet_need_share") || f[5].equals("children"))
                    .forEach(
                            f -> {
                                String at = f[0] + "," + f[1] + "," + f[4] + "," + f[6];
                                double[] v = sums.computeIfAbsent(at, k -> new double[2]);
                                v[f[5].equals("children") ? 1 : 0] = Double.parseDouble(f[7]);
                            });
        }
        double[][] unmet = new double[2][3], pupils = new double[2][3];
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            String[] at = e.getKey().split(",");
            int scenario = at[0].equals("small") ? 0 : 1, replication = Integer.parseInt(at[1]);
            unmet[scenario][replication] += e.getValue()[0] * e.getValue()[1];
            pupils[scenario][replication] += e.getValue()[1];
        }
        double baseline = 0, change = 0;
        for (int r = 0; r < 3; r++) {
            baseline += unmet[0][r] / pupils[0][r] / 3;
            change += (unmet[1][r] / pupils[1][r] - unmet[0][r] / pupils[0][r]) / 3;
        }
        String row = rows.get(labels.indexOf("Share of children with unmet need"));
        // A share in per cent, its change in percentage points.
        String base = String.format(Locale.ROOT, "%.1f%%", 100 * baseline);
        String diff = String.format(Locale.ROOT, change >= 0 ? "+%.2f" : "%.2f", 100 * change);
        assertTrue(row.contains(">" + base + "</td>"), base + " in " + row);
        assertTrue(row.contains(">" + diff + " ("), diff + " in " + row);
        assertTrue(row.contains(") points</td>"), "a share's change is in points: " + row);
        assertTrue(section.contains("<b>Demand on children's social care.</b>"), section);
        assertFalse(
                html.contains("<h2>Effects in the host schools</h2>"),
                "one table of the exposed group's effects, not two");
    }

    @Test
    void effectCellsCarryOneClassAndSayBetterOrWorseInWords() throws Exception {
        String html = Files.readString(compared.resolve("report.html"));
        Matcher cell = Pattern.compile("<td([^>]*)>").matcher(html);
        while (cell.find()) {
            String attributes = cell.group(1);
            assertTrue(
                    attributes.indexOf("class=") == attributes.lastIndexOf("class="),
                    "one class attribute: <td" + attributes + ">");
        }
        // Co-location raises trust between agencies on every seed: a clear improvement.
        String trust =
                html.lines()
                        .filter(l -> l.startsWith("<tr><td>Trust between agencies</td>"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(trust.contains("<td class=\"n good\">▲ better</td>"), trust);
        assertTrue(html.contains(">no clear difference</td>"), "intervals that include zero");
        // Cost has no better direction: never judged.
        String cost =
                html.lines()
                        .filter(l -> l.startsWith("<tr><td>Cost per month (GBP)</td>"))
                        .findFirst()
                        .orElseThrow();
        assertFalse(
                cost.contains("better") || cost.contains("worse") || cost.contains("no clear"),
                cost);
    }

    @Test
    void oneReplicationHasNoIntervalNotAZeroWidthOne() throws Exception {
        Path one = dir.resolve("one-replication");
        Result r =
                issim(
                        "compare",
                        small.toString(),
                        smallCo.toString(),
                        "--years",
                        "0.5",
                        "--replications",
                        "1",
                        "--out",
                        one.toString());
        assertEquals(0, r.status(), r.err());
        List<String> summary = Files.readAllLines(one.resolve("summary.csv"));
        List<String> header = fields(summary.get(0));
        int sd = header.indexOf("sd"), low = header.indexOf("ci95_low");
        int high = header.indexOf("ci95_high");
        int diffLow = header.indexOf("diff_ci95_low"), diffHigh = header.indexOf("diff_ci95_high");
        for (String line : summary.subList(1, summary.size())) {
            List<String> f = fields(line);
            assertEquals("1", f.get(header.indexOf("replications")), line);
            assertFalse(f.get(header.indexOf("mean")).isEmpty(), line);
            for (int i : new int[] {sd, low, high, diffLow, diffHigh}) {
                assertEquals("", f.get(i), header.get(i) + " in " + line);
            }
        }
        String unmet =
                summary.stream()
                        .filter(l -> l.startsWith("small-co,unmet_need_share,all,"))
                        .findFirst()
                        .orElseThrow();
        assertFalse(
                fields(unmet).get(header.indexOf("diff_from_baseline")).isEmpty(),
                "a difference, without an interval: " + unmet);
        String html = Files.readString(one.resolve("report.html"));
        String trust =
                html.lines()
                        .filter(l -> l.startsWith("<tr><td>Trust between agencies</td>"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(trust.contains("<td class=\"n\">n/a</td>"), trust);
        assertFalse(trust.contains(" to "), "no interval: " + trust);
        assertFalse(html.contains("better</td>") || html.contains("worse</td>"), "nothing judged");
        assertTrue(html.contains("no band"), "the figures say why they have no band");
        assertTrue(Files.size(one.resolve("differences.svg")) > 0);
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() throws Exception {
        Path one = dir.resolve("threads-1");
        Result r =
                issim(
                        "compare",
                        small.toString(),
                        smallCo.toString(),
                        "--years",
                        "2",
                        "--threads",
                        "1",
                        "--out",
                        one.toString());
        assertEquals(0, r.status(), r.err());
        for (String f : OutputFiles.FILES) {
            if (!f.equals("manifest.json")) {
                assertArrayEquals(
                        Files.readAllBytes(compared.resolve(f)),
                        Files.readAllBytes(one.resolve(f)),
                        f + " differs");
            }
        }
    }

    @Test
    void runWritesOneScenarioWithoutComparisons() throws Exception {
        Path out = dir.resolve("run");
        Result r =
                issim(
                        "run",
                        small.toString(),
                        "--years",
                        "1",
                        "--replications",
                        "2",
                        "--seed",
                        "7",
                        "--out",
                        out.toString());
        assertEquals(0, r.status(), r.err());
        List<String> ts = Files.readAllLines(out.resolve("timeseries.csv"));
        assertTrue(ts.get(1).startsWith("small,0,7,"), ts.get(1));
        assertTrue(
                Files.readAllLines(out.resolve("summary.csv")).get(1).endsWith(",,,"),
                "no baseline, no difference");
        for (String f : OutputFiles.COMPARISON_ONLY) {
            assertFalse(Files.exists(out.resolve(f)), "no baseline, no " + f);
            assertFalse(
                    Files.readString(out.resolve("manifest.json")).contains("\"" + f + "\""),
                    "the manifest lists only what was written");
        }
        try (Stream<Path> written = Files.list(out)) {
            assertEquals(
                    new TreeSet<>(OutputFiles.files(false)),
                    written.map(p -> p.getFileName().toString())
                            .collect(Collectors.toCollection(TreeSet::new)),
                    "a run writes exactly its listed files");
        }
        assertTrue(r.out().contains("wrote " + out.toAbsolutePath()));
        assertArrayEquals(
                Files.readAllBytes(compared.resolve("measures.csv")),
                Files.readAllBytes(out.resolve("measures.csv")),
                "the data dictionary does not depend on what was run");
    }

    @Test
    void badArgumentsExitWithTwoAndOneClearMessage() throws Exception {
        Result flag = issim("run", "--replicatons", "3");
        assertEquals(2, flag.status());
        assertEquals(
                "issim: --replicatons: expected an option of issim run (did you mean"
                        + " --replications?), found the unknown option '--replicatons'\n",
                flag.err());

        Result zero =
                issim(
                        "run",
                        small.toString(),
                        "--replications",
                        "0",
                        "--out",
                        dir.resolve("never").toString());
        assertEquals(2, zero.status());
        assertEquals(
                "issim: --replications: expected a whole number from 1 to 100000, found 0\n",
                zero.err());
        assertFalse(Files.exists(dir.resolve("never")), "nothing written");

        Result number = issim("run", "--years", "ten");
        assertEquals(2, number.status());
        assertEquals("issim: --years: expected a number, found 'ten'\n", number.err());

        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "locality:\n  childen: 5000\n");
        Result scenario = issim("run", bad.toString(), "--out", dir.resolve("never2").toString());
        assertEquals(2, scenario.status());
        assertEquals(
                bad
                        + ":2:3: locality.childen: expected one of the keys of 'locality' (did you mean 'children'?), found the unknown key 'childen'\n",
                scenario.err());
        assertFalse(Files.exists(dir.resolve("never2")));

        Result exists =
                issim("run", small.toString(), "--years", "1", "--out", compared.toString());
        assertEquals(2, exists.status());
        assertTrue(
                exists.err()
                        .startsWith("issim: --out: expected a directory that does not exist yet"),
                exists.err());

        Result lonely = issim("compare", "baseline");
        assertEquals(2, lonely.status());
        assertEquals(
                "issim: compare: expected a baseline and at least one scenario, found only baseline\n",
                lonely.err());
    }

    /** A bundled scenario with replications of its own. */
    private static Path mine(Path dir) throws Exception {
        return Files.writeString(
                dir.resolve("mine.yaml"),
                """
                extends: co-location
                run:
                  replications: 3
                """);
    }

    @Test
    void aComparedScenarioWithItsOwnRunSettingsIsRefused(@TempDir Path own) throws Exception {
        Path mine = mine(own);
        RunSettings baseline = ScenarioLoader.load("baseline").run();
        int baselineWarmup = ScenarioLoader.load("baseline").parameters().warmupDays();
        Path out = own.resolve("out");
        Result r = issim("compare", "baseline", mine.toString(), "--out", out.toString());
        assertEquals(2, r.status());
        assertEquals(
                "issim: compare: scenario '"
                        + mine
                        + "' sets run.replications to 3 but the baseline 'baseline' sets "
                        + baseline.replications()
                        + "; a comparison runs every scenario on the baseline's settings: remove it"
                        + " from '"
                        + mine
                        + "', or set it on the command line with --replications\n",
                r.err());
        assertEquals("", r.out());

        // The warm-up has no flag: it can only be removed.
        Path warm = own.resolve("warm.yaml");
        Files.writeString(
                warm,
                """
                extends: co-location
                run:
                  warmupDays: 100
                  replications: 3
                """);
        Result both = issim("compare", "baseline", warm.toString(), "--out", out.toString());
        assertEquals(2, both.status());
        assertEquals(
                "issim: compare: scenario '"
                        + warm
                        + "' sets run.warmupDays to 100 and run.replications to 3 but the baseline"
                        + " 'baseline' sets them to "
                        + baselineWarmup
                        + " and "
                        + baseline.replications()
                        + "; a comparison runs every scenario on the baseline's settings:"
                        + " remove them from '"
                        + warm
                        + "', or set run.replications on the command line with --replications"
                        + " and remove run.warmupDays\n",
                both.err());
        Result flagged =
                issim(
                        "compare",
                        "baseline",
                        warm.toString(),
                        "--replications",
                        "1",
                        "--out",
                        out.toString());
        assertEquals(2, flagged.status());
        assertTrue(
                flagged.err().contains("' sets run.warmupDays to 100 but the baseline 'baseline'"),
                flagged.err());

        try (Stream<Path> left = Files.list(own)) {
            assertEquals(
                    List.of(mine, warm),
                    left.sorted().toList(),
                    "nothing written, not even a staging directory");
        }
    }

    @Test
    void aComparedScenariosRunSettingAppliesWhenTheCommandLineSetsIt(@TempDir Path own)
            throws Exception {
        Path mine = mine(own);
        Path out = own.resolve("out");
        Result r =
                issim(
                        "compare",
                        "baseline",
                        mine.toString(),
                        "--replications",
                        "1",
                        "--years",
                        "0.1",
                        "--out",
                        out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(
                Files.readString(out.resolve("manifest.json")).contains("\"seeds\" : [ 1 ]"),
                "one replication, from the command line, for every scenario");
    }

    @Test
    void listShowAndValidate() throws Exception {
        Result list = issim("list");
        assertEquals(0, list.status());
        assertEquals(12, list.out().lines().count());
        assertTrue(
                list.out()
                        .lines()
                        .anyMatch(
                                l ->
                                        l.startsWith("three-tier-prevention")
                                                && l.contains("Partners in Prevention")));

        Result show = issim("show", "co-location");
        assertEquals(0, show.status());
        assertTrue(show.out().startsWith("# Co-location"));

        Path bad = dir.resolve("invalid.yaml");
        Files.writeString(bad, "culture:\n  blame: maybe\n");
        Result validate = issim("validate", small.toString(), bad.toString());
        assertEquals(2, validate.status());
        assertEquals(small + ": valid (small silo)\n", validate.out());
        assertEquals(
                bad + ":2:10: culture.blame: expected true or false, found the text 'maybe'\n",
                validate.err());
        assertEquals(0, issim("validate", small.toString(), "whole-system").status());
    }

    @Test
    void helpIsCompleteForEveryCommand() {
        for (String command : List.of("list", "show", "validate", "run", "compare")) {
            Result help = issim(command, "--help");
            assertEquals(0, help.status());
            assertTrue(help.out().startsWith("Usage: issim " + command), help.out());
        }
        Result run = issim("run", "--help");
        for (String option : List.of("--replications", "--seed", "--years", "--threads", "--out")) {
            assertTrue(run.out().contains(option), option);
        }
    }

    /** picocli formats descriptions, so a bare '%' garbles the help and warns on stderr. */
    @Test
    void everyCommandsHelpFormatsCleanly() {
        PrintStream before = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        List<String> commands = new ArrayList<>();
        try {
            CommandLine root = new CommandLine(new Issim());
            for (String name : root.getSubcommands().keySet()) {
                commands.add(name);
                Result help = issim(name, "--help");
                assertEquals(0, help.status(), name);
                assertFalse(help.out().contains("%n"), name + ": " + help.out());
                assertFalse(help.err().contains("WARN"), name + ": " + help.err());
            }
        } finally {
            System.setErr(before);
        }
        assertTrue(commands.contains("compare") && commands.size() >= 5, commands.toString());
        String text = warnings.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("WARN"), text);
    }

    @Test
    void twoRunsStartedAtOnceOnTheSameOutBothKeepTheirResults() throws Exception {
        Path out = dir.resolve("concurrent");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Result>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                runs.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    return issim(
                                            "run",
                                            small.toString(),
                                            "--years",
                                            "1",
                                            "--replications",
                                            "1",
                                            "--threads",
                                            "1",
                                            "--out",
                                            out.toString());
                                }));
            }
            start.countDown();
            Set<String> wrote = new HashSet<>();
            int displaced = 0;
            for (Future<Result> f : runs) {
                Result r = f.get();
                assertEquals(0, r.status(), r.err());
                wrote.add(
                        r.out()
                                .lines()
                                .filter(l -> l.startsWith("wrote "))
                                .findFirst()
                                .orElseThrow());
                if (r.err().contains("appeared during the run")) {
                    displaced++;
                    assertTrue(
                            r.err()
                                    .startsWith(
                                            "issim: --out: "
                                                    + out.toAbsolutePath().normalize()
                                                    + " appeared during the run; the results were written to "
                                                    + out.toAbsolutePath().normalize()
                                                    + "-2 instead"),
                            r.err());
                }
            }
            assertEquals(2, wrote.size(), "two directories: " + wrote);
            assertTrue(displaced <= 1);
        } finally {
            pool.shutdownNow();
        }
        for (Path p : List.of(out, out.resolveSibling("concurrent-2"))) {
            assertTrue(Files.size(p.resolve("summary.csv")) > 0, p.toString());
        }
    }
}
