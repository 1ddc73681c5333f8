package issim.experiments.cli;

import static issim.experiments.cli.CliTest.issim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.experiments.cli.CliTest.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * issim sweep, merge and sweep status end to end, on a tiny locality over one simulated year: the
 * merged results do not depend on threads or shards, a rerun repeats nothing, a torn last line is
 * ignored, seeds stay put as a design grows.
 */
class SweepCliTest {
    @TempDir static Path dir;
    static Path design, reference;

    /** A tiny locality: a run takes tens of milliseconds. */
    static final String TINY =
            """
            extends: baseline
            run:
              warmupDays: 100
            locality:
              children: 800
              primarySchools: 2
              secondarySchools: 2
            """;

    /** A Sobol design of 4 base rows on three factors, two replications: 40 rows. */
    static final String SOBOL =
            """
            description: "a tiny Sobol sweep"
            scenario: tiny.yaml
            replications: 2
            seed: 7
            years: 1
            design:
              kind: sobol
              baseSample: 4
            factors:
              agencies.socialCare.caseloadCapacity: {min: 10, max: 30}
              need.lifeEventRate: {distribution: normal, mean: 0.8, sd: 0.1, min: 0.5}
              culture.blame: [true, false]
            """;

    @BeforeAll
    static void referenceSweep() throws Exception {
        Files.writeString(dir.resolve("tiny.yaml"), TINY);
        design = dir.resolve("tiny-sobol.yaml");
        Files.writeString(design, SOBOL);
        reference = dir.resolve("reference");
        Result r = sweep(reference, "--threads", "1");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("wrote "), r.out());
    }

    @Test
    void aBaseScenarioNotFoundIsReportedAtTheDesignsScenarioField() throws Exception {
        Path missing = dir.resolve("missing-base.yaml");
        Files.writeString(missing, SOBOL.replace("scenario: tiny.yaml", "scenario: nosuch.yaml"));
        Result r = CliTest.issim("validate", missing.toString());
        assertEquals(2, r.status());
        assertTrue(
                r.err().startsWith(missing + ":2:11: scenario: expected an existing scenario file"),
                r.err());
        Path misspelt = dir.resolve("misspelt-base.yaml");
        Files.writeString(misspelt, SOBOL.replace("scenario: tiny.yaml", "scenario: basline"));
        Result m = CliTest.issim("validate", misspelt.toString());
        assertEquals(2, m.status());
        assertTrue(m.err().startsWith(misspelt + ":2:11: scenario: expected"), m.err());
        assertTrue(m.err().contains("did you mean 'baseline'?"), m.err());
    }

    @Test
    void validateChecksADesignAsItChecksAScenario() throws Exception {
        Result ok = CliTest.issim("validate", design.toString(), "baseline");
        assertEquals(0, ok.status(), ok.err());
        assertTrue(
                ok.out().contains("tiny-sobol.yaml: valid design (sobol over 3 factors on tiny)"),
                ok.out());
        Path bad = dir.resolve("bad-design.yaml");
        Files.writeString(bad, SOBOL.replace("baseSample: 4", "baseSample: 6"));
        Result refused = CliTest.issim("validate", bad.toString());
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("bad-design.yaml:"), refused.err());
        assertTrue(refused.err().contains("baseSample"), refused.err());
        assertFalse(refused.err().contains("Exception"), refused.err());
    }

    static Result sweep(Path out, String... more) {
        List<String> args =
                new ArrayList<>(List.of("sweep", design.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return issim(args.toArray(String[]::new));
    }

    static byte[] results(Path sweep) throws Exception {
        return Files.readAllBytes(sweep.resolve("results.csv"));
    }

    static List<String> lines(Path sweep) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(sweep.resolve("runs"))) {
            for (Path f : files.sorted().toList()) {
                out.addAll(Files.readAllLines(f));
            }
        }
        return out;
    }

    @Test
    void theResultsHoldEveryPointAndReplicationInDesignOrder() throws Exception {
        List<String> rows = Files.readAllLines(reference.resolve("results.csv"));
        assertTrue(
                rows.get(0)
                        .startsWith(
                                "point,replication,key,seed,agencies.socialCare.caseloadCapacity,"
                                        + "need.lifeEventRate,culture.blame,outcome.be_healthy,"),
                rows.get(0));
        assertEquals(1 + 4 * (3 + 2) * 2, rows.size());
        for (int i = 1; i < rows.size(); i++) {
            String[] cells = rows.get(i).split(",", -1);
            assertEquals(String.valueOf((i - 1) / 2), cells[0]);
            assertEquals(String.valueOf((i - 1) % 2), cells[1]);
        }
        // Repeated content (an AB point whose swapped factor equals A's) is one run, recorded once.
        List<String> recorded = lines(reference);
        Set<String> keys = new HashSet<>();
        for (String line : recorded) {
            assertTrue(keys.add(line.replaceAll(".*\"key\":\"(\\w+)\".*", "$1")), line);
        }
        assertTrue(recorded.size() < rows.size() - 1, "duplicate points share a run");
    }

    @Test
    void mergedResultsAreByteIdenticalAcrossThreadsAndShards() throws Exception {
        Path two = dir.resolve("threads-2");
        assertEquals(0, sweep(two, "--threads", "2").status());
        assertArrayEquals(results(reference), results(two));
        for (int n : new int[] {3, 7}) {
            Path sharded = dir.resolve("shards-" + n);
            for (int i = n; i >= 1; i--) {
                Result r = sweep(sharded, "--shard", i + "/" + n, "--threads", "2");
                assertEquals(0, r.status(), r.err());
                assertFalse(Files.exists(sharded.resolve("results.csv")), "a shard does not merge");
            }
            Result m = issim("merge", sharded.toString());
            assertEquals(0, m.status(), m.err());
            assertArrayEquals(results(reference), results(sharded), n + " shards");
        }
    }

    @Test
    void aRerunRunsNothingAndATornLastLineIsRunAgain() throws Exception {
        Path again = dir.resolve("again");
        assertEquals(0, sweep(again, "--threads", "2").status());
        List<String> before = lines(again);
        Result rerun = sweep(again, "--threads", "2");
        assertTrue(rerun.out().contains(before.size() + " recorded, 0 to run"), rerun.out());
        assertEquals(before, lines(again));

        // A kill mid-write: the last record cut in half.
        Path shard = again.resolve("runs/shard-1-of-1.jsonl");
        String text = Files.readString(shard);
        int lastStart = text.lastIndexOf('\n', text.length() - 2) + 1;
        Files.writeString(shard, text.substring(0, lastStart + 40));
        Result status = issim("sweep", "status", again.toString());
        assertTrue(status.out().contains("1 missing"), status.out());
        Result resumed = sweep(again, "--threads", "1");
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(
                resumed.out().contains((before.size() - 1) + " recorded, 1 to run"), resumed.out());
        List<String> after = lines(again);
        assertEquals(
                before.size(), after.size(), "the torn line is cut off, the run recorded once");
        assertEquals(new HashSet<>(before), new HashSet<>(after));
        assertArrayEquals(results(reference), results(again));
    }

    @Test
    void statusNamesTheMissingRunsAndTheCommandsThatCompleteThem() throws Exception {
        Path part = dir.resolve("part");
        assertEquals(0, sweep(part, "--shard", "2/3").status());
        Result m = issim("merge", part.toString());
        assertEquals(1, m.status());
        assertTrue(m.err().contains("missing"), m.err());
        assertFalse(Files.exists(part.resolve("results.csv")));
        Result s = issim("sweep", "status", part.toString());
        assertEquals(0, s.status(), s.err());
        String out = s.out();
        assertTrue(out.contains("shard 1/3:"), out);
        assertTrue(out.contains("shard 3/3:"), out);
        assertFalse(out.contains("shard 2/3:"), out);
        assertTrue(
                out.contains(
                        "issim sweep '"
                                + design.toAbsolutePath().normalize()
                                + "' --out '"
                                + part
                                + "' --shard 1/3"),
                out);
        assertTrue(out.contains("issim merge '" + part + "'"), out);
    }

    @Test
    void seedsStayPutWhenPointsAndReplicationsAreAdded() throws Exception {
        Path small = dir.resolve("points-2.yaml"), grown = dir.resolve("points-3.yaml");
        String head =
                "scenario: tiny.yaml\nyears: 1\nseed: 3\ndesign:\n  kind: points\n  points:\n"
                        + "    - {agencies.socialCare.caseloadCapacity: 12, culture.blame: true}\n"
                        + "    - {agencies.socialCare.caseloadCapacity: 24, culture.blame: false}\n";
        Files.writeString(small, head + "replications: 1\n");
        Files.writeString(
                grown,
                head
                        + "    - {agencies.socialCare.caseloadCapacity: 18, culture.blame: true}\n"
                        + "replications: 3\n");
        Path a = dir.resolve("grow-a"), b = dir.resolve("grow-b");
        assertEquals(0, issim("sweep", small.toString(), "--out", a.toString()).status());
        Result r = issim("sweep", grown.toString(), "--out", b.toString(), "--threads", "2");
        assertEquals(0, r.status(), r.err());
        List<String> rowsA = Files.readAllLines(a.resolve("results.csv"));
        List<String> rowsB = Files.readAllLines(b.resolve("results.csv"));
        assertEquals(rowsA.get(0), rowsB.get(0));
        assertEquals(rowsA.get(1), rowsB.get(1), "point 0, replication 0");
        assertEquals(
                rowsA.get(2).replaceFirst("^1,0,", ""),
                rowsB.get(4).replaceFirst("^1,0,", ""),
                "point 1, replication 0");

        // The grown design, run into the smaller one's directory, runs only what is new.
        Result more = issim("sweep", grown.toString(), "--out", a.toString());
        assertTrue(more.out().contains("2 recorded, 7 to run"), more.out());
        assertArrayEquals(
                Files.readAllBytes(b.resolve("results.csv")),
                Files.readAllBytes(a.resolve("results.csv")));
    }

    @Test
    void aDirectoryOfADifferentSweepIsRefused() throws Exception {
        Path other = dir.resolve("other-base.yaml");
        Files.writeString(dir.resolve("tiny2.yaml"), TINY.replace("800", "900"));
        Files.writeString(other, SOBOL.replace("tiny.yaml", "tiny2.yaml"));
        byte[] before = results(reference);
        Result r = issim("sweep", other.toString(), "--out", reference.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("on other base parameters"), r.err());
        assertArrayEquals(before, results(reference));
    }

    @Test
    void aDifferentDesignOnTheSameBaseIsRefusedAndNothingIsWritten() throws Exception {
        Path lhs = dir.resolve("tiny-lhs.yaml"), fewer = dir.resolve("tiny-sobol-2.yaml");
        Files.writeString(
                lhs, SOBOL.replace("sobol\n  baseSample: 4", "latin-hypercube\n  samples: 4"));
        Files.writeString(fewer, SOBOL.replace("  culture.blame: [true, false]\n", ""));
        String recorded =
                "expected the design of the sweep in "
                        + reference
                        + " to resume or grow it: a sobol design over"
                        + " agencies.socialCare.caseloadCapacity, need.lifeEventRate, culture.blame,"
                        + " found ";
        String advice =
                " (" + reference + " holds a different sweep, 'tiny-sobol': choose another --out)";
        byte[] manifest = Files.readAllBytes(reference.resolve("sweep.json"));
        byte[] before = results(reference);
        List<String> runs = lines(reference);
        for (String[] c :
                new String[][] {
                    {
                        lhs.toString(),
                        ":7:9: design.kind: ",
                        "a latin-hypercube design over agencies.socialCare.caseloadCapacity,"
                                + " need.lifeEventRate, culture.blame"
                    },
                    {
                        fewer.toString(),
                        ":10:3: factors: ",
                        "a sobol design over agencies.socialCare.caseloadCapacity,"
                                + " need.lifeEventRate"
                    }
                }) {
            for (List<String> more : List.of(List.<String>of(), List.of("--emit", "slurm"))) {
                List<String> args =
                        new ArrayList<>(List.of("sweep", c[0], "--out", reference.toString()));
                args.addAll(more);
                Result r = issim(args.toArray(String[]::new));
                assertEquals(2, r.status(), r.err());
                assertEquals(c[0] + c[1] + recorded + c[2] + advice + "\n", r.err());
            }
        }
        assertArrayEquals(manifest, Files.readAllBytes(reference.resolve("sweep.json")));
        assertArrayEquals(before, results(reference));
        assertEquals(runs, lines(reference));
        assertFalse(Files.exists(reference.resolve("slurm")));
    }

    @Test
    void statusCutsItsSbatchLinesAsSubmitShDid() throws Exception {
        Path emitted = dir.resolve("emitted");
        Result e = sweep(emitted, "--emit", "slurm", "--shards", "5", "--max-array-size", "2");
        assertEquals(0, e.status(), e.err());
        String submit = Files.readString(emitted.resolve("slurm/submit.sh"));
        Result s = issim("sweep", "status", emitted.toString());
        assertEquals(0, s.status(), s.err());
        String out = s.out();
        // Nothing has run: every chunk of submit.sh again, its indices within the chunk.
        for (int offset : new int[] {0, 2, 4}) {
            String tasks = offset < 4 ? "0-1" : "0";
            String submitted = offset < 4 ? "0-1" : "0-0";
            String export = " --export=ALL,ISSIM_SHARD_OFFSET=" + offset + " ";
            assertTrue(submit.contains("--array=" + submitted + export), submit);
            assertTrue(out.contains("--array=" + tasks + export), out);
        }
        assertFalse(out.contains("--array=0-2"), out);
        assertTrue(out.contains("sbatch --dependency=afterany:$j1:$j2:$j3 "), out);
        // An explicit --max-array-size still wins (a cluster whose limit changed).
        Result wide = issim("sweep", "status", emitted.toString(), "--max-array-size", "10");
        assertTrue(
                wide.out().contains("--array=0-4 --export=ALL,ISSIM_SHARD_OFFSET=0 "), wide.out());
    }

    /** A design with one mistake, and the message it must give. */
    record Bad(String name, String text, String message) {}

    @Test
    void aBadDesignGivesOneLocatedMessageAndWritesNothing() throws Exception {
        List<Bad> bad =
                List.of(
                        new Bad(
                                "unknown-path",
                                SOBOL.replace("need.lifeEventRate", "need.lifeEventRat"),
                                ":11:3: factors.need.lifeEventRat: expected a parameter path of"
                                        + " the scenario (did you mean 'need.lifeEventRate'?),"
                                        + " found 'need.lifeEventRat'"),
                        new Bad(
                                "wrong-type",
                                SOBOL.replace("[true, false]", "[1, 2]"),
                                ":12:18: factors.culture.blame: expected true or false"),
                        new Bad(
                                "empty-range",
                                SOBOL.replace("{min: 10, max: 30}", "{min: 30, max: 30}"),
                                ":10:41: factors.agencies.socialCare.caseloadCapacity: expected a"
                                        + " range with min below max, found min 30 and max 30"),
                        new Bad(
                                "mode-outside",
                                SOBOL.replace(
                                        "{distribution: normal, mean: 0.8, sd: 0.1, min: 0.5}",
                                        "{distribution: triangular, min: 0.6, mode: 1.2, max: 1}"),
                                ":11:66: factors.need.lifeEventRate.mode: expected a mode from"
                                        + " min to max, 0.6 to 1, found 1.2"),
                        new Bad(
                                "morris-whole-numbers",
                                SOBOL.replace(
                                                "kind: sobol\n  baseSample: 4",
                                                "kind: morris\n  trajectories: 2\n  levels: 4")
                                        .replace("{min: 10, max: 30}", "{min: 12, max: 14}")
                                        .replace(
                                                "{distribution: normal, mean: 0.8, sd: 0.1, min: 0.5}",
                                                "{min: 0.6, max: 1.0}"),
                                ":11:41: factors.agencies.socialCare.caseloadCapacity: expected a"
                                        + " range of at least 4 whole numbers, one for each of the"
                                        + " design's levels (or fewer design.levels), found 3 whole"
                                        + " numbers, 12 to 14"),
                        new Bad(
                                "sd-zero",
                                SOBOL.replace("sd: 0.1", "sd: 0"),
                                ":11:61: factors.need.lifeEventRate.sd: expected a standard"
                                        + " deviation above 0, found 0"),
                        new Bad(
                                "not-a-power-of-two",
                                SOBOL.replace("baseSample: 4", "baseSample: 6"),
                                ":8:15: design.baseSample: expected a power of two (Sobol sequences"
                                        + " balance only in powers of two), such as 4 or 8, found 6"),
                        new Bad(
                                "out-of-range",
                                SOBOL.replace("{min: 10, max: 30}", "{min: -5, max: 30}"),
                                ":10:41: factors.agencies.socialCare.caseloadCapacity: expected"),
                        new Bad(
                                "whole-number-grid",
                                SOBOL.replace("sobol\n  baseSample: 4", "grid")
                                        .replace(
                                                "{min: 10, max: 30}",
                                                "{min: 12, max: 14, levels: 5}")
                                        .replace(
                                                "{distribution: normal, mean: 0.8, sd: 0.1, min: 0.5}",
                                                "[0.7, 0.8]"),
                                ":9:68: factors.agencies.socialCare.caseloadCapacity.levels: expected"
                                        + " at most 3 levels: the whole numbers from 12 to 14, found 5"
                                        + " levels"));
        for (Bad b : bad) {
            Path file = dir.resolve(b.name() + ".yaml");
            Files.writeString(file, b.text(), StandardCharsets.UTF_8);
            Path out = dir.resolve("bad-" + b.name());
            Result r = issim("sweep", file.toString(), "--out", out.toString());
            assertEquals(2, r.status(), b.name() + ": " + r.err());
            assertEquals(1, r.err().lines().count(), b.name() + ": one message: " + r.err());
            assertTrue(
                    r.err()
                            .startsWith(
                                    file + b.message().substring(0, b.message().indexOf(':', 1))),
                    b.name() + ": located in the file: " + r.err());
            assertTrue(r.err().contains(b.message()), b.name() + ": " + r.err());
            assertFalse(Files.exists(out), b.name() + ": nothing written");
        }
    }
}
