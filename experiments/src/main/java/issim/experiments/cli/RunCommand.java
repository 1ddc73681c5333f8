package issim.experiments.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description =
                "Run one scenario with replications and write its outcome curves, summary and report.")
final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(
            arity = "0..1",
            paramLabel = "SCENARIO",
            defaultValue = "baseline",
            description =
                    "A bundled scenario name or a path to a YAML file (default: ${DEFAULT-VALUE}).")
    String scenario;

    @CommandLine.Mixin RunOptionsMixin options;

    @Override
    public Integer call() {
        options.options.spec = spec;
        return Invocation.execute(
                        "run",
                        List.of(scenario),
                        options.options,
                        false,
                        spec.commandLine().getOut(),
                        spec.commandLine().getErr())
                .code();
    }
}
