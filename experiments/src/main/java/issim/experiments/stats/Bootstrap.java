package issim.experiments.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap over rows: the statistic is recomputed on {@code resamples} samples of the
 * rows drawn with replacement, and the interval is the central 95% of the results. The generator is
 * seeded, so the same data give the same interval.
 */
public final class Bootstrap {
    /** A statistic of the rows chosen (indices may repeat). */
    @FunctionalInterface
    public interface Statistic {
        double of(int[] rows);
    }

    /** An estimate with its 95% interval. */
    public record Interval(double estimate, double low, double high) {
        public boolean covers(double v) {
            return low <= v && v <= high;
        }
    }

    private Bootstrap() {}

    public static Interval percentile(int n, Statistic s, int resamples, long seed) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        double estimate = s.of(all);
        SplittableRandom rng = new SplittableRandom(seed);
        double[] values = new double[resamples];
        int[] rows = new int[n];
        int kept = 0;
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                rows[i] = rng.nextInt(n);
            }
            double v = s.of(rows);
            if (!Double.isNaN(v)) {
                values[kept++] = v;
            }
        }
        if (kept == 0) {
            return new Interval(estimate, Double.NaN, Double.NaN);
        }
        double[] sorted = Arrays.copyOf(values, kept);
        Arrays.sort(sorted);
        return new Interval(estimate, quantile(sorted, 0.025), quantile(sorted, 0.975));
    }

    /** Linear interpolation between order statistics. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
