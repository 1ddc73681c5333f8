package issim.core;

import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import java.util.List;
import java.util.Locale;

/**
 * The linear trend of a measure's annual means over a run's observed years, as a share of their
 * mean, averaged over runs, with its standard error between runs (docs/ODD.md §5).
 */
record AnnualTrend(Measure measure, int runs, int years, double trend, double standardError) {

    /** A run's annual means of {@code m}: each year the mean of its twelve monthly values. */
    static double[] annualMeans(List<MonthlyReport> run, Measure m) {
        int years = run.size() / 12;
        double[] own = new double[years];
        for (int month = 0; month < years * 12; month++) {
            own[month / 12] += run.get(month).value(m) / 12;
        }
        return own;
    }

    /**
     * The trend of the mean over runs of their annual means, and the standard error of the runs'
     * own trends; {@code annual.get(k)} is run k's annual means.
     */
    static AnnualTrend of(Measure m, List<double[]> annual) {
        int years = annual.get(0).length, runs = annual.size();
        double[] mean = new double[years];
        double[] perRun = new double[runs];
        for (int k = 0; k < runs; k++) {
            for (int y = 0; y < years; y++) {
                mean[y] += annual.get(k)[y] / runs;
            }
            perRun[k] = trend(annual.get(k));
        }
        double centre = 0, spread = 0;
        for (double t : perRun) {
            centre += t / runs;
        }
        for (double t : perRun) {
            spread += (t - centre) * (t - centre) / (runs - 1);
        }
        return new AnnualTrend(m, runs, years, trend(mean), Math.sqrt(spread / runs));
    }

    /** The linear trend of yearly values over their span, as a share of their mean. */
    static double trend(double[] annual) {
        int years = annual.length;
        double mean = 0;
        for (double a : annual) {
            mean += a / years;
        }
        double centre = (years - 1) / 2.0, sxx = 0, sxy = 0;
        for (int y = 0; y < years; y++) {
            sxx += (y - centre) * (y - centre);
            sxy += (y - centre) * (annual[y] - mean);
        }
        return sxy / sxx * (years - 1) / mean;
    }

    /** The trend against a margin, in words, for a failure message. */
    String against(double margin) {
        return String.format(
                Locale.ROOT,
                "%s: trend %+.2f%% over %d years, %d runs (standard error %.2f%%, margin ±%.1f%%)",
                measure.key(),
                100 * trend,
                years,
                runs,
                100 * standardError,
                100 * margin);
    }
}
