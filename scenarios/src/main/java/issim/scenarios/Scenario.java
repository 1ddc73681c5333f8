package issim.scenarios;

import issim.core.params.ModelParameters;

/** A loaded scenario: its name, what it represents, how to run it, and the model's parameters. */
public record Scenario(
        String name, String description, RunSettings run, ModelParameters parameters) {

    public ScenarioDocument document() {
        return ScenarioDocument.of(description, run, parameters);
    }
}
