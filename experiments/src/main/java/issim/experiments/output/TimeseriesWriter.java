package issim.experiments.output;

import issim.core.observe.MonthlyReport;
import issim.core.observe.Observation;
import issim.experiments.run.Series;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** timeseries.csv: every observation of every run, in tidy long format. */
final class TimeseriesWriter {
    static final String HEADER = "scenario,replication,seed,day,month,measure,group,value";

    private TimeseriesWriter() {}

    static void write(Path file, List<List<Series>> results) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            StringBuilder line = new StringBuilder(96);
            for (List<Series> scenario : results) {
                for (Series s : scenario) {
                    String prefix =
                            Csv.text(s.scenario()) + "," + s.replication() + "," + s.seed() + ",";
                    for (MonthlyReport r : s.reports()) {
                        String at = Csv.number(r.day()) + "," + r.month() + ",";
                        for (Observation o : r.observations()) {
                            line.setLength(0);
                            line.append(prefix)
                                    .append(at)
                                    .append(Csv.text(o.measure()))
                                    .append(',')
                                    .append(Csv.text(o.group()))
                                    .append(',')
                                    .append(Csv.number(o.value()))
                                    .append('\n');
                            w.append(line);
                        }
                    }
                }
            }
        }
    }
}
