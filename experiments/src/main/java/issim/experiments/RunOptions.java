package issim.experiments;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by run and compare. Unset options take the (first) scenario's run settings. */
final class RunOptions {
    @Option(
            names = "--replications",
            paramLabel = "N",
            description = "Replications per scenario (default: the scenario's run.replications).")
    Integer replications;

    @Option(
            names = "--seed",
            paramLabel = "S",
            description =
                    "Seed of the first replication; replication i uses S + i (default: the scenario's run.seed).")
    Long seed;

    @Option(
            names = "--years",
            paramLabel = "Y",
            description =
                    "Simulated years after the warm-up (default: the scenario's run.horizonDays).")
    Double years;

    @Option(
            names = "--threads",
            paramLabel = "T",
            description =
                    "Replications run at once (default: the number of processors). Results do not depend on it.")
    Integer threads;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description =
                    "Output directory; must not exist yet (default: issim-out/<command>-NNN).")
    Path out;
}
