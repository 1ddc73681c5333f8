package issim.core;

import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * A statistic of a measure's annual means over a run's observed years (docs/ODD.md §5) — a linear
 * trend, or one decade's mean against the whole run's — as a share of their mean: its value on the
 * mean over runs of their annual means, with its standard error between runs.
 */
record AnnualTrend(
        Measure measure, String what, int runs, int years, double value, double standardError) {

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
     * The linear trend over all the runs' years ({@link #trend}); {@code annual.get(k)} is run k.
     */
    static AnnualTrend of(Measure m, List<double[]> annual) {
        return of(m, "trend over the years", annual, AnnualTrend::trend);
    }

    /**
     * {@code statistic} of the mean over runs of their annual means, and the standard error of the
     * runs' own values of it.
     */
    static AnnualTrend of(
            Measure m, String what, List<double[]> annual, ToDoubleFunction<double[]> statistic) {
        int years = annual.get(0).length, runs = annual.size();
        double[] mean = new double[years];
        double[] perRun = new double[runs];
        for (int k = 0; k < runs; k++) {
            for (int y = 0; y < years; y++) {
                mean[y] += annual.get(k)[y] / runs;
            }
            perRun[k] = statistic.applyAsDouble(annual.get(k));
        }
        double centre = 0, spread = 0;
        for (double t : perRun) {
            centre += t / runs;
        }
        for (double t : perRun) {
            spread += (t - centre) * (t - centre) / (runs - 1);
        }
        return new AnnualTrend(
                m, what, runs, years, statistic.applyAsDouble(mean), Math.sqrt(spread / runs));
    }

    /** The linear trend of yearly values over their whole span, as a share of their mean. */
    static double trend(double[] annual) {
        return trendPer(annual, annual.length - 1);
    }

    /**
     * The linear trend of yearly values fitted over all of them, as the change over {@code span}
     * years and a share of their mean.
     */
    static double trendPer(double[] annual, int span) {
        int years = annual.length;
        double mean = mean(annual, 0, years);
        double centre = (years - 1) / 2.0, sxx = 0, sxy = 0;
        for (int y = 0; y < years; y++) {
            sxx += (y - centre) * (y - centre);
            sxy += (y - centre) * (annual[y] - mean);
        }
        return sxy / sxx * span / mean;
    }

    /**
     * The mean of years {@code from} to {@code to} (exclusive) against the mean of all, less one.
     */
    static double periodAgainstAll(double[] annual, int from, int to) {
        return mean(annual, from, to) / mean(annual, 0, annual.length) - 1;
    }

    /** The first {@code years} years alone. */
    static double[] first(double[] annual, int years) {
        return java.util.Arrays.copyOf(annual, years);
    }

    private static double mean(double[] annual, int from, int to) {
        double sum = 0;
        for (int y = from; y < to; y++) {
            sum += annual[y];
        }
        return sum / (to - from);
    }

    /** The statistic against a margin, in words, for a failure message. */
    String against(double margin) {
        return String.format(
                Locale.ROOT,
                "%s, %s: %+.2f%% (%d years, %d runs, standard error %.2f%%, margin ±%.1f%%)",
                measure.key(),
                what,
                100 * value,
                years,
                runs,
                100 * standardError,
                100 * margin);
    }
}
