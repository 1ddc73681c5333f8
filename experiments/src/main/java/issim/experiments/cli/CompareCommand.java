package issim.experiments.cli;

import issim.experiments.sweep.ParameterUncertainty;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Compare scenarios against a baseline on common seeds, and report the differences with paired 95%% CIs.",
            "With no scenarios: baseline against co-location, school-police-officer and three-tier-prevention (the main job)."
        })
final class CompareCommand implements Callable<Integer> {
    static final List<String> MAIN_JOB =
            List.of("baseline", "co-location", "school-police-officer", "three-tier-prevention");

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(
            arity = "0..*",
            paramLabel = "BASELINE SCENARIO",
            description = "The baseline, then one or more scenarios (bundled names or YAML paths).")
    List<String> scenarios = new ArrayList<>();

    @CommandLine.Mixin RunOptionsMixin options;

    @CommandLine.Option(
            names = "--parameter-uncertainty",
            arity = "0..1",
            paramLabel = "RANGES",
            fallbackValue = ParameterUncertainty.CALIBRATED,
            description = {
                "Replication i also draws one set of parameter values, the same for the baseline and every scenario, from RANGES: '"
                        + ParameterUncertainty.CALIBRATED
                        + "' (the default when the option is given: each calibrated parameter ±10%%) or a file of factors as in a sweep design. The draws are in the manifest. Off by default."
            })
    String uncertainty;

    @Override
    public Integer call() {
        List<String> refs = scenarios.isEmpty() ? MAIN_JOB : scenarios;
        if (refs.size() < 2) {
            spec.commandLine()
                    .getErr()
                    .println(
                            "issim: compare: expected a baseline and at least one scenario, found only "
                                    + refs.get(0));
            return ExitCode.BAD_INPUT.code();
        }
        options.options.spec = spec;
        return Invocation.execute(
                        "compare",
                        refs,
                        options.options,
                        true,
                        uncertainty,
                        spec.commandLine().getOut(),
                        spec.commandLine().getErr())
                .code();
    }
}
