package issim.experiments.cli;

import static issim.experiments.cli.CliTest.issim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import issim.core.params.ParameterPaths;
import issim.experiments.cli.CliTest.Result;
import issim.experiments.run.ExperimentPlan;
import issim.experiments.run.Overrides;
import issim.experiments.run.Runner;
import issim.experiments.sweep.ParameterUncertainty;
import issim.scenarios.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compare --parameter-uncertainty: replication i draws one set of values of the calibrated
 * parameters, the same for the baseline and every scenario, recorded in the manifest.
 */
class ParameterUncertaintyTest {
    @TempDir Path dir;

    @Test
    void eachReplicationDrawsOneSetForEveryScenarioRecordedInTheManifest() throws Exception {
        Path tiny = dir.resolve("tiny.yaml");
        Files.writeString(tiny, SweepCliTest.TINY);
        Path co = dir.resolve("tiny-co.yaml");
        Files.writeString(
                co,
                "extends: tiny.yaml\ninterventions:\n  coLocation:\n    enabled: true\n    schools: 2\n");
        Path out = dir.resolve("out");
        Result r =
                issim(
                        "compare",
                        tiny.toString(),
                        co.toString(),
                        "--years",
                        "1",
                        "--replications",
                        "3",
                        "--parameter-uncertainty",
                        "--out",
                        out.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode draws =
                new ObjectMapper()
                        .readTree(Files.readString(out.resolve("manifest.json")))
                        .get("parameterDraws");
        assertEquals(3, draws.size());
        assertEquals(16, draws.get(0).size(), "every calibrated parameter");
        double first = draws.get(0).get("need.lifeEventRate").asDouble();
        assertTrue(first >= 0.72 && first <= 0.88, "within its range: " + first);
        assertNotEquals(first, draws.get(1).get("need.lifeEventRate").asDouble());
        assertTrue(
                Files.readString(out.resolve("report.html"))
                        .contains("With parameter uncertainty"));

        // Plain, the same comparison draws nothing and differs.
        Path plain = dir.resolve("plain");
        assertEquals(
                0,
                issim(
                                "compare",
                                tiny.toString(),
                                co.toString(),
                                "--years",
                                "1",
                                "--replications",
                                "3",
                                "--out",
                                plain.toString())
                        .status());
        assertFalse(Files.readString(plain.resolve("manifest.json")).contains("parameterDraws"));
        assertNotEquals(
                Files.readString(plain.resolve("summary.csv")),
                Files.readString(out.resolve("summary.csv")));
    }

    @Test
    void theDrawIsTheSameInEveryScenarioAndStaysPutAsReplicationsAreAdded() throws Exception {
        ParameterUncertainty u = ParameterUncertainty.load(ParameterUncertainty.CALIBRATED);
        ExperimentPlan plan =
                Runner.plan(
                        "compare",
                        List.of(
                                ScenarioLoader.load("baseline"),
                                ScenarioLoader.load("co-location")),
                        new Overrides(null, null, 4),
                        1,
                        true);
        ExperimentPlan drawn = plan.withDraws(u.draws(List.of(1L, 2L, 3L, 4L)));
        for (int r = 0; r < 4; r++) {
            for (String path : drawn.draws().get(r).keySet()) {
                assertEquals(
                        ParameterPaths.get(drawn.parameters(0, r), path),
                        ParameterPaths.get(drawn.parameters(1, r), path),
                        path);
            }
        }
        assertEquals(u.draws(List.of(1L, 2L)), u.draws(List.of(1L, 2L, 3L)).subList(0, 2));
    }

    @Test
    void rangesOnAnInterventionAreRefusedWithALocatedMessage() throws Exception {
        Path ranges = dir.resolve("ranges.yaml");
        Files.writeString(
                ranges,
                "factors:\n  need.lifeEventRate: {min: 0.7, max: 0.9}\n  interventions.coLocation.schools: [1, 2]\n");
        Path out = dir.resolve("never");
        Result r =
                issim(
                        "compare",
                        "baseline",
                        "co-location",
                        "--parameter-uncertainty",
                        ranges.toString(),
                        "--out",
                        out.toString());
        assertEquals(2, r.status());
        assertTrue(
                r.err()
                        .startsWith(
                                ranges
                                        + ":3:3: factors.interventions.coLocation.schools: expected a parameter outside the interventions"),
                r.err());
        assertFalse(Files.exists(out));
    }
}
