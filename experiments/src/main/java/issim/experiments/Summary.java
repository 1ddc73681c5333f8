package issim.experiments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * summary.csv: for each scenario, measure and group, the replications' run means (each the mean of
 * the monthly values) summarised as mean, SD and 95% CI; in a comparison, the difference from the
 * baseline paired by seed, with its 95% CI and the percentage change.
 */
final class Summary {
    static final String HEADER =
            "scenario,measure,group,replications,mean,sd,ci95_low,ci95_high,"
                    + "diff_from_baseline,diff_ci95_low,diff_ci95_high,pct_change";

    /** One row of the summary. */
    record Row(
            String scenario, Series.Key key, Statistics stats, Statistics diff, double pctChange) {}

    private Summary() {}

    static List<Row> rows(List<List<Series>> results, boolean compare) {
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
            v[i] = replications.get(i).runMean(key);
        }
        return v;
    }

    static void write(Path file, List<Row> rows) throws IOException {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Row r : rows) {
            Statistics s = r.stats();
            b.append(Csv.text(r.scenario()))
                    .append(',')
                    .append(Csv.text(r.key().measure()))
                    .append(',')
                    .append(Csv.text(r.key().group()))
                    .append(',')
                    .append(s.n())
                    .append(',')
                    .append(Csv.number(s.mean()))
                    .append(',')
                    .append(Csv.number(s.sd()))
                    .append(',')
                    .append(Csv.number(s.low()))
                    .append(',')
                    .append(Csv.number(s.high()))
                    .append(',');
            if (r.diff() != null) {
                b.append(Csv.number(r.diff().mean()))
                        .append(',')
                        .append(Csv.number(r.diff().low()))
                        .append(',')
                        .append(Csv.number(r.diff().high()))
                        .append(',')
                        .append(Csv.number(r.pctChange()));
            } else {
                b.append(",,,");
            }
            b.append('\n');
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }
}
