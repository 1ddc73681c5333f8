package issim.core.engine;

/**
 * The kinds of event in the model's own queue (docs/ODD.md §3.2). Each carries a subject id (a
 * child, a plan or a referral). Events of the same {@link #slot} for one subject share a version,
 * so a process can supersede every pending one at once; unversioned events always run.
 *
 * <p>The codes fix the order of events at the same time (see {@link EventQueue}); changing them
 * changes outputs.
 */
public enum EventType {
    /** An adverse life event for a child. */
    LIFE_EVENT(1, Slot.LIFE),
    /** Agencies look at a child's visible need again. */
    CHECK(2, Slot.NOTICING),
    /** A concern is raised about a child (or harm occurs). */
    CONCERN(3, Slot.NOTICING),
    /** A plan ends, or reaches its review conference. */
    PLAN_END(4, Slot.NONE),
    /** A child's next anti-social behaviour incident. */
    ASB(5, Slot.BEHAVIOUR),
    /** A referral that has waited too long for capacity is lost. */
    REFERRAL_TIMEOUT(6, Slot.NONE),
    /** A child's birthday. */
    BIRTHDAY(7, Slot.NONE),
    /** The next birth in the locality (no subject). */
    BIRTH(8, Slot.NONE),
    /** A stage of the statutory pathway in social care is done (subject: the stage). */
    ASSESSMENT_STAGE(9, Slot.NONE),
    /** A parental risk factor starts or ends in a family (subject: the family). */
    FAMILY_CHANGE(10, Slot.FAMILY);

    /** Versioned families of events. */
    enum Slot {
        NONE,
        NOTICING,
        BEHAVIOUR,
        /** A child's next life event, redrawn when its family's risk factors change. */
        LIFE,
        /** A family's next change of circumstances, redrawn when family work starts or ends. */
        FAMILY
    }

    static final int COUNT = values().length;
    private static final EventType[] BY_CODE = new EventType[16];

    static {
        for (EventType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    final int code;
    final Slot slot;

    EventType(int code, Slot slot) {
        this.code = code;
        this.slot = slot;
    }

    static EventType ofCode(int code) {
        EventType t = BY_CODE[code];
        if (t == null) {
            throw new IllegalStateException("unknown event code " + code);
        }
        return t;
    }
}
