package issim.experiments.cli;

import issim.scenarios.Catalogue;
import issim.scenarios.ScenarioException;
import issim.scenarios.ScenarioLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the bundled scenarios with what each represents.")
final class ListCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ScenarioException {
        var out = spec.commandLine().getOut();
        int width = Catalogue.NAMES.stream().mapToInt(String::length).max().orElse(10);
        for (String name : Catalogue.NAMES) {
            out.printf("%-" + width + "s  %s%n", name, ScenarioLoader.load(name).description());
        }
        return ExitCode.OK.code();
    }
}
