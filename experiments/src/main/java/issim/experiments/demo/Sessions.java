package issim.experiments.demo;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The open sessions, one per browser tab, by a random id. Each holds two worlds in memory, so there
 * are at most {@code limit}: opening one more ends the least recently used, whose tab is told its
 * session has ended and starts a new one on reload.
 */
final class Sessions {
    private final Demo demo;
    private final int limit;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> open;

    Sessions(Demo demo, int limit) {
        this.demo = demo;
        this.limit = limit;
        this.open = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** Opens a session and returns its id. */
    String open() {
        Session s = new Session(demo);
        byte[] id = new byte[16];
        random.nextBytes(id);
        String key = HexFormat.of().formatHex(id);
        synchronized (open) {
            open.put(key, s);
            while (open.size() > limit) {
                String eldest = open.keySet().iterator().next();
                open.remove(eldest);
            }
        }
        return key;
    }

    /** The session with {@code id}, or null. */
    Session get(String id) {
        if (id == null) {
            return null;
        }
        synchronized (open) {
            return open.get(id);
        }
    }
}
