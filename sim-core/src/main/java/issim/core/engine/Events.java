package issim.core.engine;

/**
 * Packs an event into the {@code long} payload of the {@link EventQueue}: a 4-bit type code, a
 * 28-bit version and a 32-bit subject id. The version lets a process supersede an event it
 * scheduled without searching the heap: a stale event is recognised and dropped when it is popped.
 */
final class Events {
    private static final int VERSION_MASK = 0x0FFF_FFFF;

    private Events() {}

    static long encode(int type, int version, int id) {
        return ((long) type << 60) | ((long) (version & VERSION_MASK) << 32) | (id & 0xFFFF_FFFFL);
    }

    static int type(long event) {
        return (int) (event >>> 60);
    }

    static int version(long event) {
        return (int) (event >>> 32) & VERSION_MASK;
    }

    static int id(long event) {
        return (int) event;
    }

    /** Whether {@code version}, as stored in an event, matches the subject's current version. */
    static boolean current(long event, int version) {
        return version(event) == (version & VERSION_MASK);
    }
}
