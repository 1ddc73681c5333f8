package issim.experiments.stats;

/**
 * First-order and total Sobol indices from Saltelli's sample: the responses at the base matrices A
 * and B and at each AB_i (A with column i from B). First order by Saltelli et al. (2010), S_i =
 * mean((f(B) − f̄) (f(AB_i) − f(A))) / V with f centred on its sample mean; total by Jansen (1999),
 * ST_i = mean((f(A) − f(AB_i))²) / 2V; V the variance of f over A and B together. Intervals by
 * bootstrap over the base rows.
 */
public final class SobolIndices {
    /** One factor's indices with their 95% intervals. */
    public record Indices(Bootstrap.Interval first, Bootstrap.Interval total) {}

    private SobolIndices() {}

    /**
     * @param a f at A, one value per base row
     * @param b f at B
     * @param ab f at AB_i, indexed [factor][row]
     */
    public static Indices[] estimate(
            double[] a, double[] b, double[][] ab, int resamples, long seed) {
        Indices[] out = new Indices[ab.length];
        for (int i = 0; i < ab.length; i++) {
            double[] abi = ab[i];
            Bootstrap.Interval first =
                    Bootstrap.percentile(
                            a.length, rows -> first(a, b, abi, rows), resamples, seed + 2L * i);
            Bootstrap.Interval total =
                    Bootstrap.percentile(
                            a.length, rows -> total(a, b, abi, rows), resamples, seed + 2L * i + 1);
            out[i] = new Indices(first, total);
        }
        return out;
    }

    /** S_i on the rows given (which may repeat). */
    public static double first(double[] a, double[] b, double[] abi, int[] rows) {
        // f(B) centred on the sample's mean: the same expectation, since f(AB_i) - f(A) has mean
        // zero, but far less variance when f is far from zero (as a share or a rate is).
        double mean = 0;
        for (int j : rows) {
            mean += a[j] + b[j];
        }
        mean /= 2.0 * rows.length;
        double s = 0;
        for (int j : rows) {
            s += (b[j] - mean) * (abi[j] - a[j]);
        }
        return s / rows.length / variance(a, b, rows);
    }

    /** ST_i on the rows given (which may repeat). */
    public static double total(double[] a, double[] b, double[] abi, int[] rows) {
        double s = 0;
        for (int j : rows) {
            double d = a[j] - abi[j];
            s += d * d;
        }
        return s / rows.length / 2 / variance(a, b, rows);
    }

    /** The variance of f over the rows of A and B together; NaN if f is constant. */
    static double variance(double[] a, double[] b, int[] rows) {
        double sum = 0, sq = 0;
        int n = 2 * rows.length;
        for (int j : rows) {
            sum += a[j] + b[j];
        }
        double mean = sum / n;
        for (int j : rows) {
            sq += (a[j] - mean) * (a[j] - mean) + (b[j] - mean) * (b[j] - mean);
        }
        double v = sq / (n - 1);
        return v > 0 ? v : Double.NaN;
    }
}
