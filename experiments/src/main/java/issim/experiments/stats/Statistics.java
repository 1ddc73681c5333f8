package issim.experiments.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, standard deviation and a Student-t 95% confidence interval over replications.
 *
 * <p>The interval is {@code mean ± t(0.975, n − 1) · sd / √n} with the sample SD (divisor {@code n
 * − 1}): replications are few, so the normal 1.96 would understate the uncertainty (with 3
 * replications t is 4.30). With one value there is no SD and no interval: {@code sd}, {@code low}
 * and {@code high} are NaN, never a zero-width interval that would claim certainty. With {@code n ≥
 * 2} identical values the interval has zero width, which is then the t interval's honest value:
 * every replication agreed.
 */
public record Statistics(int n, double mean, double sd, double low, double high) {
    /** The two-sided level of {@link #low} and {@link #high}. */
    public static final double LEVEL = 0.95;

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
            return new Statistics(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double ss = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half = t(n - 1) * sd / Math.sqrt(n);
        return new Statistics(n, mean, sd, mean - half, mean + half);
    }

    /**
     * Paired differences {@code a[i] - b[i]} over replications with common seeds: replication
     * {@code i} of both ran on the same seed, so the interval is the t interval of the {@code n}
     * differences, which removes the variation the two share. A pair with a NaN on either side is
     * left out.
     */
    public static Statistics paired(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(
                    "paired: " + a.length + " replications against " + b.length);
        }
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return of(d);
    }

    /** The two-sided {@link #LEVEL} quantile of Student's t with {@code df} degrees of freedom. */
    static double t(int df) {
        // No random generator: only the quantile is needed, and seeding one per call is costly.
        return new TDistribution(null, df).inverseCumulativeProbability(0.5 + LEVEL / 2);
    }

    /** Whether there is a confidence interval: two or more values. */
    public boolean hasInterval() {
        return n >= 2;
    }

    /** Half the width of the interval; NaN without one. */
    public double halfWidth() {
        return (high - low) / 2;
    }

    /** Whether there is an interval and it lies wholly above {@code x}. */
    public boolean above(double x) {
        return hasInterval() && low > x;
    }

    /** Whether there is an interval and it lies wholly below {@code x}. */
    public boolean below(double x) {
        return hasInterval() && high < x;
    }
}
