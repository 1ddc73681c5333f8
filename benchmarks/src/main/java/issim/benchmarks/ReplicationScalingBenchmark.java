package issim.benchmarks;

import issim.core.params.ModelParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scaling of replications across threads (issue 5, item 3): one benchmark operation is a batch of
 * {@value #REPLICATIONS} independent replications of a short run of the default locality (silo
 * baseline, 2-year horizon after a 1-year warm-up), submitted to a fixed pool of {@code threads}
 * threads. Each replication builds its own {@link issim.core.World}; nothing is shared between
 * threads but the immutable {@link ModelParameters}. That is how a sweep would run its
 * replications.
 *
 * <p>The score is batches per second. Parallel efficiency at two threads is {@code score(threads=2)
 * / (2 × score(threads=1))}; 1 would be perfect scaling. Replication {@code i} always has seed
 * {@code SEED + i}, so every batch does the same work; 8 divides evenly between 1 and 2 threads, so
 * no thread idles at the end of a batch beyond the spread of run times.
 *
 * <p>Five 5-second warm-up iterations: the JIT takes some 25 s of model code to settle (throughput
 * at one thread rises from about 0.5 to 1.3 batches/s over the first 30 s). The pool lives for the
 * whole trial, so thread start-up is not measured. GC threads and the JIT share the same cores as
 * the replications: that is part of what a real sweep pays, so they are left at the JVM's defaults
 * for the machine.
 *
 * <p>Run alone: {@code java -jar benchmarks/target/benchmarks.jar ReplicationScaling}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ReplicationScalingBenchmark {
    static final int REPLICATIONS = 8;

    @Param({"1", "2"})
    public int threads;

    private ModelParameters params;
    private ExecutorService pool;

    @Setup(Level.Trial)
    public void setUp() {
        params = ModelParameters.defaults().withHorizonDays(2 * 365).withWarmupDays(365);
        pool = Executors.newFixedThreadPool(threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
    }

    /** Returns the batch's total child-years, so that no run can be optimised away. */
    @Benchmark
    public double batch() throws InterruptedException, ExecutionException {
        List<Future<Double>> runs = new ArrayList<>(REPLICATIONS);
        for (int i = 0; i < REPLICATIONS; i++) {
            long seed = Workloads.SEED + i;
            runs.add(pool.submit(() -> Workloads.run(params, seed)));
        }
        double childYears = 0;
        for (Future<Double> run : runs) {
            childYears += run.get();
        }
        return childYears;
    }
}
