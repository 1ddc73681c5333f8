package issim.core.engine;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The model's clock and its event queue: processes schedule events by type and subject, and the
 * handlers registered at wiring run them in time order. The versions that let a process supersede
 * its pending events live here, keyed by subject, not on the domain entities.
 *
 * <p>{@link #now()} is the time of the event in hand, or of the coarse step running: MASON's clock
 * runs ahead to a coarse step's time before the step has drained the events before it, so it cannot
 * serve as the model's clock.
 */
public final class Scheduler implements Serializable {
    private final EventQueue queue;
    // One field per type, not an array: each call site in dispatch then sees a single handler
    // class, which the JIT inlines; one call site for all of them would not be (a measured 3-8% of
    // a whole run at 100,000 children).
    private EventHandler lifeEvent,
            check,
            concern,
            planEnd,
            asb,
            referralTimeout,
            birthday,
            birth,
            assessmentStage,
            familyChange;

    /** Current version per subject, one array per versioned slot (index: slot ordinal). */
    private final int[][] versions = new int[EventType.Slot.values().length][];

    private double clock;

    public Scheduler(int initialCapacity) {
        queue = new EventQueue(initialCapacity);
        for (EventType.Slot s : EventType.Slot.values()) {
            versions[s.ordinal()] = new int[1024];
        }
    }

    /** Registers the one handler of {@code type}; a second registration is a wiring error. */
    public void register(EventType type, EventHandler handler) {
        if (handler(type) != null) {
            throw new IllegalStateException(type + " already has a handler");
        }
        switch (type) {
            case LIFE_EVENT -> lifeEvent = handler;
            case CHECK -> check = handler;
            case CONCERN -> concern = handler;
            case PLAN_END -> planEnd = handler;
            case ASB -> asb = handler;
            case REFERRAL_TIMEOUT -> referralTimeout = handler;
            case BIRTHDAY -> birthday = handler;
            case BIRTH -> birth = handler;
            case ASSESSMENT_STAGE -> assessmentStage = handler;
            case FAMILY_CHANGE -> familyChange = handler;
        }
    }

    private EventHandler handler(EventType type) {
        return switch (type) {
            case LIFE_EVENT -> lifeEvent;
            case CHECK -> check;
            case CONCERN -> concern;
            case PLAN_END -> planEnd;
            case ASB -> asb;
            case REFERRAL_TIMEOUT -> referralTimeout;
            case BIRTHDAY -> birthday;
            case BIRTH -> birth;
            case ASSESSMENT_STAGE -> assessmentStage;
            case FAMILY_CHANGE -> familyChange;
        };
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
        int[] v = versions[slot.ordinal()];
        if (subject >= v.length) {
            v = Arrays.copyOf(v, Math.max(subject + 1, v.length * 2));
            versions[slot.ordinal()] = v;
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
        switch (type) {
            case LIFE_EVENT -> lifeEvent.handle(subject);
            case CHECK -> check.handle(subject);
            case CONCERN -> concern.handle(subject);
            case PLAN_END -> planEnd.handle(subject);
            case ASB -> asb.handle(subject);
            case REFERRAL_TIMEOUT -> referralTimeout.handle(subject);
            case BIRTHDAY -> birthday.handle(subject);
            case BIRTH -> birth.handle(subject);
            case ASSESSMENT_STAGE -> assessmentStage.handle(subject);
            case FAMILY_CHANGE -> familyChange.handle(subject);
        }
    }

    /** Fails unless every event type has its handler: a wiring error, found before the run. */
    public void requireAllHandlers() {
        for (EventType t : EventType.values()) {
            if (handler(t) == null) {
                throw new IllegalStateException("no handler registered for " + t);
            }
        }
    }

    public double now() {
        return clock;
    }

    /** Events waiting to run (for invariant checks). */
    public int pending() {
        return queue.size();
    }
}
