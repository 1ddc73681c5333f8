package issim.core.engine;

import java.io.Serializable;
import sim.engine.Schedule;

/**
 * Coarse steps on MASON's schedule: weekly trust, monthly adoption and observation, the yearly
 * school calendar, interventions starting, and one-off steps. Every step first runs the events
 * before its own time, so no step can forget to catch the event queue up.
 *
 * <p>Each step gets an ordering of its own (its phase, then the order steps were added), so no two
 * steps ever tie in MASON's schedule: a tie would be broken by MASON's own random generator, which
 * is outside the model's purpose-split streams.
 */
public final class Steps implements Serializable {
    /** A coarse step; serializable, so a world can be copied at the end of its warm-up. */
    @FunctionalInterface
    public interface Step extends Runnable, Serializable {}

    private static final int PER_PHASE = 1 << 24;

    private final Schedule schedule;
    private final Scheduler events;
    private final int[] added = new int[Phase.values().length];

    public Steps(Schedule schedule, Scheduler events) {
        this.schedule = schedule;
        this.events = events;
    }

    /** Runs {@code step} at {@code start} and every {@code interval} days after. */
    public void every(double start, double interval, Phase phase, Step step) {
        schedule.scheduleRepeating(start, ordering(phase), state -> run(step), interval);
    }

    /** Runs {@code step} once, at schedule time {@code time}. */
    public void once(double time, Phase phase, Step step) {
        schedule.scheduleOnce(time, ordering(phase), state -> run(step));
    }

    private void run(Step step) {
        events.advanceTo(schedule.getTime());
        step.run();
    }

    private int ordering(Phase phase) {
        int n = added[phase.ordinal()]++;
        if (n >= PER_PHASE) {
            throw new IllegalStateException("too many steps in phase " + phase);
        }
        return phase.ordinal() * PER_PHASE + n;
    }
}
