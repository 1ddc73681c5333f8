package issim.experiments.cli;

import issim.experiments.sweep.Design;
import issim.experiments.sweep.Merge;
import issim.experiments.sweep.SlurmScripts;
import issim.experiments.sweep.SweepManifest;
import issim.experiments.sweep.SweepStatus;
import issim.scenarios.TextFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = {
            "Say which runs of a sweep are recorded and which are missing, by shard, and print the"
                    + " command (and, for a sweep emitted for Slurm, the sbatch lines) that completes it."
        })
final class SweepStatusCommand implements Callable<Integer> {
    /** Missing runs listed per shard before "and N more". */
    private static final int SHOWN = 10;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(paramLabel = "DIR", description = "The sweep's directory.")
    Path dir;

    @CommandLine.Option(
            names = "--max-array-size",
            paramLabel = "K",
            description =
                    "The cluster's MaxArraySize (default: the one given to --emit slurm, so that the"
                            + " sbatch lines cut the array as submit.sh did).")
    Integer maxArraySize;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (maxArraySize != null && (maxArraySize < 1 || maxArraySize > 1_000_000_000)) {
            err.println(
                    "issim: --max-array-size: expected a whole number from 1 to 1000000000, found "
                            + Flags.typed(spec, "--max-array-size", maxArraySize));
            return ExitCode.BAD_INPUT.code();
        }
        SweepManifest.Recorded recorded = RecordedSweep.read(dir, err);
        if (recorded == null) {
            return ExitCode.BAD_INPUT.code();
        }
        Design d = recorded.design();
        SweepStatus s;
        try {
            s = SweepStatus.of(d, dir, recorded.shards());
        } catch (IOException e) {
            err.println("issim sweep status: cannot read " + dir + ": " + TextFiles.reason(e));
            return ExitCode.FAILURE.code();
        }
        out.printf(
                "sweep %s (%s design): %d run(s), %d recorded, %d missing%n",
                d.name(), d.kind().key(), s.runs(), s.recorded(), s.runs() - s.recorded());
        String design = SlurmScripts.quote(recorded.designPath());
        String where = SlurmScripts.quote(dir.toString());
        if (s.complete()) {
            out.println(
                    Files.exists(dir.resolve(Merge.FILE))
                            ? "complete; merged into " + dir.resolve(Merge.FILE)
                            : "complete; merge with: issim merge " + where);
            return ExitCode.OK.code();
        }
        for (Map.Entry<Integer, List<String>> e : s.missing().entrySet()) {
            List<String> ids = e.getValue();
            out.printf(
                    "  shard %d/%d: %d missing: %s%s%n",
                    e.getKey(),
                    s.shards(),
                    ids.size(),
                    String.join(" ", ids.subList(0, Math.min(SHOWN, ids.size()))),
                    ids.size() > SHOWN ? " and " + (ids.size() - SHOWN) + " more" : "");
        }
        out.println("to complete it here:");
        if (s.shards() == 1) {
            out.println("  issim sweep " + design + " --out " + where);
        } else {
            for (int shard : s.missing().keySet()) {
                out.println(
                        "  issim sweep "
                                + design
                                + " --out "
                                + where
                                + " --shard "
                                + shard
                                + "/"
                                + s.shards());
            }
            out.println("  issim merge " + where);
        }
        if (Files.exists(SlurmScripts.arrayScript(dir))) {
            Integer emitted = SlurmScripts.maxArraySize(dir);
            int max =
                    maxArraySize != null
                            ? maxArraySize
                            // Sweeps emitted before the size was recorded used the default.
                            : emitted != null ? emitted : SlurmScripts.DEFAULT_MAX_ARRAY_SIZE;
            out.println("or on Slurm:");
            for (String line :
                    SlurmScripts.resubmit(
                            dir, s.shards(), new TreeSet<>(s.missing().keySet()), max)) {
                out.println("  " + line);
            }
        }
        return ExitCode.OK.code();
    }
}
