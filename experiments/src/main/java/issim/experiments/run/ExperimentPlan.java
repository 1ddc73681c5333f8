package issim.experiments.run;

import issim.scenarios.Scenario;
import java.util.List;

/**
 * What an invocation runs: scenarios (the first is the baseline of a comparison), with common seeds
 * {@code firstSeed}, {@code firstSeed + 1}, … for every scenario.
 */
public record ExperimentPlan(
        String command,
        List<Scenario> scenarios,
        int replications,
        long firstSeed,
        int threads,
        boolean compare) {

    public ExperimentPlan {
        scenarios = List.copyOf(scenarios);
    }

    public long seed(int replication) {
        return firstSeed + replication;
    }
}
