package issim.experiments.stats;

import org.apache.commons.math3.distribution.TDistribution;

/** Mean, standard deviation and a Student-t 95% confidence interval over replications. */
public record Statistics(int n, double mean, double sd, double low, double high) {

    /** Summarises the non-NaN values. */
    public static Statistics of(double[] values) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        if (n == 0) {
            return new Statistics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = sum / n;
        if (n == 1) {
            return new Statistics(1, mean, 0, mean, mean);
        }
        double ss = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half =
                new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        return new Statistics(n, mean, sd, mean - half, mean + half);
    }

    /** Paired differences {@code a[i] - b[i]} over replications with common seeds. */
    public static Statistics paired(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return of(d);
    }
}
