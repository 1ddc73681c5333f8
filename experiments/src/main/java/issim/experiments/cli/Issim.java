package issim.experiments.cli;

import issim.experiments.output.OutputDirectory;
import issim.experiments.output.Version;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
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
        AtomicBoolean done = new AtomicBoolean();
        Thread said =
                new Thread(
                        () -> {
                            // An output directory being written says so itself.
                            if (!done.get() && !OutputDirectory.reportsInterruption()) {
                                System.err.println("issim: interrupted");
                                System.err.flush();
                            }
                        },
                        "issim-interrupted");
        Runtime.getRuntime().addShutdownHook(said);
        int status = execute(args, System.out, System.err);
        done.set(true);
        System.exit(status);
    }

    /** Runs the command line on {@code args}, writing UTF-8; returns the {@link ExitCode}. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Issim());
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler(
                (e, a) -> {
                    e.getCommandLine().getErr().println(Flags.problem(e, a));
                    return ExitCode.BAD_INPUT.code();
                });
        Flags.register(cli);
        cli.setExecutionExceptionHandler(
                (e, c, p) -> {
                    c.getErr().println(failure(e));
                    return ExitCode.FAILURE.code();
                });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            cli.getErr().println(OUT_OF_MEMORY);
            cli.getErr().flush();
            return ExitCode.FAILURE.code();
        }
    }

    /** What to say when the heap ran out, with how to give the JVM more. */
    static final String OUT_OF_MEMORY =
            "issim: out of memory: give Java a larger heap, e.g. java -Xmx8g ..., or"
                    + " JAVA_TOOL_OPTIONS=-Xmx8g issim ...; or run fewer --threads or a smaller"
                    + " locality";

    /**
     * The one line for a failure in issim or the model: {@link #OUT_OF_MEMORY} if the heap ran out
     * anywhere in the chain of causes, otherwise the message.
     */
    static String failure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return OUT_OF_MEMORY;
            }
        }
        return "issim: " + e.getMessage();
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
