package issim.experiments.sweep;

import issim.scenarios.Position;
import issim.scenarios.ScenarioError;
import issim.scenarios.ScenarioException;
import issim.scenarios.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Uncertainty beyond chance for a comparison: ranges of parameters that are not known exactly, in
 * the syntax of a design's factors, and for replication i one draw from them. The draw depends only
 * on replication i's seed and the factors, so it is the same for the baseline and every scenario,
 * and adding replications leaves the earlier draws as they were. {@code calibrated} names the
 * bundled ranges of the calibrated parameters.
 */
public record ParameterUncertainty(String file, String text, List<Factor> factors) {
    /** The name of the bundled ranges. */
    public static final String CALIBRATED = "calibrated";

    public ParameterUncertainty {
        factors = List.copyOf(factors);
    }

    /** The bundled ranges ({@value #CALIBRATED}) or a file of factors. */
    public static ParameterUncertainty load(String reference) throws ScenarioException {
        String file, text;
        if (reference.equals(CALIBRATED)) {
            file = "calibrated-ranges.yaml";
            try (InputStream in =
                    ParameterUncertainty.class.getResourceAsStream(
                            "/issim/experiments/calibrated-ranges.yaml")) {
                if (in == null) {
                    throw new IllegalStateException(
                            "calibrated-ranges.yaml missing from the build");
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            file = reference;
            try {
                List<ScenarioError> refused = new ArrayList<>();
                text =
                        TextFiles.read(
                                Path.of(reference),
                                new Position(reference, 1, 1),
                                "",
                                "file of factors",
                                refused);
                if (text == null) {
                    throw new ScenarioException(refused);
                }
            } catch (NoSuchFileException e) {
                throw new ScenarioException(
                        new ScenarioError(
                                new Position(reference, 1, 1),
                                "",
                                "'" + CALIBRATED + "' or an existing file of factors",
                                "no file at " + reference));
            } catch (IOException e) {
                throw new ScenarioException(
                        new ScenarioError(
                                new Position(reference, 1, 1),
                                "",
                                "a readable file of factors",
                                e.getMessage()));
            }
        }
        return new ParameterUncertainty(file, text, DesignLoader.factorsOnly(file, text));
    }

    /** The draw of each replication, by its seed: each factor's value by path. */
    public List<Map<String, Object>> draws(List<Long> seeds) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (long seed : seeds) {
            Map<String, Object> draw = new LinkedHashMap<>();
            for (Factor f : factors) {
                draw.put(f.path(), f.at(unit(seed, f.path())));
            }
            out.add(draw);
        }
        return out;
    }

    /** A uniform number in [0, 1) from the replication's seed and the factor's path. */
    static double unit(long seed, String path) {
        try {
            byte[] h =
                    MessageDigest.getInstance("SHA-256")
                            .digest(
                                    ("issim parameter uncertainty\n" + seed + "\n" + path + "\n")
                                            .getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits = (bits << 8) | (h[i] & 0xFF);
            }
            return (bits >>> 11) * 0x1.0p-53;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
