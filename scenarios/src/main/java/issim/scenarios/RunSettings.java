package issim.scenarios;

import issim.core.params.Param;
import issim.core.params.ParameterCheck;

/**
 * How a scenario is run: its horizon and warm-up, the first seed and the number of replications.
 */
public record RunSettings(
        @Param(
                        value = "Simulated days after the warm-up",
                        unit = "days",
                        min = 1,
                        max = 36_500,
                        source = "DESIGN.md: ten-year runs")
                int horizonDays,
        @Param(
                        value =
                                "Days simulated before day 0 with no intervention, so services, caseloads and trust start settled",
                        unit = "days",
                        min = 0,
                        max = 36_500,
                        source = "assumption")
                int warmupDays,
        @Param(
                        value = "Seed of the first replication; replication i uses seed + i",
                        unit = "seed",
                        min = 0,
                        max = 9.0E15,
                        source = "")
                long seed,
        @Param(
                        value = "Replications (independent runs with consecutive seeds)",
                        unit = "runs",
                        min = 1,
                        max = 100_000,
                        source = "")
                int replications) {

    public RunSettings {
        ParameterCheck.require(RunSettings.class, horizonDays, warmupDays, seed, replications);
    }

    public static RunSettings defaults() {
        var p = issim.core.params.ModelParameters.defaults();
        return new RunSettings(p.horizonDays(), p.warmupDays(), 1, 10);
    }
}
