package issim.scenarios;

import issim.core.params.ModelParameters;
import issim.core.params.Param;
import issim.core.params.ParameterCheck;

/**
 * The {@code run:} section of a scenario file: the horizon and warm-up (which belong to the model's
 * parameters, their one owner) beside the first seed and the number of replications (which belong
 * to the scenario's {@link RunSettings}).
 */
public record RunSection(
        @Param(
                        value = "Simulated days after the warm-up",
                        unit = "days",
                        min = 1,
                        max = 36_500,
                        source = "assumption: ten-year runs, the span of the era's evaluations")
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

    public RunSection {
        ParameterCheck.require(RunSection.class, horizonDays, warmupDays, seed, replications);
    }

    public static RunSection of(ModelParameters p, RunSettings run) {
        return new RunSection(p.horizonDays(), p.warmupDays(), run.seed(), run.replications());
    }

    /** The scenario's own run settings: its first seed and number of replications. */
    public RunSettings settings() {
        return new RunSettings(seed, replications);
    }
}
