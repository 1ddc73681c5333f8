package issim.benchmarks;

import issim.core.engine.EventQueue;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
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
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The classic hold model over a pending-event set: N events are pending, and one operation removes
 * the earliest and schedules a replacement at its time plus an exponential increment (mean 1), so
 * the set stays at size N. This is the model's hot loop (every event that runs schedules the next
 * one), hence the measure rather than bulk insertion or draining.
 *
 * <p>Why (docs/performance.md): the hot loop must be judged against the alternatives in the same
 * run, as ratios, not as absolute numbers from different machines or days:
 *
 * <ul>
 *   <li>{@code issim}: issim's {@link EventQueue} (primitive arrays, ties broken by payload);
 *   <li>{@code mason}: MASON 18's {@link Schedule} stepping self-rescheduling {@link Steppable}s,
 *       what the model would use without a queue of its own;
 *   <li>{@code priorityQueue}: {@link PriorityQueue} of small event objects, the obvious JDK
 *       choice;
 *   <li>{@code primitive}: a bare primitive-array binary heap with no tie order and no checks, the
 *       practical limit.
 * </ul>
 *
 * <p>The implementation is a parameter, {@code queue}, declared after {@code N}, so JMH measures
 * the four one after the other at each size: the ratios at one size are taken minutes apart at
 * most, not across the whole run, which matters at N = 1,000,000 where throughput follows the
 * host's memory bandwidth. Each combination runs in its own forks, so the call through {@link
 * EventSet} is monomorphic there and inlined.
 *
 * <p>One benchmark operation is one hold operation. The increments are drawn before measurement and
 * cycled from a primitive array, so the RNG is not measured and the harness allocates nothing;
 * whatever {@code -prof gc} reports per operation belongs to the implementation. All four start
 * from the same N times and consume the same increments, so they process the same event sequence.
 *
 * <p>Full run: {@code java -jar benchmarks/target/benchmarks.jar HoldModel -prof gc}; one size and
 * two implementations: {@code ... HoldModel -p N=1000000 -p queue=issim,primitive}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// Fixed heap so that heap resizing does not differ between implementations at N = 1e6.
@Fork(
        value = 3,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class HoldModelBenchmark {

    /** 2^20 increments: the cycle is far longer than N for the small sizes, and a mask is cheap. */
    static final int INCREMENTS = 1 << 20;

    static final int MASK = INCREMENTS - 1;
    static final long SEED = 20240611L;

    @Param({"1000", "100000", "1000000"})
    public int N;

    @Param({"issim", "primitive", "mason", "priorityQueue"})
    public String queue;

    private double[] increments;
    private int next;
    private EventSet set;

    /**
     * N pending events, event i at time {@code increment()} from time 0, and the increment stream.
     * The set persists across iterations (Level.Trial), so the warm-up also carries the event-time
     * distribution from its start towards the hold model's steady state.
     */
    @Setup(Level.Trial)
    public void setUp() {
        increments = new double[INCREMENTS];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < INCREMENTS; i++) {
            // Inversion; 1 - u lies in (0, 1], so the logarithm is finite.
            increments[i] = -Math.log(1.0 - random.nextDouble());
        }
        next = 0;
        set =
                switch (queue) {
                    case "issim" -> new IssimQueue(this);
                    case "mason" -> new MasonSchedule(this);
                    case "priorityQueue" -> new JdkPriorityQueue(this);
                    case "primitive" -> new Primitive(this);
                    default ->
                            throw new IllegalArgumentException(
                                    "queue: expected issim, mason, priorityQueue or primitive, found "
                                            + queue);
                };
    }

    final double increment() {
        return increments[next++ & MASK];
    }

    @Benchmark
    public long hold() {
        return set.hold();
    }

    /** A pending-event set under the hold model: {@link #hold()} is one operation. */
    interface EventSet {
        long hold();
    }

    // ---- issim EventQueue
    // ------------------------------------------------------------------------

    static final class IssimQueue implements EventSet {
        private final HoldModelBenchmark b;
        private final EventQueue queue;

        IssimQueue(HoldModelBenchmark b) {
            this.b = b;
            queue = new EventQueue(b.N);
            for (int i = 0; i < b.N; i++) {
                queue.schedule(b.increment(), i);
            }
        }

        @Override
        public long hold() {
            long payload = queue.pop();
            queue.schedule(queue.lastTime() + b.increment(), payload);
            return payload;
        }
    }

    // ---- MASON Schedule
    // --------------------------------------------------------------------------

    /**
     * One {@code Schedule.step} runs every Steppable at the earliest timestamp, not one event; with
     * continuous exponential times ties practically never occur, so a step is one hold operation.
     * Each {@code scheduleOnce} allocates a {@code Schedule.Key}: that is MASON's cost, not the
     * harness's.
     */
    static final class MasonSchedule implements EventSet {
        private final SimState sim;

        MasonSchedule(HoldModelBenchmark b) {
            sim = new SimState(SEED);
            for (int i = 0; i < b.N; i++) {
                sim.schedule.scheduleOnce(b.increment(), new Agent(b));
            }
        }

        @Override
        public long hold() {
            return sim.schedule.step(sim) ? 1 : 0;
        }
    }

    /** Reschedules itself at the current time plus the next increment, as a model agent would. */
    static final class Agent implements Steppable {
        private final transient HoldModelBenchmark b;

        Agent(HoldModelBenchmark b) {
            this.b = b;
        }

        @Override
        public void step(SimState state) {
            Schedule schedule = state.schedule;
            schedule.scheduleOnce(schedule.getTime() + b.increment(), this);
        }
    }

    // ---- java.util.PriorityQueue
    // -----------------------------------------------------------------

    static final class Event {
        final double time;
        final long payload;

        Event(double time, long payload) {
            this.time = time;
            this.payload = payload;
        }
    }

    static final Comparator<Event> BY_TIME = (x, y) -> Double.compare(x.time, y.time);

    /**
     * A new event object per scheduled event, because that is how code on PriorityQueue is written
     * (events are immutable values handed around); reusing the polled object would hide the
     * allocation that is part of this option's cost.
     */
    static final class JdkPriorityQueue implements EventSet {
        private final HoldModelBenchmark b;
        private final PriorityQueue<Event> queue;

        JdkPriorityQueue(HoldModelBenchmark b) {
            this.b = b;
            queue = new PriorityQueue<>(b.N, BY_TIME);
            for (int i = 0; i < b.N; i++) {
                queue.offer(new Event(b.increment(), i));
            }
        }

        @Override
        public long hold() {
            Event e = queue.poll();
            queue.offer(new Event(e.time + b.increment(), e.payload));
            return e.payload;
        }
    }

    // ---- bare primitive heap
    // ---------------------------------------------------------------------

    static final class Primitive implements EventSet {
        private final HoldModelBenchmark b;
        private final PrimitiveHeap heap;

        Primitive(HoldModelBenchmark b) {
            this.b = b;
            heap = new PrimitiveHeap(b.N);
            for (int i = 0; i < b.N; i++) {
                heap.push(b.increment(), i);
            }
        }

        @Override
        public long hold() {
            long payload = heap.pop();
            heap.push(heap.lastTime() + b.increment(), payload);
            return payload;
        }
    }

    /**
     * Binary min-heap over parallel double/long arrays with fixed capacity: no tie-breaking
     * sequence, no time check, no growth. Pop and push stay separate operations (no fused
     * replace-top), because that is the interface the model uses.
     */
    static final class PrimitiveHeap {
        private final double[] times;
        private final long[] payloads;
        private int size;
        private double lastTime;

        PrimitiveHeap(int capacity) {
            times = new double[capacity];
            payloads = new long[capacity];
        }

        void push(double time, long payload) {
            double[] times = this.times;
            long[] payloads = this.payloads;
            int hole = size++;
            while (hole > 0) {
                int parent = (hole - 1) >>> 1;
                double parentTime = times[parent];
                if (time >= parentTime) {
                    break;
                }
                times[hole] = parentTime;
                payloads[hole] = payloads[parent];
                hole = parent;
            }
            times[hole] = time;
            payloads[hole] = payload;
        }

        long pop() {
            double[] times = this.times;
            long[] payloads = this.payloads;
            long top = payloads[0];
            lastTime = times[0];
            int n = --size;
            double time = times[n];
            long payload = payloads[n];
            int hole = 0;
            int half = n >>> 1;
            while (hole < half) {
                int child = 2 * hole + 1;
                double childTime = times[child];
                int right = child + 1;
                if (right < n && times[right] < childTime) {
                    child = right;
                    childTime = times[right];
                }
                if (childTime >= time) {
                    break;
                }
                times[hole] = childTime;
                payloads[hole] = payloads[child];
                hole = child;
            }
            times[hole] = time;
            payloads[hole] = payload;
            return top;
        }

        double lastTime() {
            return lastTime;
        }
    }
}
