package issim.experiments.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One browser tab's pair of runs: the silo on the left and the integrated scenario on the right,
 * the same locality and seed, stepped together a month at a time. Switches flip only the right
 * panel, from the month shown. Calls are serialized per session.
 */
final class Session {
    private final Demo demo;
    private Panel left;
    private Panel right;

    Session(Demo demo) {
        this.demo = demo;
        reset();
    }

    synchronized void reset() {
        left = demo.left();
        right = demo.right();
    }

    /** Steps both panels one month (nothing once the horizon is reached). */
    synchronized void step() {
        left.stepMonth();
        right.stepMonth();
    }

    /** Flips {@code t} in the integrated panel, from now. */
    synchronized void flip(Toggle t) {
        right.flip(t);
    }

    synchronized Map<String, Object> view() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("month", left.month());
        v.put("horizonMonths", demo.horizonMonths());
        v.put("seed", demo.seed());
        v.put("agencies", demo.agencies());
        v.put("left", left.view());
        v.put("right", right.view());
        return v;
    }

    synchronized Panel left() {
        return left;
    }

    synchronized Panel right() {
        return right;
    }
}
