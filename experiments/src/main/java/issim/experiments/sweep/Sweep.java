package issim.experiments.sweep;

import issim.core.World;
import issim.experiments.run.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one shard of a sweep into its directory, skipping every run already recorded there (by any
 * shard). Workers take runs one at a time and append each result as it finishes, so memory holds
 * the design's points and keys but never the results, and a kill loses only the runs in flight.
 */
public final class Sweep {
    /** What is to be done: the shard's runs, and those of them not yet recorded. */
    public record Plan(List<Run> all, List<Run> shard, List<Run> todo) {}

    private Sweep() {}

    /** The runs of {@code shard} and which of them {@code dir} has not recorded yet. */
    public static Plan plan(Design d, Path dir, Shard shard) throws IOException {
        List<Run> all = RunKeys.of(d, Points.of(d));
        Set<String> done = Records.keys(dir);
        List<Run> mine = new ArrayList<>(), todo = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (shard.owns(i)) {
                mine.add(all.get(i));
                if (!done.contains(all.get(i).key())) {
                    todo.add(all.get(i));
                }
            }
        }
        return new Plan(all, mine, todo);
    }

    /** Writes the manifest of a sweep about to run in {@code shards} shards. */
    public static void prepare(Design d, Path dir, Path designFile, int shards, int runs)
            throws IOException {
        SweepManifest.write(dir, d, designFile, shards, runs);
        Files.createDirectories(Records.runsDir(dir));
    }

    /**
     * Writes the manifest and runs the plan's to-do list on {@code threads} threads, appending to
     * the shard's file.
     *
     * @throws SweepFailedException if a run threw (the runs recorded so far stay recorded)
     */
    public static void run(
            Design d,
            Path dir,
            Path designFile,
            Shard shard,
            Plan plan,
            int threads,
            ProgressListener progress)
            throws IOException, InterruptedException, SweepFailedException {
        prepare(d, dir, designFile, shard.count(), plan.all().size());
        List<Run> todo = plan.todo();
        try (ShardLog log = ShardLog.open(Records.shardFile(dir, shard.index(), shard.count()))) {
            if (todo.isEmpty()) {
                return;
            }
            AtomicInteger next = new AtomicInteger();
            int[] finished = {0};
            ExecutorService pool =
                    Executors.newFixedThreadPool(
                            threads,
                            r -> {
                                Thread t = new Thread(r, "issim-sweep");
                                t.setDaemon(true);
                                return t;
                            });
            try {
                List<Future<Void>> workers = new ArrayList<>();
                for (int w = 0; w < Math.min(threads, todo.size()); w++) {
                    workers.add(
                            pool.submit(
                                    () -> {
                                        for (int i = next.getAndIncrement();
                                                i < todo.size() && !Thread.interrupted();
                                                i = next.getAndIncrement()) {
                                            log.append(result(d, todo.get(i)).toJson());
                                            synchronized (finished) {
                                                progress.runsFinished(++finished[0]);
                                            }
                                        }
                                        return null;
                                    }));
                }
                for (Future<Void> w : workers) {
                    w.get();
                }
            } catch (ExecutionException e) {
                throw new SweepFailedException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** One run from start to end, as its record. */
    static RunRecord result(Design d, Run run) {
        var reports = World.run(RunKeys.parameters(d, run.factors()), run.seed());
        return new RunRecord(
                run.key(),
                run.point(),
                run.replication(),
                run.seed(),
                run.factors(),
                RunSummary.of(reports));
    }
}
