package issim.core.engine;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The model's clock and its event queue: processes schedule events by type and subject, and the
 * handlers registered at wiring run them in time order. The versions that let a process supersede
 * its pending events live here, keyed by subject, not on the domain entities.
 *
 * <p>{@link #now()} is the time of the event in hand, or of the coarse step running: MASON's clock
 * runs ahead to a coarse step's time before the step has drained the events before it, so it cannot
 * serve as the model's clock.
 */
public final class Scheduler {
    private final EventQueue queue;
    private final EventHandler[] handlers = new EventHandler[EventType.COUNT];
    private final Map<EventType.Slot, int[]> versions = new EnumMap<>(EventType.Slot.class);
    private double clock;

    public Scheduler(int initialCapacity) {
        queue = new EventQueue(initialCapacity);
        for (EventType.Slot s : EventType.Slot.values()) {
            if (s != EventType.Slot.NONE) {
                versions.put(s, new int[1024]);
            }
        }
    }

    /** Registers the one handler of {@code type}; a second registration is a wiring error. */
    public void register(EventType type, EventHandler handler) {
        if (handlers[type.ordinal()] != null) {
            throw new IllegalStateException(type + " already has a handler");
        }
        handlers[type.ordinal()] = handler;
    }

    /** Schedules {@code type} for {@code subject} at {@code time}, with the subject's version. */
    public void schedule(EventType type, double time, int subject) {
        queue.schedule(time, Events.encode(type.code, version(type.slot, subject), subject));
    }

    /** Makes every pending event of {@code type}'s slot for {@code subject} stale. */
    public void supersede(EventType type, int subject) {
        if (type.slot == EventType.Slot.NONE) {
            throw new IllegalArgumentException(type + " events cannot be superseded");
        }
        int[] v = slotVersions(type.slot, subject);
        v[subject]++;
    }

    private int version(EventType.Slot slot, int subject) {
        return slot == EventType.Slot.NONE ? 0 : slotVersions(slot, subject)[subject];
    }

    private int[] slotVersions(EventType.Slot slot, int subject) {
        int[] v = versions.get(slot);
        if (subject >= v.length) {
            v = Arrays.copyOf(v, Math.max(subject + 1, v.length * 2));
            versions.put(slot, v);
        }
        return v;
    }

    /** Runs every pending event strictly before {@code time}, then sets the clock to it. */
    public void advanceTo(double time) {
        while (queue.peekTime() < time) {
            long event = queue.pop();
            clock = queue.lastTime();
            dispatch(event);
        }
        clock = Math.max(clock, time);
    }

    private void dispatch(long event) {
        EventType type = EventType.ofCode(Events.type(event));
        int subject = Events.id(event);
        if (type.slot != EventType.Slot.NONE
                && !Events.current(event, version(type.slot, subject))) {
            return; // superseded
        }
        EventHandler h = handlers[type.ordinal()];
        if (h == null) {
            throw new IllegalStateException("no handler registered for " + type);
        }
        h.handle(subject);
    }

    public double now() {
        return clock;
    }

    /** Events waiting to run (for invariant checks). */
    public int pending() {
        return queue.size();
    }
}
