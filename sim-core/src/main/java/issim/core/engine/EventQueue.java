package issim.core.engine;

import java.util.Arrays;

/**
 * The model's pending events: a binary min-heap over primitive arrays, ordered by time and then by
 * insertion (so simultaneous events run first-in, first-out and a run never depends on heap layout).
 *
 * <p>Why not MASON's {@code Schedule} for every event: a per-child event there is a boxed
 * {@code Steppable} in a generic heap, and the model schedules millions of them. Here an event is
 * a {@code long} payload and a {@code double} time in parallel arrays; scheduling and popping do
 * not allocate once the arrays have grown. MASON's schedule still drives the model's coarse steps
 * (weekly, monthly, yearly: see {@code World}), each draining this queue up to its own time; this
 * queue holds everything that happens to a single child in between.
 */
public final class EventQueue {
    private double[] times;
    private long[] sequence;
    private long[] payloads;
    private int size;
    private long nextSequence;
    private double lastTime = Double.NaN;

    public EventQueue(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        times = new double[capacity];
        sequence = new long[capacity];
        payloads = new long[capacity];
    }

    /** Schedules {@code payload} at {@code time}; events at equal times leave in the order they came. */
    public void schedule(double time, long payload) {
        if (!(time >= lastTimeOrMinusInfinity())) {
            throw new IllegalArgumentException("cannot schedule at " + time + ", before the current time " + lastTime);
        }
        if (size == times.length) {
            grow();
        }
        siftUp(size++, time, nextSequence++, payload);
    }

    private double lastTimeOrMinusInfinity() {
        return Double.isNaN(lastTime) ? Double.NEGATIVE_INFINITY : lastTime;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    /** Time of the earliest pending event, or positive infinity when there is none. */
    public double peekTime() {
        return size == 0 ? Double.POSITIVE_INFINITY : times[0];
    }

    /** Removes the earliest event and returns its payload; its time is then {@link #lastTime()}. */
    public long pop() {
        if (size == 0) {
            throw new IllegalStateException("no pending event");
        }
        long payload = payloads[0];
        lastTime = times[0];
        int last = --size;
        if (last > 0) {
            siftDown(0, times[last], sequence[last], payloads[last]);
        }
        return payload;
    }

    /** Time of the most recently popped event (NaN before the first pop). */
    public double lastTime() {
        return lastTime;
    }

    public void clear() {
        size = 0;
        lastTime = Double.NaN;
    }

    private void grow() {
        int capacity = times.length * 2;
        times = Arrays.copyOf(times, capacity);
        sequence = Arrays.copyOf(sequence, capacity);
        payloads = Arrays.copyOf(payloads, capacity);
    }

    private static boolean before(double t1, long s1, double t2, long s2) {
        return t1 < t2 || (t1 == t2 && s1 < s2);
    }

    private void siftUp(int hole, double t, long s, long p) {
        while (hole > 0) {
            int parent = (hole - 1) >>> 1;
            if (!before(t, s, times[parent], sequence[parent])) {
                break;
            }
            move(parent, hole);
            hole = parent;
        }
        put(hole, t, s, p);
    }

    private void siftDown(int hole, double t, long s, long p) {
        int half = size >>> 1;
        while (hole < half) {
            int child = 2 * hole + 1;
            int right = child + 1;
            if (right < size && before(times[right], sequence[right], times[child], sequence[child])) {
                child = right;
            }
            if (!before(times[child], sequence[child], t, s)) {
                break;
            }
            move(child, hole);
            hole = child;
        }
        put(hole, t, s, p);
    }

    private void move(int from, int to) {
        times[to] = times[from];
        sequence[to] = sequence[from];
        payloads[to] = payloads[from];
    }

    private void put(int at, double t, long s, long p) {
        times[at] = t;
        sequence[at] = s;
        payloads[at] = p;
    }
}
