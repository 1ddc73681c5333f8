package issim.scenarios;

import java.util.Collection;
import java.util.List;

/**
 * Reads a YAML document into positioned {@link Node}s for files other than scenarios (such as a
 * sweep's design), with the same safety limits and the same located messages as a scenario file.
 */
public final class YamlTree {
    private YamlTree() {}

    /**
     * Parses {@code text}, named {@code file} in messages; problems are added to {@code errors}.
     * Returns null if nothing usable was read.
     */
    public static Node read(String file, String text, List<ScenarioError> errors) {
        return YamlReader.read(file, text, errors);
    }

    /** The known word closest to {@code word}, if near enough to be a likely typo; else null. */
    public static String closest(String word, Collection<String> known) {
        return Suggestions.closest(word, known);
    }
}
