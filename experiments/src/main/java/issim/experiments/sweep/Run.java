package issim.experiments.sweep;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of a sweep: a design point and a replication, with the key and seed derived from their
 * content (see {@link RunKeys}). {@code factors} holds each factor's value as the model reads it.
 */
public record Run(int point, int replication, String key, long seed, Map<String, Object> factors) {
    public Run {
        factors = new LinkedHashMap<>(factors);
    }

    /** How messages and status name the run: point and replication. */
    public String id() {
        return "p" + point + "-r" + replication;
    }
}
