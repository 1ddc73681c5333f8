package issim.experiments.stats;

/**
 * Morris's elementary effects, EE = (f(x + Δ e_i) − f(x)) / Δ along each trajectory, summarised per
 * factor by μ* (the mean of |EE|, which ranks influence), μ (the mean, whose sign says the
 * direction) and σ (their standard deviation: interaction or non-linearity). Δ is on the unit
 * scale, so effects of factors with different units compare.
 */
public final class MorrisEffects {
    /** One factor's summary over its r elementary effects; μ* with a bootstrap 95% interval. */
    public record Effect(Bootstrap.Interval muStar, double mu, double sigma) {}

    private MorrisEffects() {}

    /**
     * @param y responses along each trajectory, [trajectory][step 0..k]
     * @param moved the factor moved at each step, [trajectory][step 0..k-1]
     * @param step the signed Δ of each step on the unit scale
     */
    public static Effect[] estimate(
            double[][] y, int[][] moved, double[][] step, int factors, int resamples, long seed) {
        int r = y.length;
        double[][] ee = new double[factors][r];
        for (int t = 0; t < r; t++) {
            for (int s = 0; s < moved[t].length; s++) {
                ee[moved[t][s]][t] = (y[t][s + 1] - y[t][s]) / step[t][s];
            }
        }
        Effect[] out = new Effect[factors];
        for (int i = 0; i < factors; i++) {
            double[] e = ee[i];
            Bootstrap.Interval muStar =
                    Bootstrap.percentile(
                            r,
                            rows -> {
                                double s = 0;
                                for (int t : rows) {
                                    s += Math.abs(e[t]);
                                }
                                return s / rows.length;
                            },
                            resamples,
                            seed + i);
            double mean = 0;
            for (double v : e) {
                mean += v;
            }
            mean /= r;
            double sq = 0;
            for (double v : e) {
                sq += (v - mean) * (v - mean);
            }
            out[i] = new Effect(muStar, mean, r > 1 ? Math.sqrt(sq / (r - 1)) : Double.NaN);
        }
        return out;
    }
}
