package issim.experiments.output;

import issim.experiments.run.ExperimentPlan;
import issim.experiments.run.Series;
import issim.experiments.stats.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Every file an invocation writes, from its plan and results. */
public final class OutputFiles {
    /** The files written, in the order the manifest lists them. */
    public static final List<String> FILES =
            List.of(
                    "timeseries.csv",
                    "summary.csv",
                    "measures.csv",
                    "manifest.json",
                    "outcomes.png",
                    "outcomes.svg",
                    "services.png",
                    "services.svg",
                    "trust.png",
                    "trust.svg",
                    "costs.png",
                    "costs.svg",
                    "report.html");

    private OutputFiles() {}

    /**
     * Writes {@link #FILES} into {@code dir}; {@code start} is when the invocation started, for the
     * manifest.
     */
    public static void write(
            Path dir, ExperimentPlan plan, List<List<Series>> results, Instant start)
            throws IOException {
        TimeseriesWriter.write(dir.resolve("timeseries.csv"), results);
        List<Summary.Row> rows = Summary.rows(results, plan.compare());
        SummaryCsv.write(dir.resolve("summary.csv"), rows);
        MeasuresCsv.write(dir.resolve("measures.csv"));
        List<byte[]> figures = Plots.write(dir, results);
        Files.writeString(
                dir.resolve("report.html"),
                HtmlReport.render(plan, results, rows, figures),
                StandardCharsets.UTF_8);
        Manifest.write(dir.resolve("manifest.json"), plan, start, Instant.now(), FILES);
    }
}
