package issim.experiments.sweep;

import java.util.ArrayList;
import java.util.List;

/** How a sweep chooses its points, by the name a design file uses. */
public enum DesignKind {
    /** Every combination of each factor's levels. */
    GRID("grid"),
    /** Points listed in the file. */
    POINTS("points"),
    /** A Latin hypercube of {@code samples} points. */
    LATIN_HYPERCUBE("latin-hypercube"),
    /** Saltelli's scheme on a Sobol sequence: {@code baseSample} × (factors + 2) points. */
    SOBOL("sobol"),
    /** Morris's elementary effects: {@code trajectories} × (factors + 1) points. */
    MORRIS("morris");

    private final String key;

    DesignKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The kind a file names, or null. */
    public static DesignKind of(String key) {
        for (DesignKind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        return null;
    }

    public static List<String> keys() {
        List<String> out = new ArrayList<>();
        for (DesignKind k : values()) {
            out.add(k.key);
        }
        return out;
    }

    /** Whether a sensitivity analysis can be run on the design's sample. */
    public boolean analysable() {
        return this == SOBOL || this == MORRIS;
    }
}
