package issim.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import issim.experiments.output.Version;
import issim.scenarios.Position;
import issim.scenarios.RunSettings;
import issim.scenarios.Scenario;
import issim.scenarios.ScenarioError;
import issim.scenarios.ScenarioException;
import issim.scenarios.ScenarioLoader;
import issim.scenarios.ScenarioWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * sweep.json, the sweep's manifest: the design file's text, the base scenario fully resolved, and a
 * hash of what every run's result depends on besides its factors and seed (the issim version and
 * the resolved base parameters). Status, merge and sensitivity rebuild the design from it, never
 * from the file on disk, so they always describe the sample that was run. Written atomically.
 */
public final class SweepManifest {
    public static final String FILE = "sweep.json";
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The manifest's design, where the design file was, and the shard count last used. */
    public record Recorded(Design design, String designPath, String baseHash, int shards) {}

    private SweepManifest() {}

    /** What results depend on besides factors and seeds: the version and the base parameters. */
    public static String baseHash(Design d) {
        Scenario neutral = new Scenario("base", "", RunSettings.defaults(), d.base().parameters());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("issim " + Version.get() + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(ScenarioWriter.toYaml(neutral).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(Path sweep, Design d, Path designFile, int shards, int runs)
            throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("issim", Version.get());
        root.put("name", d.name());
        root.put("kind", d.kind().key());
        root.put("baseHash", baseHash(d));
        root.put("points", Points.of(d).size());
        root.put("replications", d.replications());
        root.put("runs", runs);
        root.put("seed", d.seed());
        root.put("shards", shards);
        var factors = root.putArray("factors");
        d.factors().forEach(f -> factors.add(f.path()));
        ObjectNode design = root.putObject("design");
        design.put("file", designFile.toAbsolutePath().normalize().toString());
        design.put("text", d.text());
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("reference", d.scenarioReference());
        scenario.put("name", d.base().name());
        scenario.put("resolved", ScenarioWriter.toYaml(d.base()));
        Files.createDirectories(sweep);
        Path tmp = Staged.beside(sweep.resolve(FILE));
        Files.writeString(tmp, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, sweep.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Why {@code d} cannot resume or grow the sweep recorded in {@code sweep}, located in d's file,
     * or null. Only the same kind of design over the same factors, in the same order, continues a
     * sweep (more points, Sobol base rows or replications); any other would overwrite its manifest
     * and results with those of another sample.
     */
    public static ScenarioError otherDesign(Recorded recorded, Design d, Path sweep) {
        Design was = recorded.design();
        boolean sameKind = was.kind() == d.kind();
        if (sameKind && paths(was).equals(paths(d))) {
            return null;
        }
        return new ScenarioError(
                sameKind ? d.factorsAt() : d.kindAt(),
                sameKind
                        ? (d.kind() == DesignKind.POINTS ? "design.points" : "factors")
                        : "design.kind",
                "the design of the sweep in " + sweep + " to resume or grow it: " + summary(was),
                summary(d)
                        + " ("
                        + sweep
                        + " holds a different sweep, '"
                        + was.name()
                        + "': choose another --out)");
    }

    private static List<String> paths(Design d) {
        return d.factors().stream().map(Factor::path).toList();
    }

    /** "a grid design over a, b". */
    private static String summary(Design d) {
        return "a " + d.kind().key() + " design over " + String.join(", ", paths(d));
    }

    /** Whether {@code sweep} holds a manifest. */
    public static boolean exists(Path sweep) {
        return Files.isRegularFile(sweep.resolve(FILE));
    }

    /**
     * Reads the manifest of {@code sweep}; a located message if there is none or it is unreadable.
     */
    public static Recorded read(Path sweep) throws ScenarioException {
        Path file = sweep.resolve(FILE);
        Position at = new Position(file.toString(), 1, 1);
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ScenarioException(
                    new ScenarioError(
                            at,
                            "",
                            "a sweep directory (with the " + FILE + " that issim sweep writes)",
                            Files.exists(file) ? "an unreadable " + FILE : "no " + FILE));
        }
        String designFile = root.path("design").path("file").asText();
        String text = root.path("design").path("text").asText();
        String resolved = root.path("scenario").path("resolved").asText();
        String name = root.path("scenario").path("name").asText();
        // Messages about the design point into the design as recorded, under the manifest's name.
        String shown = file + " (design " + DesignLoader.nameOf(designFile) + ".yaml)";
        Design d =
                DesignLoader.parse(
                        shown, text, (ref, pos) -> ScenarioLoader.parse(name + ".yaml", resolved));
        return new Recorded(
                d.named(root.path("name").asText()),
                designFile,
                root.path("baseHash").asText(),
                root.path("shards").asInt(1));
    }
}
