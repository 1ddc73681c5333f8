package issim.experiments.run;

import issim.core.params.ModelParameters;
import issim.experiments.run.RunSettingsConflictException.Conflict;
import issim.experiments.run.RunSettingsConflictException.Difference;
import issim.experiments.run.RunSettingsConflictException.Setting;
import issim.scenarios.CrossChecks;
import issim.scenarios.RunSettings;
import issim.scenarios.Scenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans and runs a set of scenarios: every scenario on the same run settings, so on the same seeds
 * and horizon, which is what makes a comparison paired. Results are returned, never printed.
 */
public final class Runner {
    private Runner() {}

    /**
     * Applies {@code overrides} and settles one set of run settings for every scenario: the first
     * scenario's (the baseline of a comparison), where the overrides do not state them.
     *
     * @param scenarios at least one; the first is the baseline of a comparison
     * @throws RunSettingsConflictException if a later scenario's own run settings differ from the
     *     first's in a setting the overrides do not state, since its settings would not apply
     * @throws BadInputException if the settings are out of range for the model
     */
    public static ExperimentPlan plan(
            String command,
            List<Scenario> scenarios,
            Overrides overrides,
            int threads,
            boolean compare)
            throws BadInputException {
        requireDistinctNames(command, scenarios);
        requireAgreement(scenarios, overrides);
        RunSettings base = scenarios.get(0).run();
        ModelParameters baseParams = scenarios.get(0).parameters();
        int horizon =
                overrides.horizonDays() != null
                        ? overrides.horizonDays()
                        : baseParams.horizonDays();
        int replications =
                overrides.replications() != null ? overrides.replications() : base.replications();
        long seed = overrides.seed() != null ? overrides.seed() : base.seed();
        try {
            RunSettings run = new RunSettings(seed, replications);
            List<Scenario> applied = new ArrayList<>();
            for (Scenario s : scenarios) {
                applied.add(
                        new Scenario(
                                s.name(),
                                s.description(),
                                run,
                                s.parameters()
                                        .withHorizonDays(horizon)
                                        .withWarmupDays(baseParams.warmupDays())));
            }
            requireStartsWithinTheRun(applied, overrides);
            return new ExperimentPlan(command, applied, replications, seed, threads, compare);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /**
     * Runs every (scenario, replication) of the plan on {@code plan.threads()} threads.
     *
     * @return results by scenario, then replication, whatever the number of threads
     * @throws RunFailedException if a run threw
     */
    public static List<List<Series>> run(ExperimentPlan plan, ProgressListener progress)
            throws InterruptedException, RunFailedException {
        return Experiment.run(plan, progress);
    }

    /**
     * As {@link #run(ExperimentPlan, ProgressListener)}, each run also recorded by {@code
     * recorder}.
     */
    public static List<List<Series>> run(
            ExperimentPlan plan, ProgressListener progress, MicroRecorder recorder)
            throws InterruptedException, RunFailedException {
        return Experiment.run(plan, progress, recorder);
    }

    /**
     * A shorter horizon on the command line ({@code --years}) must still reach every start the
     * scenarios plan; the files themselves are checked against their own horizon when loaded.
     */
    private static void requireStartsWithinTheRun(List<Scenario> scenarios, Overrides overrides)
            throws BadInputException {
        for (Scenario s : scenarios) {
            for (CrossChecks.Conflict c : CrossChecks.of(s.parameters())) {
                if (c.day() < 0) {
                    continue;
                }
                int horizon = s.parameters().horizonDays();
                throw new BadInputException(
                        (overrides.horizonDays() != null ? "--years: " : "")
                                + "expected a run of more than "
                                + c.day()
                                + " days ("
                                + c.path()
                                + " of scenario '"
                                + s.name()
                                + "' starts on day "
                                + c.day()
                                + "), found a run of "
                                + horizon
                                + " days");
            }
        }
    }

    /** Every table, plot and file labels a scenario by its name: two alike would be confused. */
    private static void requireDistinctNames(String command, List<Scenario> scenarios)
            throws BadInputException {
        Set<String> seen = new HashSet<>();
        for (Scenario s : scenarios) {
            if (!seen.add(s.name())) {
                throw new BadInputException(
                        command
                                + ": expected each scenario once, found '"
                                + s.name()
                                + "' twice (outputs label scenarios by name: rename a copy"
                                + " of the file to compare two variants)");
            }
        }
    }

    private static void requireAgreement(List<Scenario> scenarios, Overrides overrides)
            throws RunSettingsConflictException {
        RunSettings base = scenarios.get(0).run();
        ModelParameters baseParams = scenarios.get(0).parameters();
        List<Conflict> conflicts = new ArrayList<>();
        StringBuilder message = new StringBuilder();
        for (int i = 1; i < scenarios.size(); i++) {
            RunSettings run = scenarios.get(i).run();
            ModelParameters params = scenarios.get(i).parameters();
            List<Difference> differences = new ArrayList<>();
            if (overrides.horizonDays() == null
                    && params.horizonDays() != baseParams.horizonDays()) {
                differences.add(
                        new Difference(
                                Setting.HORIZON_DAYS,
                                params.horizonDays(),
                                baseParams.horizonDays()));
            }
            // Nothing overrides the warm-up: it is always the first scenario's.
            if (params.warmupDays() != baseParams.warmupDays()) {
                differences.add(
                        new Difference(
                                Setting.WARMUP_DAYS, params.warmupDays(), baseParams.warmupDays()));
            }
            if (overrides.seed() == null && run.seed() != base.seed()) {
                differences.add(new Difference(Setting.SEED, run.seed(), base.seed()));
            }
            if (overrides.replications() == null && run.replications() != base.replications()) {
                differences.add(
                        new Difference(
                                Setting.REPLICATIONS, run.replications(), base.replications()));
            }
            if (differences.isEmpty()) {
                continue;
            }
            conflicts.add(new Conflict(i, differences));
            for (Difference d : differences) {
                if (message.length() > 0) {
                    message.append('\n');
                }
                message.append(
                        String.format(
                                "scenario '%s' sets %s to %d but '%s' sets %d",
                                scenarios.get(i).name(),
                                d.setting().key(),
                                d.value(),
                                scenarios.get(0).name(),
                                d.baselineValue()));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new RunSettingsConflictException(message.toString(), conflicts);
        }
    }
}
