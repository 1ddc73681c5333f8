package issim.experiments.run;

import issim.core.World;
import issim.scenarios.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every (scenario, replication) of a plan on a pool of threads. Each run is a pure function of
 * its parameters and seed and shares nothing with the others, so results — gathered back in
 * (scenario, replication) order — do not depend on the number of threads.
 */
final class Experiment {
    private Experiment() {}

    /** Results by scenario, then replication. {@code done} hears the count of finished runs. */
    static List<List<Series>> run(ExperimentPlan plan, ProgressListener done)
            throws InterruptedException, RunFailedException {
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        plan.threads(),
                        r -> {
                            Thread t = new Thread(r, "issim-run");
                            t.setDaemon(true);
                            return t;
                        });
        try {
            List<List<Future<Series>>> futures = new ArrayList<>();
            int[] finished = {0};
            for (Scenario s : plan.scenarios()) {
                List<Future<Series>> row = new ArrayList<>();
                for (int r = 0; r < plan.replications(); r++) {
                    int replication = r;
                    long seed = plan.seed(r);
                    row.add(
                            pool.submit(
                                    () -> {
                                        Series series =
                                                new Series(
                                                        s.name(),
                                                        replication,
                                                        seed,
                                                        World.run(s.parameters(), seed));
                                        synchronized (finished) {
                                            done.runsFinished(++finished[0]);
                                        }
                                        return series;
                                    }));
                }
                futures.add(row);
            }
            List<List<Series>> results = new ArrayList<>();
            for (List<Future<Series>> row : futures) {
                List<Series> out = new ArrayList<>();
                for (Future<Series> f : row) {
                    out.add(f.get());
                }
                results.add(out);
            }
            return results;
        } catch (ExecutionException e) {
            throw new RunFailedException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
