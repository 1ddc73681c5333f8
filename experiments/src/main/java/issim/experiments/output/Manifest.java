package issim.experiments.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import issim.experiments.run.ExperimentPlan;
import issim.scenarios.Scenario;
import issim.scenarios.ScenarioWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * manifest.json: everything needed to reproduce the invocation exactly — the issim version, each
 * scenario fully resolved (after {@code extends}) as YAML, the seeds, replications and threads,
 * when it ran, with parameter uncertainty each replication's draw, and a SHA-256 over the inputs
 * (version, resolved scenarios, seeds, draws).
 */
final class Manifest {
    private Manifest() {}

    static String inputHash(ExperimentPlan plan) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("issim " + Version.get() + "\n").getBytes(StandardCharsets.UTF_8));
            for (Scenario s : plan.scenarios()) {
                sha.update(ScenarioWriter.toYaml(s).getBytes(StandardCharsets.UTF_8));
            }
            sha.update(
                    ("seeds " + plan.firstSeed() + "+" + plan.replications() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
            for (Map<String, Object> draw : plan.draws()) {
                sha.update(("draw " + draw + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(
            Path file, ExperimentPlan plan, Instant start, Instant end, List<String> files)
            throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("issim", Version.get());
        root.put("command", plan.command());
        root.put("replications", plan.replications());
        ArrayNode seeds = root.putArray("seeds");
        for (int r = 0; r < plan.replications(); r++) {
            seeds.add(plan.seed(r));
        }
        root.put("threads", plan.threads());
        if (!plan.draws().isEmpty()) {
            // Parameter uncertainty: replication i's values, alike in every scenario.
            ArrayNode draws = root.putArray("parameterDraws");
            for (Map<String, Object> draw : plan.draws()) {
                ObjectNode d = draws.addObject();
                for (Map.Entry<String, Object> e : draw.entrySet()) {
                    d.putPOJO(e.getKey(), e.getValue());
                }
            }
        }
        root.put("started", start.toString());
        root.put("finished", end.toString());
        root.put("inputHash", "sha256:" + inputHash(plan));
        ArrayNode scenarios = root.putArray("scenarios");
        for (int i = 0; i < plan.scenarios().size(); i++) {
            Scenario s = plan.scenarios().get(i);
            ObjectNode n = scenarios.addObject();
            n.put("name", s.name());
            n.put("description", s.description());
            n.put("baseline", plan.compare() && i == 0);
            n.put("resolved", ScenarioWriter.toYaml(s));
        }
        ArrayNode out = root.putArray("files");
        files.forEach(out::add);
        Files.writeString(file, json.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }
}
