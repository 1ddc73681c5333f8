package issim.experiments.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges a sweep's shard files into results.csv: one row per design point and replication, in the
 * design's order, each run once however many times it was recorded. The rows depend only on the
 * design and the runs' results, so the file is byte-identical whatever the threads or shards that
 * made it. Written atomically. Holds one summary per run in memory (the raw records stay on disk).
 */
public final class Merge {
    public static final String FILE = "results.csv";
    public static final String PARQUET = "results.parquet";

    /** Runs of the design, and those not recorded (by id) if the merge was refused. */
    public record Outcome(int runs, List<String> missing, Path file) {}

    private Merge() {}

    /**
     * Writes {@code dir/results.csv} if every run is recorded (or {@code partial}: then the rows of
     * what is recorded).
     */
    public static Outcome merge(Design d, Path dir, boolean partial) throws IOException {
        return merge(d, dir, partial, false);
    }

    /** As {@link #merge(Design, Path, boolean)}, and with {@code parquet} also results.parquet. */
    public static Outcome merge(Design d, Path dir, boolean partial, boolean parquet)
            throws IOException {
        Map<String, RunRecord> byKey = new HashMap<>();
        Set<String> measures = new LinkedHashSet<>();
        Records.forEach(
                dir,
                r -> {
                    if (byKey.putIfAbsent(r.key(), r) == null) {
                        measures.addAll(r.measures().keySet());
                    }
                });
        List<String> columns = new ArrayList<>(measures);
        columns.sort(Comparator.comparingInt(RunSummary::order).thenComparing(c -> c));
        List<Point> points = Points.of(d);
        List<String> missing = new ArrayList<>();
        int runs = 0;
        for (Point p : points) {
            for (int r = 0; r < d.replications(); r++) {
                runs++;
                if (!byKey.containsKey(RunKeys.key(d, p, r))) {
                    missing.add("p" + p.index() + "-r" + r);
                }
            }
        }
        Path target = dir.resolve(FILE);
        if (!missing.isEmpty() && !partial) {
            return new Outcome(runs, missing, null);
        }
        List<String> paths = d.factors().stream().map(Factor::path).toList();
        ParquetResults pq = null;
        if (parquet) {
            RunRecord sample = null;
            for (Point p : points) {
                for (int r = 0; r < d.replications() && sample == null; r++) {
                    sample = byKey.get(RunKeys.key(d, p, r));
                }
                if (sample != null) {
                    break;
                }
            }
            if (sample != null) {
                pq = ParquetResults.open(dir.resolve(PARQUET), sample.factors(), columns);
            }
        }
        Path tmp = Staged.beside(target);
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                ParquetResults out = pq) {
            StringBuilder h = new StringBuilder("point,replication,key,seed");
            for (Factor f : d.factors()) {
                h.append(',').append(f.path());
            }
            for (String m : columns) {
                h.append(',').append(m);
            }
            w.write(h.append('\n').toString());
            for (Point p : points) {
                for (int r = 0; r < d.replications(); r++) {
                    RunRecord rec = byKey.get(RunKeys.key(d, p, r));
                    if (rec == null) {
                        continue;
                    }
                    StringBuilder b = new StringBuilder();
                    b.append(p.index()).append(',').append(r).append(',').append(rec.key());
                    b.append(',').append(rec.seed());
                    for (Factor f : d.factors()) {
                        b.append(',').append(value(rec.factors().get(f.path())));
                    }
                    for (String m : columns) {
                        Double v = rec.measures().get(m);
                        b.append(',').append(v == null ? "" : number(v));
                    }
                    w.write(b.append('\n').toString());
                    if (out != null) {
                        out.write(rec, p.index(), r, paths, columns);
                    }
                }
            }
        }
        Files.move(
                tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new Outcome(runs, missing, target);
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static String value(Object v) {
        if (v instanceof Double d) {
            return number(d);
        }
        String s = String.valueOf(v);
        return s.indexOf(',') < 0 && s.indexOf('"') < 0 ? s : '"' + s.replace("\"", "\"\"") + '"';
    }
}
