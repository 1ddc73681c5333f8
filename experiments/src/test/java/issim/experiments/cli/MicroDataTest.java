package issim.experiments.cli;

import static issim.experiments.cli.CliTest.issim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.experiments.cli.CliTest.Result;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --export children,events: every child at each year end and every adverse life event, with a
 * codebook, consistent with the run's own measures, and the run's other outputs unchanged.
 */
class MicroDataTest {
    @TempDir Path dir;

    private static List<String> gunzip(Path file) throws Exception {
        try (BufferedReader r =
                new BufferedReader(
                        new InputStreamReader(
                                new GZIPInputStream(Files.newInputStream(file)),
                                StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }

    /** The value of a measure (group all) in timeseries.csv for scenario, replication, month. */
    private static double measure(
            List<String> ts, String scenario, int rep, String key, int month) {
        for (String line : ts) {
            String[] c = line.split(",", -1);
            if (c[0].equals(scenario)
                    && c[1].equals(String.valueOf(rep))
                    && c[4].equals(String.valueOf(month))
                    && c[5].equals(key)
                    && c[6].equals("all")) {
                return Double.parseDouble(c[7]);
            }
        }
        throw new AssertionError("no " + key + " in month " + month);
    }

    @Test
    void childrenAndEventsAreExportedWithACodebookAndMatchTheMeasures() throws Exception {
        Files.writeString(dir.resolve("tiny.yaml"), SweepCliTest.TINY);
        Path co = dir.resolve("tiny-co.yaml");
        Files.writeString(
                co,
                "extends: tiny.yaml\ninterventions:\n  coLocation:\n    enabled: true\n    schools: 2\n");
        String tiny = dir.resolve("tiny.yaml").toString();
        Path out = dir.resolve("out"), plain = dir.resolve("plain");
        Result r =
                issim(
                        "compare",
                        tiny,
                        co.toString(),
                        "--years",
                        "2",
                        "--replications",
                        "2",
                        "--export",
                        "children,events",
                        "--out",
                        out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(
                0,
                issim(
                                "compare",
                                tiny,
                                co.toString(),
                                "--years",
                                "2",
                                "--replications",
                                "2",
                                "--out",
                                plain.toString())
                        .status());
        // Recording runs each scenario from the start instead of from a shared warm-up: the same
        // results.
        for (String f : List.of("timeseries.csv", "summary.csv")) {
            assertArrayEquals(
                    Files.readAllBytes(plain.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"microdata/\""));

        Path micro = out.resolve("microdata");
        List<String> codebook = Files.readAllLines(micro.resolve("codebook.csv"));
        assertEquals("file,column,meaning,unit", codebook.get(0));
        List<String> childColumns = new ArrayList<>();
        for (String line : codebook.subList(1, codebook.size())) {
            if (line.startsWith("children,")) {
                childColumns.add(line.split(",")[1]);
            }
        }
        List<String> ts = Files.readAllLines(out.resolve("timeseries.csv"));
        // Month ends fall at fixed twelfths of a year from the first reading: two years hold months
        // 1 to 23, and events before month 1 began or after month 23 ended are in no month's count.
        int last = 0;
        double lastDay = 0, firstDay = 0;
        for (String line : ts.subList(1, ts.size())) {
            String[] c = line.split(",", -1);
            int month = Integer.parseInt(c[4]);
            if (month == 1) {
                firstDay = Double.parseDouble(c[3]);
            }
            if (month > last) {
                last = month;
                lastDay = Double.parseDouble(c[3]);
            }
        }
        double start = firstDay - 365 / 12.0;
        assertEquals(23, last);
        for (String scenario : List.of("tiny", "tiny-co")) {
            for (int rep = 0; rep < 2; rep++) {
                List<String> kids =
                        gunzip(micro.resolve("children-" + scenario + "-r" + rep + ".csv.gz"));
                assertEquals(String.join(",", childColumns), kids.get(0));
                assertEquals(
                        List.of("12"),
                        kids.stream().skip(1).map(l -> l.split(",")[3]).distinct().toList(),
                        "the end of the one whole year");
                assertEquals(
                        (long) measure(ts, scenario, rep, "children", 12),
                        kids.size() - 1L,
                        scenario + " r" + rep + ": every child in the locality");
                List<String> events =
                        gunzip(micro.resolve("events-" + scenario + "-r" + rep + ".csv.gz"));
                assertEquals("scenario,replication,seed,day,child,outcome,severity", events.get(0));
                double expected = 0;
                for (int month = 1; month <= last; month++) {
                    expected += measure(ts, scenario, rep, "life_events", month);
                }
                double end = lastDay;
                long recorded =
                        events.stream()
                                .skip(1)
                                .map(l -> Double.parseDouble(l.split(",")[3]))
                                .filter(d -> d > start && d <= end)
                                .count();
                assertEquals(
                        (long) expected, recorded, scenario + " r" + rep + ": every life event");
            }
        }
    }

    @Test
    void anUnknownKindIsRefused() throws Exception {
        Path out = dir.resolve("never");
        Result r =
                issim("run", "baseline", "--export", "children,familes", "--out", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--export: expected children, events or both"), r.err());
        assertFalse(Files.exists(out));
    }
}
