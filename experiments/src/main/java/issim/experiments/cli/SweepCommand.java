package issim.experiments.cli;

import issim.experiments.sweep.Design;
import issim.experiments.sweep.DesignLoader;
import issim.experiments.sweep.Merge;
import issim.experiments.sweep.Shard;
import issim.experiments.sweep.SlurmScripts;
import issim.experiments.sweep.Sweep;
import issim.experiments.sweep.SweepFailedException;
import issim.experiments.sweep.SweepManifest;
import issim.scenarios.Echo;
import issim.scenarios.ScenarioError;
import issim.scenarios.ScenarioException;
import issim.scenarios.TextFiles;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        subcommands = SweepStatusCommand.class,
        description = {
            "Run a parameter sweep: a base scenario and factors, on a grid, listed points, a Latin"
                    + " hypercube, a Sobol (Saltelli) sample or Morris trajectories (docs/sweeps.md).",
            "Each finished run is appended to DIR/runs/; running the same sweep again runs only what"
                    + " is not recorded. Without --shard, results.csv is merged at the end."
        })
final class SweepCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    // Optional to picocli so that 'issim sweep status DIR' parses; required below.
    @CommandLine.Parameters(
            arity = "0..1",
            paramLabel = "DESIGN",
            description = "The design file (YAML).")
    Path design;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description =
                    "The sweep's directory, new or of the same sweep (default: issim-out/sweep-<design name>).")
    Path out;

    @Option(
            names = "--shard",
            paramLabel = "i/n",
            description = "Run only shard i of n (runs whose position mod n is i - 1).")
    String shard;

    @Option(
            names = "--threads",
            paramLabel = "T",
            description =
                    "Runs at once (default: the number of processors). Results do not depend on it.")
    Integer threads;

    @Option(
            names = "--emit",
            paramLabel = "ENGINE",
            description =
                    "Write job scripts instead of running: 'slurm' (an sbatch array, its merge and submit.sh).")
    String emit;

    @Option(
            names = "--shards",
            paramLabel = "N",
            description =
                    "With --emit slurm: the number of shards (default: from --run-seconds and --shard-minutes).")
    Integer shards;

    @Option(
            names = "--run-seconds",
            paramLabel = "S",
            description =
                    "With --emit slurm: the expected seconds per run on one core (default: estimated from the base scenario's children and years).")
    Double runSeconds;

    @Option(
            names = "--shard-minutes",
            paramLabel = "M",
            defaultValue = "10",
            description =
                    "With --emit slurm: the minutes of work per shard (default: ${DEFAULT-VALUE}).")
    double shardMinutes;

    @Option(
            names = "--max-array-size",
            paramLabel = "K",
            defaultValue = "" + SlurmScripts.DEFAULT_MAX_ARRAY_SIZE,
            description =
                    "With --emit slurm: the cluster's MaxArraySize; larger arrays are split (default: ${DEFAULT-VALUE}).")
    int maxArraySize;

    @Option(
            names = "--partition",
            paramLabel = "P",
            description = "With --emit slurm: the partition (default: the cluster's).")
    String partition;

    @Option(
            names = "--launcher",
            paramLabel = "CMD",
            description =
                    "With --emit slurm: the shell words that run issim on a node (default: this Java and class path).")
    String launcher;

    @Override
    public Integer call() {
        PrintWriter say = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (design == null) {
            err.println("issim: sweep: expected DESIGN, found none");
            return ExitCode.BAD_INPUT.code();
        }
        Design d;
        try {
            d = DesignLoader.load(design);
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT.code();
        }
        Shard part = shard == null ? Shard.all() : Shard.parse(shard);
        String bad = problem(part);
        if (bad != null) {
            err.println(bad);
            return ExitCode.BAD_INPUT.code();
        }
        Path dir = out != null ? out : Path.of("issim-out", "sweep-" + d.name());
        String other = otherSweep(d, dir);
        if (other != null) {
            err.println(other);
            return ExitCode.BAD_INPUT.code();
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        try {
            if (emit != null) {
                return emitSlurm(d, dir, t, say);
            }
            Sweep.Plan plan = Sweep.plan(d, dir, part);
            say.printf(
                    "issim sweep %s: %s design, %d run(s)%s; %d recorded, %d to run on %d thread(s)%n",
                    d.name(),
                    d.kind().key(),
                    plan.all().size(),
                    part.count() > 1 ? ", shard " + part + " has " + plan.shard().size() : "",
                    plan.shard().size() - plan.todo().size(),
                    plan.todo().size(),
                    t);
            say.flush();
            try (SweepProgress progress = new SweepProgress(plan.todo().size(), say)) {
                Sweep.run(d, dir, design, part, plan, t, progress);
            }
            if (part.count() > 1) {
                say.println(
                        "shard "
                                + part
                                + " done; when every shard is, merge with: issim merge "
                                + dir);
                return ExitCode.OK.code();
            }
            Merge.Outcome merged = Merge.merge(d, dir, false);
            if (merged.file() == null) {
                err.println("issim sweep: runs missing after the sweep: " + merged.missing());
                return ExitCode.FAILURE.code();
            }
            say.println("wrote " + merged.file());
            return ExitCode.OK.code();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("issim: stopped; the runs recorded so far are kept in " + dir);
            return ExitCode.INTERRUPTED.code();
        } catch (SweepFailedException e) {
            err.println("issim sweep: " + e.getMessage());
            return ExitCode.FAILURE.code();
        } catch (IOException e) {
            err.println("issim sweep: cannot write " + dir + ": " + TextFiles.reason(e));
            return ExitCode.FAILURE.code();
        }
    }

    private String problem(Shard part) {
        if (part == null) {
            return "issim: --shard: expected i/n with 1 <= i <= n, found '" + Echo.of(shard) + "'";
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            return "issim: --threads: expected a whole number from 1 to 1024, found "
                    + Flags.typed(spec, "--threads", threads);
        }
        if (emit != null && !emit.equals("slurm")) {
            return "issim: --emit: expected slurm, found '" + Echo.of(emit) + "'";
        }
        if (emit != null && shard != null) {
            return "issim: --emit: expected no --shard (the script runs every shard), found --shard "
                    + Echo.of(shard);
        }
        if (shards != null && (shards < 1 || shards > 1_000_000)) {
            return "issim: --shards: expected a whole number from 1 to 1000000, found "
                    + Flags.typed(spec, "--shards", shards);
        }
        if (runSeconds != null && !(runSeconds > 0)) {
            return "issim: --run-seconds: expected a number above 0, found "
                    + Flags.typed(spec, "--run-seconds", runSeconds);
        }
        if (!(shardMinutes > 0)) {
            return "issim: --shard-minutes: expected a number above 0, found "
                    + Flags.typed(spec, "--shard-minutes", shardMinutes);
        }
        if (maxArraySize < 1 || maxArraySize > 1_000_000_000) {
            return "issim: --max-array-size: expected a whole number from 1 to 1000000000, found "
                    + Flags.typed(spec, "--max-array-size", maxArraySize);
        }
        return null;
    }

    /**
     * Why {@code dir} cannot take this sweep (another base's or design's, or not a sweep's), or
     * null.
     */
    static String otherSweep(Design d, Path dir) {
        try {
            if (SweepManifest.exists(dir)) {
                SweepManifest.Recorded r = SweepManifest.read(dir);
                if (!r.baseHash().equals(SweepManifest.baseHash(d))) {
                    return "issim sweep: --out: expected a new directory or one of a sweep on the same"
                            + " base scenario and issim version, found "
                            + dir
                            + " holding the sweep '"
                            + r.design().name()
                            + "' on other base parameters";
                }
                ScenarioError other = SweepManifest.otherDesign(r, d, dir);
                return other == null ? null : other.message();
            }
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    if (s.findAny().isPresent()) {
                        return "issim sweep: --out: expected a new directory or a sweep's, found "
                                + dir
                                + " holding other files";
                    }
                }
            } else if (Files.exists(dir)) {
                return "issim sweep: --out: expected a directory, found the file " + dir;
            }
            return null;
        } catch (ScenarioException | IOException e) {
            return "issim sweep: --out: expected a sweep directory, found "
                    + dir
                    + ": "
                    + e.getMessage();
        }
    }

    private int emitSlurm(Design d, Path dir, int t, PrintWriter say) throws IOException {
        int runs = Sweep.plan(d, dir, Shard.all()).all().size();
        double perRun =
                runSeconds != null
                        ? runSeconds
                        : SlurmScripts.estimatedSeconds(d.base().parameters());
        int n =
                shards != null
                        ? Math.min(shards, runs)
                        : SlurmScripts.shardsFor(runs, perRun, t, shardMinutes);
        double shardSeconds = Math.ceil((double) runs / n) * perRun / t;
        int minutes = (int) Math.max(15, Math.ceil(3 * shardSeconds / 60));
        Sweep.prepare(d, dir, design, n, runs);
        SlurmScripts.write(
                dir,
                design,
                d.name(),
                new SlurmScripts.Options(
                        n,
                        t,
                        maxArraySize,
                        launcher != null ? launcher : thisJava(),
                        minutes,
                        partition));
        say.println(
                String.format(
                        Locale.ROOT,
                        "wrote %s: %d run(s) in %d shard(s) of %d thread(s), time limit %d min each"
                                + " (at %.2f s a run%s)",
                        SlurmScripts.dir(dir.toAbsolutePath().normalize()),
                        runs,
                        n,
                        t,
                        minutes,
                        perRun,
                        runSeconds != null ? "" : ", estimated: correct it with --run-seconds"));
        say.println(
                "submit with: bash " + SlurmScripts.submitScript(dir.toAbsolutePath().normalize()));
        return ExitCode.OK.code();
    }

    /** The command that runs issim in this same Java with this same class path. */
    static String thisJava() {
        String java =
                ProcessHandle.current()
                        .info()
                        .command()
                        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator, -1)) {
            if (!e.isEmpty()) {
                entries.add(Path.of(e).toAbsolutePath().normalize().toString());
            }
        }
        return SlurmScripts.quote(java)
                + " -cp "
                + SlurmScripts.quote(String.join(File.pathSeparator, entries))
                + " "
                + Issim.class.getName();
    }
}
