package issim.experiments.cli;

import static issim.experiments.cli.CliTest.issim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.experiments.cli.CliTest.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * issim sensitivity on recorded sweeps: the design comes from the sweep's manifest (the file on
 * disk may have changed), a sweep that is not Sobol or Morris or is incomplete is refused with one
 * message and nothing written, and the report is self-contained.
 */
class SensitivityCliTest {
    @TempDir static Path dir;
    static Path sobol, morris;

    @BeforeAll
    static void sweeps() throws Exception {
        Files.writeString(dir.resolve("tiny.yaml"), SweepCliTest.TINY);
        Path design = dir.resolve("sobol.yaml");
        Files.writeString(design, SweepCliTest.SOBOL);
        sobol = dir.resolve("sobol");
        assertEquals(0, issim("sweep", design.toString(), "--out", sobol.toString()).status());
        Path m = dir.resolve("morris.yaml");
        Files.writeString(
                m,
                """
                scenario: tiny.yaml
                years: 1
                design:
                  kind: morris
                  trajectories: 4
                  levels: 4
                factors:
                  agencies.socialCare.caseloadCapacity: {min: 10, max: 30}
                  need.lifeEventRate: {min: 0.6, max: 1.0}
                """);
        morris = dir.resolve("morris");
        assertEquals(0, issim("sweep", m.toString(), "--out", morris.toString()).status());
    }

    @Test
    void aSobolSweepGivesIndicesWithIntervalsAndASelfContainedReport() throws Exception {
        // The design file changes after the sweep: the analysis still reads the recorded one.
        Files.writeString(dir.resolve("sobol.yaml"), "scenario: baseline\n");
        Path out = dir.resolve("sobol-analysis");
        Result r = issim("sensitivity", sobol.toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        List<String> indices = Files.readAllLines(out.resolve("indices.csv"));
        assertEquals("measure,factor,method,index,estimate,ci95_low,ci95_high", indices.get(0));
        assertTrue(
                indices.stream()
                        .anyMatch(l -> l.startsWith("unmet_need_share,culture.blame,sobol,total,")),
                "a total index per measure and factor");
        String[] row =
                indices.stream()
                        .filter(
                                l ->
                                        l.startsWith(
                                                "unmet_need_share,need.lifeEventRate,sobol,first,"))
                        .findFirst()
                        .orElseThrow()
                        .split(",");
        double estimate = Double.parseDouble(row[4]), low = Double.parseDouble(row[5]);
        double high = Double.parseDouble(row[6]);
        assertTrue(low <= high, "an interval");
        assertFalse(Double.isNaN(estimate));
        List<String> variance = Files.readAllLines(out.resolve("variance.csv"));
        assertEquals("measure,variance,replication_noise_share", variance.get(0));
        String html = Files.readString(out.resolve("report.html"));
        for (String s :
                List.of(
                        "Tornado charts",
                        "Share of children with unmet need",
                        "replication noise",
                        "Convergence",
                        "data:image/png;base64,")) {
            assertTrue(html.contains(s), "the report should hold " + s);
        }
        assertFalse(html.contains("http://") || html.contains("https://"), "no external request");
        // The same sweep analysed twice gives the same files.
        Path again = dir.resolve("sobol-analysis-again");
        assertEquals(0, issim("sensitivity", sobol.toString(), "--out", again.toString()).status());
        for (String f : List.of("indices.csv", "variance.csv", "report.html")) {
            assertArrayEquals(
                    Files.readAllBytes(out.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
    }

    @Test
    void aMorrisSweepGivesMuStarAndSigma() throws Exception {
        Path out = dir.resolve("morris-analysis");
        Result r =
                issim(
                        "sensitivity",
                        morris.toString(),
                        "--out",
                        out.toString(),
                        "--measure",
                        "unmet_need_share");
        assertEquals(0, r.status(), r.err());
        List<String> indices = Files.readAllLines(out.resolve("indices.csv"));
        for (String index : List.of("mu_star", "mu", "sigma")) {
            assertTrue(
                    indices.contains(
                            indices.stream()
                                    .filter(
                                            l ->
                                                    l.startsWith(
                                                            "unmet_need_share,need.lifeEventRate,morris,"
                                                                    + index
                                                                    + ","))
                                    .findFirst()
                                    .orElse("absent")),
                    index);
        }
        assertTrue(Files.readString(out.resolve("report.html")).contains("μ*"));
    }

    @Test
    void aSweepThatIsNotSobolOrMorrisIsRefusedAtItsDesignKind() throws Exception {
        Path lhs = dir.resolve("lhs.yaml");
        Files.writeString(
                lhs,
                """
                scenario: tiny.yaml
                years: 1
                design:
                  kind: latin-hypercube
                  samples: 3
                factors:
                  need.lifeEventRate: {min: 0.6, max: 1.0}
                """);
        Path swept = dir.resolve("lhs");
        assertEquals(0, issim("sweep", lhs.toString(), "--out", swept.toString()).status());
        Result r = issim("sensitivity", swept.toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(
                r.err()
                        .startsWith(
                                swept.resolve("sweep.json")
                                        + " (design lhs.yaml):4:9: design.kind: expected a sobol or morris design"),
                r.err());
        assertTrue(r.err().endsWith("found latin-hypercube\n"), r.err());
        try (Stream<Path> s = Files.list(swept)) {
            assertTrue(
                    s.noneMatch(p -> p.getFileName().toString().startsWith("sensitivity")),
                    "nothing written");
        }
    }

    @Test
    void anIncompleteSweepOrAnUnknownMeasureIsRefused() throws Exception {
        Path part = dir.resolve("part");
        Path design = dir.resolve("part.yaml");
        Files.writeString(design, SweepCliTest.SOBOL);
        assertEquals(
                0,
                issim("sweep", design.toString(), "--out", part.toString(), "--shard", "1/2")
                        .status());
        Result r = issim("sensitivity", part.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("expected every run of the sweep recorded"), r.err());
        Result m =
                issim(
                        "sensitivity",
                        sobol.toString(),
                        "--measure",
                        "unmet_need_shar",
                        "--out",
                        dir.resolve("never").toString());
        assertEquals(2, m.status());
        assertTrue(m.err().contains("did you mean 'unmet_need_share'?"), m.err());
        assertFalse(Files.exists(dir.resolve("never")));
        Result notASweep = issim("sensitivity", dir.toString());
        assertEquals(2, notASweep.status());
        assertTrue(notASweep.err().contains("expected a sweep directory"), notASweep.err());
    }
}
