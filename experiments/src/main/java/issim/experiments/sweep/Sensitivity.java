package issim.experiments.sweep;

import issim.experiments.stats.MorrisEffects;
import issim.experiments.stats.SobolIndices;

/**
 * Sensitivity of one measure to a design's factors, from the responses at its points (each the mean
 * over the point's replications): Sobol indices for a Sobol design, Morris effects for a Morris
 * design, and in both the share of the variance between runs that is replication noise (the mean
 * variance within a point over the variance of all runs).
 */
public final class Sensitivity {
    /** Bootstrap resamples for every interval. */
    public static final int RESAMPLES = 1000;

    /**
     * The analysis of one measure. {@code sobol} or {@code morris} is null as the design is not of
     * that kind; {@code convergence} holds the total indices on the first 2, 4, … base rows,
     * [m][factor], with {@code convergenceRows} the row counts.
     */
    public record Result(
            String measure,
            double variance,
            double noiseShare,
            SobolIndices.Indices[] sobol,
            MorrisEffects.Effect[] morris,
            int[] convergenceRows,
            double[][] convergence) {}

    private Sensitivity() {}

    /**
     * @param runs the measure at each [point][replication]
     */
    public static Result analyse(Design d, String measure, double[][] runs) {
        double[] y = new double[runs.length];
        for (int p = 0; p < runs.length; p++) {
            double s = 0;
            for (double v : runs[p]) {
                s += v;
            }
            y[p] = s / runs[p].length;
        }
        double variance = variance(runs);
        double noise = noiseShare(runs, variance);
        long seed = d.seed() * 31 + measure.hashCode();
        int k = d.factors().size();
        if (d.kind() == DesignKind.SOBOL) {
            int n = d.size();
            double[] a = new double[n], b = new double[n];
            double[][] ab = new double[k][n];
            for (int j = 0; j < n; j++) {
                int base = j * (k + 2);
                a[j] = y[base];
                b[j] = y[base + 1];
                for (int i = 0; i < k; i++) {
                    ab[i][j] = y[base + 2 + i];
                }
            }
            SobolIndices.Indices[] indices = SobolIndices.estimate(a, b, ab, RESAMPLES, seed);
            // Convergence: the total indices on the first 2, 4, ... base rows (a Sobol
            // sequence's prefixes are balanced samples in their own right).
            int steps = Integer.numberOfTrailingZeros(n);
            int[] rows = new int[Math.max(0, steps)];
            double[][] conv = new double[rows.length][k];
            for (int c = 0; c < rows.length; c++) {
                rows[c] = 2 << c;
                int[] prefix = new int[rows[c]];
                for (int j = 0; j < prefix.length; j++) {
                    prefix[j] = j;
                }
                for (int i = 0; i < k; i++) {
                    conv[c][i] = SobolIndices.total(a, b, ab[i], prefix);
                }
            }
            return new Result(measure, variance, noise, indices, null, rows, conv);
        }
        if (d.kind() == DesignKind.MORRIS) {
            Points.Morris m = Points.morris(d);
            int r = d.size();
            double[][] traj = new double[r][k + 1];
            for (int t = 0; t < r; t++) {
                for (int s = 0; s <= k; s++) {
                    traj[t][s] = y[t * (k + 1) + s];
                }
            }
            MorrisEffects.Effect[] effects =
                    MorrisEffects.estimate(traj, m.moved(), m.step(), k, RESAMPLES, seed);
            return new Result(measure, variance, noise, null, effects, new int[0], new double[0][]);
        }
        throw new IllegalArgumentException(
                "sensitivity needs a Sobol or Morris design, not " + d.kind().key());
    }

    /**
     * Whether the measure varies between runs beyond rounding (a cost fixed by the staffing, say,
     * does not, and its indices would be noise over noise).
     */
    public static boolean varies(double[][] runs) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] p : runs) {
            for (double v : p) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return hi - lo > 1e-9 * Math.max(1, Math.max(Math.abs(lo), Math.abs(hi)));
    }

    /** The variance of all runs' values. */
    static double variance(double[][] runs) {
        double sum = 0;
        int n = 0;
        for (double[] p : runs) {
            for (double v : p) {
                sum += v;
                n++;
            }
        }
        double mean = sum / n, sq = 0;
        for (double[] p : runs) {
            for (double v : p) {
                sq += (v - mean) * (v - mean);
            }
        }
        return n > 1 ? sq / (n - 1) : Double.NaN;
    }

    /** Mean within-point variance over the variance of all runs; NaN with one replication. */
    static double noiseShare(double[][] runs, double total) {
        if (runs.length == 0 || runs[0].length < 2 || !(total > 0)) {
            return Double.NaN;
        }
        double within = 0;
        for (double[] p : runs) {
            double mean = 0;
            for (double v : p) {
                mean += v;
            }
            mean /= p.length;
            double sq = 0;
            for (double v : p) {
                sq += (v - mean) * (v - mean);
            }
            within += sq / (p.length - 1);
        }
        return Math.min(1, within / runs.length / total);
    }
}
