package issim.experiments.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a finished run leaves in its shard's JSON Lines file: which run it was (key, point,
 * replication, seed), its factor values and its summary measures. One line each, so an append is
 * one write and a torn last line is recognisable.
 */
public record RunRecord(
        String key,
        int point,
        int replication,
        long seed,
        Map<String, Object> factors,
        Map<String, Double> measures) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public RunRecord {
        factors = new LinkedHashMap<>(factors);
        measures = new LinkedHashMap<>(measures);
    }

    /** One line of JSON, without its newline; a measure never observed is written as null. */
    public String toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("run", "p" + point + "-r" + replication);
        n.put("key", key);
        n.put("point", point);
        n.put("replication", replication);
        n.put("seed", seed);
        ObjectNode f = n.putObject("factors");
        for (Map.Entry<String, Object> e : factors.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Integer i) {
                f.put(e.getKey(), i);
            } else if (v instanceof Long l) {
                f.put(e.getKey(), l);
            } else if (v instanceof Double d) {
                f.put(e.getKey(), d);
            } else if (v instanceof Boolean b) {
                f.put(e.getKey(), b);
            } else {
                f.put(e.getKey(), String.valueOf(v));
            }
        }
        ObjectNode m = n.putObject("measures");
        for (Map.Entry<String, Double> e : measures.entrySet()) {
            if (e.getValue().isNaN()) {
                m.putNull(e.getKey());
            } else {
                m.put(e.getKey(), e.getValue());
            }
        }
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a line written by {@link #toJson}; null if it is not one (such as a torn line). */
    public static RunRecord parse(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            if (n == null || !n.isObject() || !n.hasNonNull("key") || !n.has("measures")) {
                return null;
            }
            Map<String, Object> factors = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.get("factors").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                factors.put(
                        e.getKey(),
                        v.isIntegralNumber()
                                ? (Object) v.asLong()
                                : v.isNumber()
                                        ? (Object) v.asDouble()
                                        : v.isBoolean() ? (Object) v.asBoolean() : v.asText());
            }
            Map<String, Double> measures = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.get("measures").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                measures.put(
                        e.getKey(), e.getValue().isNull() ? Double.NaN : e.getValue().asDouble());
            }
            return new RunRecord(
                    n.get("key").asText(),
                    n.get("point").asInt(),
                    n.get("replication").asInt(),
                    n.get("seed").asLong(),
                    factors,
                    measures);
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }
}
