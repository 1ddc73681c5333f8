package issim.experiments.cli;

import issim.experiments.output.MicroData;
import issim.experiments.output.OutputDirectory;
import issim.experiments.output.OutputFiles;
import issim.experiments.run.BadInputException;
import issim.experiments.run.ExperimentPlan;
import issim.experiments.run.RunFailedException;
import issim.experiments.run.RunSettingsConflictException;
import issim.experiments.run.RunSettingsConflictException.Conflict;
import issim.experiments.run.RunSettingsConflictException.Difference;
import issim.experiments.run.Runner;
import issim.experiments.run.Series;
import issim.experiments.sweep.ParameterUncertainty;
import issim.scenarios.Scenario;
import issim.scenarios.ScenarioException;
import issim.scenarios.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * One run or comparison from start to finish: resolve the scenarios, apply the options, run the
 * replications, and write every output into a fresh directory that appears only when complete.
 * Every failure ends here as one message on {@code err} and an exit code.
 */
final class Invocation {
    private Invocation() {}

    static ExitCode execute(
            String command,
            List<String> references,
            RunOptions o,
            boolean compare,
            PrintWriter out,
            PrintWriter err) {
        return execute(command, references, o, compare, null, out, err);
    }

    /**
     * As above; {@code uncertainty}, if not null, names the parameter ranges each replication draws
     * from ({@link ParameterUncertainty}).
     */
    static ExitCode execute(
            String command,
            List<String> references,
            RunOptions o,
            boolean compare,
            String uncertainty,
            PrintWriter out,
            PrintWriter err) {
        List<Scenario> loaded = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ParameterUncertainty ranges = null;
        if (uncertainty != null) {
            try {
                ranges = ParameterUncertainty.load(uncertainty);
            } catch (ScenarioException e) {
                problems.add(e.getMessage());
            }
        }
        for (String ref : references) {
            try {
                loaded.add(ScenarioLoader.load(ref));
            } catch (ScenarioException e) {
                problems.add(e.getMessage());
            }
        }
        String bad = o.problem();
        if (bad != null) {
            problems.add(bad);
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            return ExitCode.BAD_INPUT;
        }
        ExperimentPlan plan;
        try {
            plan = Runner.plan(command, loaded, o.overrides(), o.threads(), compare);
            if (ranges != null) {
                List<Long> seeds = new ArrayList<>();
                for (int r = 0; r < plan.replications(); r++) {
                    seeds.add(plan.seed(r));
                }
                plan = plan.withDraws(ranges.draws(seeds));
            }
        } catch (RunSettingsConflictException e) {
            for (Conflict c : e.conflicts()) {
                err.println(refusal(command, references, c));
            }
            return ExitCode.BAD_INPUT;
        } catch (BadInputException e) {
            err.println("issim: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        Path target = o.out != null ? o.out : Path.of("issim-out");
        try (OutputDirectory dir =
                o.out != null
                        ? OutputDirectory.create(o.out)
                        : OutputDirectory.createNext(target, command)) {
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
                    new Progress(plan.scenarios().size() * plan.replications(), out)) {
                results =
                        o.export.isEmpty()
                                ? Runner.run(plan, progress)
                                : Runner.run(
                                        plan,
                                        progress,
                                        new MicroData(dir.staging(), new HashSet<>(o.export)));
            }
            OutputFiles.write(dir.staging(), plan, results, start);
            dir.commit();
            if (dir.displaced()) {
                err.println(
                        "issim: --out: "
                                + dir.requested()
                                + " appeared during the run; the results were written to "
                                + dir.target()
                                + " instead");
            }
            out.println("wrote " + dir.target());
            return ExitCode.OK;
        } catch (FileAlreadyExistsException e) {
            err.println(
                    "issim: --out: expected a directory that does not exist yet, found "
                            + e.getFile()
                            + " already there");
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println(
                    "issim: "
                            + (o.out != null ? "--out: " : "")
                            + "cannot write "
                            + target
                            + ": "
                            + OutputDirectory.problem(e, target));
            return ExitCode.BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("issim: stopped; nothing was written");
            return ExitCode.INTERRUPTED;
        } catch (RunFailedException e) {
            err.println(Issim.failure(e));
            return ExitCode.FAILURE;
        }
    }

    /**
     * Why a scenario's run settings are refused: each differing setting with both values, and how
     * to resolve it.
     */
    private static String refusal(String command, List<String> references, Conflict c) {
        String scenario = references.get(c.scenario());
        List<String> stated = new ArrayList<>(), baseline = new ArrayList<>();
        List<String> settable = new ArrayList<>(), flags = new ArrayList<>();
        List<String> unsettable = new ArrayList<>();
        for (Difference d : c.differences()) {
            String key = d.setting().key();
            stated.add(key + " to " + d.value());
            baseline.add(Long.toString(d.baselineValue()));
            String flag = RunOptions.flagFor(d.setting());
            if (flag != null) {
                settable.add(key);
                flags.add(flag);
            } else {
                unsettable.add(key);
            }
        }
        boolean one = c.differences().size() == 1;
        String it = one ? "it" : "them";
        StringBuilder m =
                new StringBuilder("issim: ")
                        .append(command)
                        .append(": scenario '")
                        .append(scenario)
                        .append("' sets ")
                        .append(and(stated))
                        .append(" but the baseline '")
                        .append(references.get(0))
                        .append(one ? "' sets " : "' sets them to ")
                        .append(and(baseline))
                        .append(
                                "; a comparison runs every scenario on the baseline's settings:"
                                        + " remove ")
                        .append(it)
                        .append(" from '")
                        .append(scenario)
                        .append("'");
        if (unsettable.isEmpty()) {
            m.append(", or set ")
                    .append(it)
                    .append(" on the command line with ")
                    .append(and(flags));
        } else if (!settable.isEmpty()) {
            m.append(", or set ")
                    .append(and(settable))
                    .append(" on the command line with ")
                    .append(and(flags))
                    .append(" and remove ")
                    .append(and(unsettable));
        }
        return m.toString();
    }

    /** "a", "a and b", "a, b and c". */
    private static String and(List<String> items) {
        int n = items.size();
        if (n == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
    }
}
