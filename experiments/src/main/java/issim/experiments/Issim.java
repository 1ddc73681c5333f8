package issim.experiments;

import java.io.PrintStream;
import java.io.PrintWriter;
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
            CompareCommand.class
        },
        footer = {
            "",
            "The main job: 'issim compare' compares baseline with co-location, school-police-officer and",
            "three-tier-prevention on the default locality and writes the report."
        })
public final class Issim implements Runnable {
    /**
     * Exit code for bad input of any kind: a bad flag, a bad scenario file, an existing output
     * directory.
     */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Issim());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler(
                (e, a) -> {
                    e.getCommandLine().getErr().println("issim: " + e.getMessage());
                    e.getCommandLine()
                            .getErr()
                            .println(
                                    "Try '"
                                            + e.getCommandLine().getCommandSpec().qualifiedName()
                                            + " --help'.");
                    return BAD_INPUT;
                });
        cli.setExecutionExceptionHandler(
                (e, c, p) -> {
                    c.getErr().println("issim: " + e.getMessage());
                    return 1;
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
