package issim.experiments.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A recorded sweep's summary measures arranged by design point and replication, for analysis:
 * {@code values(measure)[point][replication]}. Runs missing from the record are listed, not
 * guessed.
 */
public final class Responses {
    private final Map<String, double[][]> byMeasure;
    private final List<String> missing;

    private Responses(Map<String, double[][]> byMeasure, List<String> missing) {
        this.byMeasure = byMeasure;
        this.missing = missing;
    }

    public static Responses load(Design d, Path dir) throws IOException {
        Map<String, Map<String, Double>> byKey = new HashMap<>();
        Set<String> measures = new LinkedHashSet<>();
        Records.forEach(
                dir,
                r -> {
                    if (byKey.putIfAbsent(r.key(), r.measures()) == null) {
                        measures.addAll(r.measures().keySet());
                    }
                });
        List<String> sorted = new ArrayList<>(measures);
        sorted.sort(Comparator.comparingInt(RunSummary::order).thenComparing(c -> c));
        List<Point> points = Points.of(d);
        int reps = d.replications();
        Map<String, double[][]> out = new LinkedHashMap<>();
        for (String m : sorted) {
            out.put(m, new double[points.size()][reps]);
        }
        List<String> missing = new ArrayList<>();
        for (Point p : points) {
            for (int r = 0; r < reps; r++) {
                Map<String, Double> run = byKey.get(RunKeys.key(d, p, r));
                if (run == null) {
                    missing.add("p" + p.index() + "-r" + r);
                }
                for (String m : sorted) {
                    Double v = run == null ? null : run.get(m);
                    out.get(m)[p.index()][r] = v == null ? Double.NaN : v;
                }
            }
        }
        return new Responses(out, missing);
    }

    /** Measure keys in catalogue order. */
    public List<String> measures() {
        return new ArrayList<>(byMeasure.keySet());
    }

    public double[][] values(String measure) {
        return byMeasure.get(measure);
    }

    public List<String> missing() {
        return missing;
    }
}
