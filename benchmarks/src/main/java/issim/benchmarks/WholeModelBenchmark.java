package issim.benchmarks;

import issim.core.params.ModelParameters;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole-model throughput (issue 5, item 2): one benchmark operation is one complete run of the
 * model, from building the locality through the default warm-up and a 10-year horizon to the last
 * monthly report, for the default locality (10,000 children) and one ten times larger (100,000
 * children, 140 primaries and 30 secondaries), in the silo baseline and the whole-system scenario
 * (see {@link Workloads}).
 *
 * <p>The primary score is seconds per run (SingleShotTime: a run lasts seconds, so there is nothing
 * to average within an iteration). The JIT needs some 20-30 s of model code to settle (measured
 * with {@link ReplicationScalingBenchmark}: a batch's throughput keeps rising for that long), far
 * more than one 10,000-child run lasts, so before the warm-up iteration the trial set-up primes the
 * JIT with short runs (default locality, same scenario, 1 year after a 1-year warm-up, other seeds)
 * for {@value #PRIME_SECONDS} s. The measured runs are thus the steady state of a sweep, not the
 * first run of a fresh JVM; {@link PeakHeap} times such a cold run. Simulated child-years per
 * second is the run's child-years divided by the score. The child-years of a run (mean of the
 * monthly "children" measure after the warm-up × 10 years, about children × 10) are printed by
 * {@link PeakHeap} for the same size, scenario and seed. They are not reported as a JMH secondary
 * score because JMH sums {@code @AuxCounters} EVENTS over the iterations and does not report
 * OPERATIONS counters in SingleShotTime mode.
 *
 * <p>Every run uses the same seed, so every iteration does the same work. The fork has a fixed 2
 * GiB heap, the budget for the 100,000-child run; peak heap is measured separately by
 * {@link PeakHeap}, since {@code -prof gc} reports allocation, not the high-water mark.
 *
 * <p>Run alone: {@code java -jar benchmarks/target/benchmarks.jar WholeModel}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class WholeModelBenchmark {
    static final int PRIME_SECONDS = 20;

    @Param({"10000", "100000"})
    public int children;

    @Param({Workloads.BASELINE, Workloads.WHOLE_SYSTEM})
    public String scenario;

    private ModelParameters params;

    @Setup(Level.Trial)
    public void setUp() {
        params = Workloads.parameters(children, scenario);
        ModelParameters prime =
                Workloads.parameters(10_000, scenario).withHorizonDays(365).withWarmupDays(365);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(PRIME_SECONDS);
        for (long seed = Workloads.SEED + 1; System.nanoTime() < until; seed++) {
            Workloads.run(prime, seed);
        }
    }

    @Benchmark
    public double run() {
        return Workloads.run(params, Workloads.SEED);
    }
}
