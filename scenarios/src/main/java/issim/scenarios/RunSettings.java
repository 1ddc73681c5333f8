package issim.scenarios;

import issim.core.params.ParameterCheck;

/**
 * How a scenario is replicated: the seed of the first replication and the number of replications.
 * The horizon and warm-up belong to the model's parameters ({@code ModelParameters}); a scenario
 * file states all four under {@code run:} (see {@link RunSection}).
 */
public record RunSettings(long seed, int replications) {

    public RunSettings {
        // The ranges are declared once, on the file's run section; its horizon and warm-up here
        // are placeholders that are always in range.
        ParameterCheck.require(RunSection.class, 1, 0, seed, replications);
    }

    public static RunSettings defaults() {
        return new RunSettings(1, 10);
    }
}
