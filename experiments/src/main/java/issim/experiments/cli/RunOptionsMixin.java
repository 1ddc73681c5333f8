package issim.experiments.cli;

import picocli.CommandLine;

/** Carries {@link RunOptions} into a command as a picocli mixin. */
final class RunOptionsMixin {
    @CommandLine.ArgGroup(exclusive = false, heading = "Run options:%n")
    RunOptions options = new RunOptions();
}
