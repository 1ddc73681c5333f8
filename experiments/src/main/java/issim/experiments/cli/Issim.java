package issim.experiments.cli;

import issim.experiments.output.Version;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The issim command line. {@code main} is one line; {@link #execute} is the entry point tests use.
 */
@Command(
        name = "issim",
        mixinStandardHelpOptions = true,
        versionProvider = Issim.VersionProvider.class,
        description = {
            "issim — an agent-based simulation of integrated children's services.",
            "Run and compare scenarios with replications on common seeds; write outcome curves, summaries and a report."
        },
        subcommands = {
            ListCommand.class,
            ShowCommand.class,
            ValidateCommand.class,
            RunCommand.class,
            CompareCommand.class,
            CalibrationCommand.class,
            SweepCommand.class,
            MergeCommand.class,
            SensitivityCommand.class,
            DemoCommand.class
        },
        footer = {
            "",
            "The main job: 'issim compare' compares baseline with co-location, school-police-officer and",
            "three-tier-prevention on the default locality and writes the report."
        })
public final class Issim implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command line on {@code args}, writing UTF-8; returns the {@link ExitCode}. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Issim());
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler(
                (e, a) -> {
                    e.getCommandLine().getErr().println("issim: " + e.getMessage());
                    e.getCommandLine()
                            .getErr()
                            .println(
                                    "Try '"
                                            + e.getCommandLine().getCommandSpec().qualifiedName()
                                            + " --help'.");
                    return ExitCode.BAD_INPUT.code();
                });
        cli.setExecutionExceptionHandler(
                (e, c, p) -> {
                    c.getErr().println("issim: " + e.getMessage());
                    return ExitCode.FAILURE.code();
                });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the build's version. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"issim " + Version.get()};
        }
    }
}
