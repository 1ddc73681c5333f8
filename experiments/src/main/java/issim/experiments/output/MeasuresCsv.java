package issim.experiments.output;

import issim.core.observe.Measure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * measures.csv: the data dictionary of the measure keys in timeseries.csv and summary.csv, one row
 * per {@link Measure} in catalogue order.
 */
final class MeasuresCsv {
    static final String HEADER = "measure,label,unit,better,grouping";

    private MeasuresCsv() {}

    static void write(Path file) throws IOException {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Measure m : Measure.values()) {
            b.append(Csv.text(m.key()))
                    .append(',')
                    .append(Csv.text(m.label()))
                    .append(',')
                    .append(Csv.text(m.unit()))
                    .append(',')
                    .append(m.better().name().toLowerCase(Locale.ROOT))
                    .append(',')
                    .append(m.grouping().name().toLowerCase(Locale.ROOT))
                    .append('\n');
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }
}
