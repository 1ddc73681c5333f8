package issim.experiments.cli;

import issim.experiments.sweep.Design;
import issim.experiments.sweep.DesignLoader;
import issim.scenarios.Scenario;
import issim.scenarios.ScenarioException;
import issim.scenarios.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description =
                "Check scenario files and sweep designs; print every problem with its file, line, column and field. Exit 0 if all are valid, 2 if not.")
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Scenario files (or bundled names), or sweep design files.")
    List<String> files;

    @Override
    public Integer call() {
        ExitCode status = ExitCode.OK;
        for (String f : files) {
            try {
                if (isDesign(f)) {
                    Design d = DesignLoader.load(Path.of(f));
                    spec.commandLine()
                            .getOut()
                            .println(
                                    f
                                            + ": valid design ("
                                            + d.kind().key()
                                            + " over "
                                            + d.factors().size()
                                            + (d.factors().size() == 1 ? " factor" : " factors")
                                            + " on "
                                            + d.base().name()
                                            + ")");
                    continue;
                }
                Scenario s = ScenarioLoader.load(f);
                spec.commandLine().getOut().println(f + ": valid (" + s.description() + ")");
            } catch (ScenarioException e) {
                spec.commandLine().getErr().println(e.getMessage());
                status = ExitCode.BAD_INPUT;
            }
        }
        return status.code();
    }

    /**
     * Whether {@code f} is a sweep design: a file whose top level has a {@code design} key, as
     * docs/sweeps.md writes them; anything else is read as a scenario.
     */
    private static boolean isDesign(String f) {
        Path p = Path.of(f);
        if (!Files.isRegularFile(p)) {
            return false;
        }
        try (Stream<String> lines = Files.lines(p)) {
            return lines.anyMatch(l -> l.startsWith("design:"));
        } catch (IOException | UncheckedIOException e) {
            return false; // the scenario loader says why it cannot be read
        }
    }
}
