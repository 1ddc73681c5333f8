package issim.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The bundled scenarios (docs/ODD.md §7.14), runnable by name and copyable as files. */
public final class Catalogue {
    /** In the order a planner would read them. */
    public static final List<String> NAMES =
            List.of(
                    "baseline",
                    "co-location",
                    "school-police-officer",
                    "school-police-officer-detection-target",
                    "three-tier-prevention",
                    "caf-team-around-the-child",
                    "integrated-services-leader",
                    "no-blame-culture",
                    "pooled-budgets",
                    "joint-training",
                    "whole-system",
                    "national-blame-shock");

    private Catalogue() {}

    public static boolean contains(String name) {
        return NAMES.contains(name);
    }

    /** The YAML text of a bundled scenario. */
    public static String text(String name) {
        if (!contains(name)) {
            throw new IllegalArgumentException("no bundled scenario '" + name + "'");
        }
        try (InputStream in =
                Catalogue.class.getResourceAsStream("/issim/scenarios/" + name + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("bundled scenario missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
