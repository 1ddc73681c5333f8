package issim.experiments.run;

import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import issim.scenarios.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an invocation runs: scenarios (the first is the baseline of a comparison), with common seeds
 * {@code firstSeed}, {@code firstSeed + 1}, … for every scenario. With parameter uncertainty,
 * {@code draws} holds for each replication the parameter values it runs with in every scenario
 * (path to value); empty otherwise.
 */
public record ExperimentPlan(
        String command,
        List<Scenario> scenarios,
        int replications,
        long firstSeed,
        int threads,
        boolean compare,
        List<Map<String, Object>> draws) {

    public ExperimentPlan {
        scenarios = List.copyOf(scenarios);
        draws = draws.stream().map(d -> (Map<String, Object>) new LinkedHashMap<>(d)).toList();
        if (!draws.isEmpty() && draws.size() != replications) {
            throw new IllegalArgumentException(
                    "expected one draw per replication, found " + draws.size());
        }
    }

    /** A plan without parameter uncertainty. */
    public ExperimentPlan(
            String command,
            List<Scenario> scenarios,
            int replications,
            long firstSeed,
            int threads,
            boolean compare) {
        this(command, scenarios, replications, firstSeed, threads, compare, List.of());
    }

    /**
     * The same plan with each replication's parameter draw applied to every scenario.
     *
     * @throws BadInputException if a scenario's parameters refuse a drawn value
     */
    public ExperimentPlan withDraws(List<Map<String, Object>> perReplication)
            throws BadInputException {
        ExperimentPlan p =
                new ExperimentPlan(
                        command,
                        scenarios,
                        replications,
                        firstSeed,
                        threads,
                        compare,
                        perReplication);
        try {
            for (int s = 0; s < scenarios.size(); s++) {
                for (int r = 0; r < perReplication.size(); r++) {
                    p.parameters(s, r);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--parameter-uncertainty: " + e.getMessage(), e);
        }
        return p;
    }

    /** The parameters scenario {@code s} runs with in replication {@code r}. */
    public ModelParameters parameters(int s, int r) {
        ModelParameters params = scenarios.get(s).parameters();
        if (draws.isEmpty()) {
            return params;
        }
        for (Map.Entry<String, Object> e : draws.get(r).entrySet()) {
            params = ParameterPaths.with(params, e.getKey(), e.getValue());
        }
        return params;
    }

    public long seed(int replication) {
        return firstSeed + replication;
    }
}
