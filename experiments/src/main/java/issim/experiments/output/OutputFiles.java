package issim.experiments.output;

import issim.experiments.run.ExperimentPlan;
import issim.experiments.run.Series;
import issim.experiments.stats.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Every file an invocation writes, from its plan and results. */
public final class OutputFiles {
    /**
     * The files a comparison writes, in the order the manifest lists them; a run writes all but
     * {@link #COMPARISON_ONLY}.
     */
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
                    "differences.png",
                    "differences.svg",
                    "report.html");

    /** The figures of the differences from a baseline, which a run without one does not have. */
    public static final List<String> COMPARISON_ONLY =
            List.of("differences.png", "differences.svg");

    private OutputFiles() {}

    /** The files written for a comparison ({@code compare}) or a run, in the manifest's order. */
    public static List<String> files(boolean compare) {
        return compare ? FILES : FILES.stream().filter(f -> !COMPARISON_ONLY.contains(f)).toList();
    }

    /**
     * Writes {@link #files} into {@code dir}; {@code start} is when the invocation started, for the
     * manifest.
     */
    public static void write(
            Path dir, ExperimentPlan plan, List<List<Series>> results, Instant start)
            throws IOException {
        TimeseriesWriter.write(dir.resolve("timeseries.csv"), results);
        List<Summary.Row> rows = Summary.rows(results, plan.compare());
        SummaryCsv.write(dir.resolve("summary.csv"), rows);
        MeasuresCsv.write(dir.resolve("measures.csv"));
        List<Plots.Figure> figures = Plots.write(dir, results, compare(plan, results));
        Files.writeString(
                dir.resolve("report.html"),
                HtmlReport.render(plan, results, rows, figures),
                StandardCharsets.UTF_8);
        List<String> written = new ArrayList<>(files(compare(plan, results)));
        if (Files.isDirectory(dir.resolve(MicroData.DIR))) {
            written.add(MicroData.DIR + "/");
        }
        Manifest.write(dir.resolve("manifest.json"), plan, start, Instant.now(), written);
    }

    /** Whether there is a baseline to compare with. */
    private static boolean compare(ExperimentPlan plan, List<List<Series>> results) {
        return plan.compare() && results.size() > 1;
    }
}
