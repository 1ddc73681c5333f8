package issim.experiments.run;

import issim.core.World;
import issim.core.observe.MonthlyReport;
import issim.core.params.ModelParameters;
import issim.scenarios.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every (scenario, replication) of a plan on a pool of threads. Scenarios whose parameters
 * agree until day 0 share one warm-up per seed: the world is copied at the end of the warm-up and
 * each scenario branches from the copy, exactly as if it had run from the start. Each task — a
 * warm-up and its branches for one seed — is a pure function of parameters and seed, so results,
 * gathered back in (scenario, replication) order, do not depend on the number of threads. A
 * replication's parameter draw (with parameter uncertainty) applies alike to every scenario and
 * never to the interventions, so scenarios that share a warm-up still do.
 */
final class Experiment {
    private Experiment() {}

    /** Results by scenario, then replication. {@code done} hears the count of finished runs. */
    static List<List<Series>> run(ExperimentPlan plan, ProgressListener done)
            throws InterruptedException, RunFailedException {
        List<Scenario> scenarios = plan.scenarios();
        List<List<Integer>> groups = warmUpGroups(scenarios);
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        plan.threads(),
                        r -> {
                            Thread t = new Thread(r, "issim-run");
                            t.setDaemon(true);
                            return t;
                        });
        try {
            int[] finished = {0};
            List<List<Future<List<Series>>>> futures = new ArrayList<>();
            for (List<Integer> group : groups) {
                List<Future<List<Series>>> row = new ArrayList<>();
                for (int r = 0; r < plan.replications(); r++) {
                    int replication = r;
                    long seed = plan.seed(r);
                    row.add(
                            pool.submit(
                                    () -> {
                                        World.Snapshot warm =
                                                World.warmUp(
                                                        plan.parameters(group.get(0), replication),
                                                        seed);
                                        List<Series> out = new ArrayList<>();
                                        for (int s : group) {
                                            Scenario sc = scenarios.get(s);
                                            out.add(
                                                    new Series(
                                                            sc.name(),
                                                            replication,
                                                            seed,
                                                            World.run(
                                                                    warm,
                                                                    plan.parameters(
                                                                            s, replication))));
                                            synchronized (finished) {
                                                done.runsFinished(++finished[0]);
                                            }
                                        }
                                        return out;
                                    }));
                }
                futures.add(row);
            }
            Series[][] results = new Series[scenarios.size()][plan.replications()];
            for (int g = 0; g < groups.size(); g++) {
                List<Integer> group = groups.get(g);
                for (int r = 0; r < plan.replications(); r++) {
                    List<Series> branched = futures.get(g).get(r).get();
                    for (int i = 0; i < group.size(); i++) {
                        results[group.get(i)][r] = branched.get(i);
                    }
                }
            }
            List<List<Series>> out = new ArrayList<>();
            for (Series[] row : results) {
                out.add(List.of(row));
            }
            return out;
        } catch (ExecutionException e) {
            throw new RunFailedException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * As {@link #run(ExperimentPlan, ProgressListener)}, each run also recorded by {@code
     * recorder}. The recording reads the run's own world, so runs do not share warm-ups here (the
     * results are the same either way).
     */
    static List<List<Series>> run(
            ExperimentPlan plan, ProgressListener done, MicroRecorder recorder)
            throws InterruptedException, RunFailedException {
        List<Scenario> scenarios = plan.scenarios();
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        plan.threads(),
                        r -> {
                            Thread t = new Thread(r, "issim-run");
                            t.setDaemon(true);
                            return t;
                        });
        try {
            int[] finished = {0};
            List<List<Future<Series>>> futures = new ArrayList<>();
            for (int s = 0; s < scenarios.size(); s++) {
                List<Future<Series>> row = new ArrayList<>();
                for (int r = 0; r < plan.replications(); r++) {
                    int scenario = s, replication = r;
                    long seed = plan.seed(r);
                    row.add(
                            pool.submit(
                                    () -> {
                                        String name = scenarios.get(scenario).name();
                                        World w =
                                                new World(
                                                        plan.parameters(scenario, replication),
                                                        seed);
                                        List<MonthlyReport> reports = new ArrayList<>();
                                        w.addObserver(reports::add);
                                        try (MicroRecorder.Recording rec =
                                                recorder.start(name, replication, seed, w)) {
                                            w.addObserver(rec);
                                            w.runToEnd();
                                        }
                                        synchronized (finished) {
                                            done.runsFinished(++finished[0]);
                                        }
                                        return new Series(name, replication, seed, reports);
                                    }));
                }
                futures.add(row);
            }
            List<List<Series>> out = new ArrayList<>();
            for (List<Future<Series>> row : futures) {
                List<Series> results = new ArrayList<>();
                for (Future<Series> f : row) {
                    results.add(f.get());
                }
                out.add(List.copyOf(results));
            }
            return out;
        } catch (ExecutionException e) {
            throw new RunFailedException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Scenario indices grouped by the warm-up they share, in order of first appearance. */
    static List<List<Integer>> warmUpGroups(List<Scenario> scenarios) {
        Map<ModelParameters, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < scenarios.size(); i++) {
            groups.computeIfAbsent(
                            World.warmUpParameters(scenarios.get(i).parameters()),
                            k -> new ArrayList<>())
                    .add(i);
        }
        return new ArrayList<>(groups.values());
    }
}
