package issim.experiments.output;

import issim.core.observe.Measure;
import issim.experiments.run.Series;
import issim.experiments.stats.Bootstrap;
import issim.experiments.stats.Statistics;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The report's costs (docs/ODD.md §7.13): over the horizon, each scenario's spending, the extra
 * spending, practitioner time (priced) and placements against the baseline, paired by seed, and the
 * full extra cost; and the price of an outcome avoided, which the decision table shows.
 */
final class CostTable {
    /** Bootstrap resamples for a cost per outcome's interval; fixed seed, so reproducible. */
    private static final int RESAMPLES = 2_000;

    private static final long BOOTSTRAP_SEED = 20_100_331L;

    private CostTable() {}

    static void render(StringBuilder h, List<List<Series>> results) {
        h.append("<h2>Costs over the horizon</h2>\n<p>")
                .append(
                        "Totals over the horizon (GBP), mean over replications; differences are paired by seed with 95%"
                                + " intervals. Spending is salaries and what the interventions buy. Practitioner time is the"
                                + " hours that go to assessments, Team Around the Child meetings and cases, priced at the"
                                + " era's unit costs (unitCosts.*): salaries are paid either way, so extra time is what"
                                + " else those hours could have done. Placements are what looked-after children's foster"
                                + " and residential placements cost (care.*); a few children's placements, residential above"
                                + " all, are dear, so they vary most between replications and widen every interval"
                                + " of the full extra cost. The full extra cost is the three together.</p>\n")
                .append(
                        "<table>\n<tr><th>scenario</th><th>spending</th><th>extra spending</th>"
                                + "<th>extra practitioner time</th><th>extra placements</th>"
                                + "<th>full extra cost</th></tr>\n");
        double[][] base = totals(results.get(0));
        for (int i = 0; i < results.size(); i++) {
            double[][] t = totals(results.get(i));
            h.append("<tr><td>")
                    .append(HtmlReport.esc(results.get(i).get(0).scenario()))
                    .append("</td><td class=\"n\">")
                    .append(money(Statistics.of(t[0]).mean()));
            if (i == 0) {
                h.append("</td><td></td><td></td><td></td><td></td></tr>\n");
                continue;
            }
            h.append("</td><td class=\"n\">")
                    .append(withInterval(Statistics.paired(t[0], base[0]), CostTable::money))
                    .append("</td><td class=\"n\">")
                    .append(withInterval(Statistics.paired(t[1], base[1]), CostTable::money))
                    .append("</td><td class=\"n\">")
                    .append(withInterval(Statistics.paired(t[2], base[2]), CostTable::money))
                    .append("</td><td class=\"n\">")
                    .append(withInterval(Statistics.paired(full(t), full(base)), CostTable::money))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        h.append(
                "<p>What an outcome avoided costs, for the children reached and the locality, is in"
                        + " the decision table at the head of this report.</p>\n");
    }

    /**
     * What an outcome avoided costs: the mean extra cost over the mean avoided, with a bootstrap
     * 95% interval over replications. No figure with one replication, nor unless the outcome's
     * paired difference {@code effect} (lower is better) lies wholly below zero: a cost per nothing
     * is not a price, and the verdict on the outcome and its price come from the same numbers.
     */
    static String costPer(double[] extra, double[] avoided, String unit, Statistics effect) {
        if (avoided.length < 2) {
            return "n/a (one replication)";
        }
        if (effect.above(0)) {
            return "none: the outcome is worse";
        }
        if (!effect.below(0)) {
            return "none: the outcome is not clearly better";
        }
        Bootstrap.Interval c =
                Bootstrap.percentile(
                        avoided.length,
                        rows -> ratio(extra, avoided, rows),
                        RESAMPLES,
                        BOOTSTRAP_SEED);
        return money(c.estimate())
                + " ("
                + money(c.low())
                + " to "
                + money(c.high())
                + ") "
                + HtmlReport.esc(unit);
    }

    /** Per replication, the scenario's full extra cost over the baseline's (paired by seed). */
    static double[] fullExtra(List<Series> scenario, List<Series> baseline) {
        return minus(full(totals(scenario)), full(totals(baseline)));
    }

    /** Mean extra cost over mean outcomes avoided, over the replications chosen. */
    private static double ratio(double[] extra, double[] avoided, int[] rows) {
        double e = 0, a = 0;
        for (int r : rows) {
            e += extra[r];
            a += avoided[r];
        }
        return a <= 0 ? Double.NaN : e / a;
    }

    /** Per replication: spending, priced practitioner time and placements over the horizon. */
    private static double[][] totals(List<Series> scenario) {
        double[][] t = new double[3][scenario.size()];
        for (int r = 0; r < scenario.size(); r++) {
            Series s = scenario.get(r);
            double[] cost = s.values(Measure.COST.key(), Shown.ALL),
                    time = s.values(Measure.PRACTITIONER_TIME_COST.key(), Shown.ALL),
                    placements = s.values(Measure.PLACEMENT_COST.key(), Shown.ALL);
            for (int m = 0; m < s.months(); m++) {
                t[0][r] += cost[m];
                t[1][r] += time == null ? 0 : time[m];
                t[2][r] += placements == null ? 0 : placements[m];
            }
        }
        return t;
    }

    private static double[] full(double[][] t) {
        double[] out = new double[t[0].length];
        for (int r = 0; r < out.length; r++) {
            out[r] = t[0][r] + t[1][r] + t[2][r];
        }
        return out;
    }

    private static double[] minus(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = a[r] - b[r];
        }
        return out;
    }

    static String withInterval(Statistics s, DoubleFunction<String> format) {
        return s.hasInterval()
                ? format.apply(s.mean())
                        + " ("
                        + format.apply(s.low())
                        + " to "
                        + format.apply(s.high())
                        + ")"
                : format.apply(s.mean()) + " (n/a)";
    }

    static String money(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%,.0f", v);
    }
}
