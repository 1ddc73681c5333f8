package issim.experiments.cli;

import issim.experiments.output.MicroData;
import issim.experiments.run.Overrides;
import issim.experiments.run.RunSettingsConflictException.Setting;
import issim.scenarios.Echo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
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

    @Option(
            names = "--export",
            paramLabel = "KINDS",
            split = ",",
            description =
                    "Also write micro-data under microdata/: 'children' (every child at the end of each year), 'events' (every adverse life event), or both, with a codebook. Off by default.")
    List<String> export = new ArrayList<>();

    /** The command whose options these are, to quote what the user typed; may be null. */
    CommandSpec spec;

    /** The first option out of range, as a message for the user; null if all are in range. */
    String problem() {
        for (String kind : export) {
            if (!MicroData.KINDS.contains(kind)) {
                return "issim: --export: expected children, events or both (children,events), found '"
                        + Echo.of(kind)
                        + "'";
            }
        }
        if (replications != null && (replications < 1 || replications > 100_000)) {
            return "issim: --replications: expected a whole number from 1 to 100000, found "
                    + Flags.typed(spec, "--replications", replications);
        }
        if (seed != null && (seed < 0 || seed > 9_000_000_000_000_000L)) {
            return "issim: --seed: expected a whole number from 0 to 9000000000000000, found "
                    + Flags.typed(spec, "--seed", seed);
        }
        if (years != null && !(years > 0 && years <= 100)) {
            return "issim: --years: expected a number above 0 and at most 100, found "
                    + Flags.typed(spec, "--years", years);
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            return "issim: --threads: expected a whole number from 1 to 1024, found "
                    + Flags.typed(spec, "--threads", threads);
        }
        return null;
    }

    /** The run settings these options state for every scenario. */
    Overrides overrides() {
        Integer horizonDays = null;
        if (years != null) {
            horizonDays = (int) Math.round(years * 365);
        }
        return new Overrides(horizonDays, seed, replications);
    }

    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The option that sets a run setting for every scenario, or null if none does. */
    static String flagFor(Setting setting) {
        return switch (setting) {
            case HORIZON_DAYS -> "--years";
            case SEED -> "--seed";
            case REPLICATIONS -> "--replications";
            case WARMUP_DAYS -> null;
        };
    }
}
