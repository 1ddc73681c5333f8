package issim.experiments.output;

import issim.experiments.stats.Statistics;
import issim.experiments.stats.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * summary.csv: the rows of the {@link Summary}, the difference columns empty outside a comparison.
 */
final class SummaryCsv {
    static final String HEADER =
            "scenario,measure,group,replications,mean,sd,ci95_low,ci95_high,"
                    + "diff_from_baseline,diff_ci95_low,diff_ci95_high,pct_change";

    private SummaryCsv() {}

    static void write(Path file, List<Summary.Row> rows) throws IOException {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Summary.Row r : rows) {
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
