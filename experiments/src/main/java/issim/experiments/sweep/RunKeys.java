package issim.experiments.sweep;

import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Seeds that stay put. A run's seed and key are a SHA-256 of the base seed, the point's factor
 * values as the model reads them (sorted by path) and the replication, and of nothing else: not the
 * point's position in the design, the number of points, replications or shards. So growing a design
 * never changes another run's result, and a run recorded once is recognised whatever design or
 * shard asks for it again.
 */
public final class RunKeys {
    private RunKeys() {}

    /**
     * Every run of the design in design order (point, then replication), each distinct content
     * once: a point that repeats an earlier point's values is the same run.
     */
    public static List<Run> of(Design d, List<Point> points) {
        List<Run> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Point p : points) {
            Map<String, Object> factors = applied(d, p);
            for (int r = 0; r < d.replications(); r++) {
                byte[] h = hash(d.seed(), factors, r);
                String key = hex(h, 12);
                if (seen.add(key)) {
                    out.add(new Run(p.index(), r, key, seed(h), factors));
                }
            }
        }
        return out;
    }

    /** The key of each (point, replication), for reading results back in design order. */
    public static String key(Design d, Point p, int replication) {
        return hex(hash(d.seed(), applied(d, p), replication), 12);
    }

    /** The base scenario's parameters with the point's values set. */
    public static ModelParameters parameters(Design d, Map<String, Object> factors) {
        ModelParameters params = d.base().parameters();
        for (Map.Entry<String, Object> f : factors.entrySet()) {
            params = ParameterPaths.with(params, f.getKey(), f.getValue());
        }
        return params;
    }

    /** Each factor's value as the model reads it back (an int as an int, an enum by name). */
    static Map<String, Object> applied(Design d, Point p) {
        ModelParameters params = d.base().parameters();
        for (int i = 0; i < d.factors().size(); i++) {
            params = ParameterPaths.with(params, d.factors().get(i).path(), p.values().get(i));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Factor f : d.factors()) {
            Object v = ParameterPaths.get(params, f.path());
            out.put(f.path(), v instanceof Enum<?> e ? e.name() : v);
        }
        return out;
    }

    static byte[] hash(long baseSeed, Map<String, Object> factors, int replication) {
        StringBuilder b = new StringBuilder("issim sweep run\nseed ").append(baseSeed).append('\n');
        for (Map.Entry<String, Object> f : new TreeMap<>(factors).entrySet()) {
            b.append(f.getKey()).append('=').append(f.getValue()).append('\n');
        }
        b.append("replication ").append(replication).append('\n');
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A non-negative 64-bit seed from the hash's first eight bytes. */
    static long seed(byte[] h) {
        long s = 0;
        for (int i = 0; i < 8; i++) {
            s = (s << 8) | (h[i] & 0xFF);
        }
        return s & Long.MAX_VALUE;
    }

    private static String hex(byte[] h, int bytes) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < bytes; i++) {
            b.append(String.format("%02x", h[i] & 0xFF));
        }
        return b.toString();
    }
}
