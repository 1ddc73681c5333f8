package issim.experiments.stats;

import issim.experiments.run.Series;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The summary of a set of results: for each scenario, measure and group, the replications' run
 * means (each the mean of the monthly values) summarised as mean, SD and 95% CI; in a comparison,
 * the difference from the baseline paired by seed, with its 95% CI and the percentage change.
 */
public final class Summary {
    /**
     * One row of the summary; {@code diff} is null, and {@code pctChange} NaN, outside a
     * comparison.
     */
    public record Row(
            String scenario, Series.Key key, Statistics stats, Statistics diff, double pctChange) {}

    private Summary() {}

    /** Rows by scenario, then measure and group in the order first observed. */
    public static List<Row> rows(List<List<Series>> results, boolean compare) {
        Set<Series.Key> keys = new LinkedHashSet<>();
        for (List<Series> scenario : results) {
            for (Series s : scenario) {
                s.keys().forEach(keys::add);
            }
        }
        List<Row> rows = new ArrayList<>();
        List<Series> baseline = results.get(0);
        for (List<Series> scenario : results) {
            for (Series.Key key : keys) {
                double[] v = runMeans(scenario, key);
                Statistics stats = Statistics.of(v);
                if (stats.n() == 0) {
                    continue;
                }
                Statistics diff = null;
                double pct = Double.NaN;
                if (compare) {
                    double[] b = runMeans(baseline, key);
                    diff = Statistics.paired(v, b);
                    double base = Statistics.of(b).mean();
                    pct = base == 0 || Double.isNaN(base) ? Double.NaN : 100 * diff.mean() / base;
                }
                rows.add(new Row(scenario.get(0).scenario(), key, stats, diff, pct));
            }
        }
        return rows;
    }

    static double[] runMeans(List<Series> replications, Series.Key key) {
        double[] v = new double[replications.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = runMean(replications.get(i), key);
        }
        return v;
    }

    /** Mean over the months it was observed in: the replication's value for the summary. */
    public static double runMean(Series s, Series.Key key) {
        double[] v = s.values(key);
        if (v == null) {
            return Double.NaN;
        }
        double sum = 0;
        int n = 0;
        for (double d : v) {
            if (!Double.isNaN(d)) {
                sum += d;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
