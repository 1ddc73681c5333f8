package issim.experiments.cli;

import issim.scenarios.Scenario;
import issim.scenarios.ScenarioException;
import issim.scenarios.ScenarioLoader;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description =
                "Check scenario files; print every problem with its file, line, column and field. Exit 0 if all are valid, 2 if not.")
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Scenario files (or bundled names).")
    List<String> files;

    @Override
    public Integer call() {
        ExitCode status = ExitCode.OK;
        for (String f : files) {
            try {
                Scenario s = ScenarioLoader.load(f);
                spec.commandLine().getOut().println(f + ": valid (" + s.description() + ")");
            } catch (ScenarioException e) {
                spec.commandLine().getErr().println(e.getMessage());
                status = ExitCode.BAD_INPUT;
            }
        }
        return status.code();
    }
}
