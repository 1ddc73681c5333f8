package issim.experiments;

import issim.scenarios.RunSettings;
import issim.scenarios.Scenario;
import issim.scenarios.ScenarioException;
import issim.scenarios.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One run or comparison from start to finish: resolve the scenarios, apply the options, run the
 * replications, and write every output into a fresh directory that appears only when complete.
 */
final class Invocation {
    static final List<String> FILES =
            List.of(
                    "timeseries.csv",
                    "summary.csv",
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

    private Invocation() {}

    static int execute(
            String command,
            List<String> references,
            RunOptions o,
            boolean compare,
            PrintWriter out,
            PrintWriter err) {
        List<Scenario> loaded = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String ref : references) {
            try {
                loaded.add(ScenarioLoader.load(ref));
            } catch (ScenarioException e) {
                problems.add(e.getMessage());
            }
        }
        String bad = checkOptions(o);
        if (bad != null) {
            problems.add(bad);
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            return Issim.BAD_INPUT;
        }
        ExperimentPlan plan;
        try {
            plan = plan(command, loaded, o, compare);
        } catch (IllegalArgumentException e) {
            err.println("issim: " + e.getMessage());
            return Issim.BAD_INPUT;
        }
        Path target =
                o.out != null ? o.out : OutputDirectory.nextFree(Path.of("issim-out"), command);
        try (OutputDirectory dir = OutputDirectory.create(target)) {
            Instant start = Instant.now();
            out.printf(
                    "issim %s: %d scenario(s) x %d replication(s), seeds %d-%d, %d thread(s)%n",
                    command,
                    plan.scenarios().size(),
                    plan.replications(),
                    plan.firstSeed(),
                    plan.seed(plan.replications() - 1),
                    plan.threads());
            out.flush();
            List<List<Series>> results;
            try (Progress progress =
                    new Progress(
                            plan.scenarios().size() * plan.replications(),
                            System.out,
                            System.console() != null)) {
                results = Experiment.run(plan, progress);
            }
            write(dir.staging(), plan, results, start);
            dir.commit();
            out.println("wrote " + dir.target());
            return 0;
        } catch (FileAlreadyExistsException e) {
            err.println(
                    "issim: --out: expected a directory that does not exist yet, found "
                            + e.getFile()
                            + " already there");
            return Issim.BAD_INPUT;
        } catch (IOException e) {
            err.println("issim: cannot write " + target + ": " + e.getMessage());
            return Issim.BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("issim: stopped; nothing was written");
            return 130;
        }
    }

    private static String checkOptions(RunOptions o) {
        if (o.replications != null && (o.replications < 1 || o.replications > 100_000)) {
            return "issim: --replications: expected a whole number from 1 to 100000, found "
                    + o.replications;
        }
        if (o.seed != null && o.seed < 0) {
            return "issim: --seed: expected a whole number of at least 0, found " + o.seed;
        }
        if (o.years != null && !(o.years > 0 && o.years <= 100)) {
            return "issim: --years: expected a number above 0 and at most 100, found " + o.years;
        }
        if (o.threads != null && (o.threads < 1 || o.threads > 1024)) {
            return "issim: --threads: expected a whole number from 1 to 1024, found " + o.threads;
        }
        return null;
    }

    /**
     * Applies the options. A comparison takes its run settings (horizon, warm-up, seeds,
     * replications) from the baseline, so every scenario runs on the same seeds and horizon.
     */
    static ExperimentPlan plan(
            String command, List<Scenario> scenarios, RunOptions o, boolean compare) {
        RunSettings base = scenarios.get(0).run();
        int horizon = o.years != null ? (int) Math.round(o.years * 365) : base.horizonDays();
        int replications = o.replications != null ? o.replications : base.replications();
        long seed = o.seed != null ? o.seed : base.seed();
        int threads = o.threads != null ? o.threads : Runtime.getRuntime().availableProcessors();
        RunSettings run = new RunSettings(horizon, base.warmupDays(), seed, replications);
        List<Scenario> applied = new ArrayList<>();
        for (Scenario s : scenarios) {
            applied.add(
                    new Scenario(
                            s.name(),
                            s.description(),
                            run,
                            s.parameters()
                                    .withHorizonDays(horizon)
                                    .withWarmupDays(base.warmupDays())));
        }
        return new ExperimentPlan(command, applied, replications, seed, threads, compare);
    }

    static void write(Path dir, ExperimentPlan plan, List<List<Series>> results, Instant start)
            throws IOException {
        TimeseriesWriter.write(dir.resolve("timeseries.csv"), results);
        List<Summary.Row> rows = Summary.rows(results, plan.compare());
        Summary.write(dir.resolve("summary.csv"), rows);
        List<byte[]> figures = Plots.write(dir, results);
        Files.writeString(
                dir.resolve("report.html"),
                HtmlReport.render(plan, results, rows, figures),
                StandardCharsets.UTF_8);
        Manifest.write(dir.resolve("manifest.json"), plan, start, Instant.now(), FILES);
    }
}
