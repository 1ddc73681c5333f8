package issim.experiments.cli;

import issim.experiments.sweep.Merge;
import issim.experiments.sweep.SweepManifest;
import issim.scenarios.TextFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = {
            "Merge a sweep's shard files into DIR/results.csv: one row per point and replication in"
                    + " the design's order, each run once. Refuses (exit 1) while runs are missing,"
                    + " unless --partial."
        })
final class MergeCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(paramLabel = "DIR", description = "The sweep's directory.")
    Path dir;

    @CommandLine.Option(
            names = "--partial",
            description = "Write the rows of the runs recorded so far even if some are missing.")
    boolean partial;

    @CommandLine.Option(
            names = "--parquet",
            description = "Also write DIR/results.parquet: the same rows, typed.")
    boolean parquet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        SweepManifest.Recorded recorded = RecordedSweep.read(dir, err);
        if (recorded == null) {
            return ExitCode.BAD_INPUT.code();
        }
        try {
            Merge.Outcome o = Merge.merge(recorded.design(), dir, partial, parquet);
            List<String> missing = o.missing();
            if (o.file() == null) {
                err.printf(
                        "issim merge: %d of %d run(s) missing (%s%s); nothing written. 'issim sweep"
                                + " status %s' says how to run them.%n",
                        missing.size(),
                        o.runs(),
                        String.join(" ", missing.subList(0, Math.min(10, missing.size()))),
                        missing.size() > 10 ? " …" : "",
                        dir);
                return ExitCode.FAILURE.code();
            }
            out.printf(
                    "wrote %s%s: %d of %d run(s)%n",
                    o.file(),
                    parquet ? " and " + dir.resolve(Merge.PARQUET) : "",
                    o.runs() - missing.size(),
                    o.runs());
            return ExitCode.OK.code();
        } catch (IOException e) {
            err.println("issim merge: cannot write " + dir + ": " + TextFiles.reason(e));
            return ExitCode.FAILURE.code();
        }
    }
}
