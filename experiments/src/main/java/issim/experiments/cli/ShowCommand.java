package issim.experiments.cli;

import issim.scenarios.Catalogue;
import issim.scenarios.ScenarioException;
import issim.scenarios.ScenarioLoader;
import issim.scenarios.ScenarioWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = {
            "Print a scenario as YAML, to copy into a file of your own.",
            "A bundled scenario prints as written (with its extends); --resolved prints every parameter."
        })
final class ShowCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(
            paramLabel = "SCENARIO",
            description = "A bundled scenario name or a path to a YAML file.")
    String scenario;

    @CommandLine.Option(
            names = "--resolved",
            description =
                    "Print the scenario with extends applied and every parameter written out.")
    boolean resolved;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try {
            if (!resolved && Catalogue.contains(scenario)) {
                out.print(Catalogue.text(scenario));
            } else {
                out.print(ScenarioWriter.toYaml(ScenarioLoader.load(scenario)));
            }
            out.flush();
            return ExitCode.OK.code();
        } catch (ScenarioException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCode.BAD_INPUT.code();
        }
    }
}
