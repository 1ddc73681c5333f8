package issim.core.process;

import issim.core.domain.InterventionKind;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which interventions are in force, and since when (schedule time); and when each start was, for
 * the changes under way (an intervention withdrawn still counts as a change made).
 */
public final class InForce implements Serializable {
    private final Map<InterventionKind, Double> since = new EnumMap<>(InterventionKind.class);
    private final List<Double> starts = new ArrayList<>();

    public boolean has(InterventionKind kind) {
        return since.containsKey(kind);
    }

    /** Schedule time {@code kind} came into force, or NaN if it is not in force. */
    public double since(InterventionKind kind) {
        return since.getOrDefault(kind, Double.NaN);
    }

    /** Records that {@code kind} comes into force at {@code time}. */
    public void start(InterventionKind kind, double time) {
        if (since.containsKey(kind)) {
            throw new IllegalStateException(kind + " is already in force");
        }
        since.put(kind, time);
        starts.add(time);
    }

    /** Records that {@code kind} is withdrawn now: it is no longer in force. */
    public void end(InterventionKind kind) {
        if (since.remove(kind) == null) {
            throw new IllegalStateException(kind + " is not in force");
        }
    }

    /** How many interventions came into force within {@code window} days before {@code now}. */
    public int startedWithin(double now, double window) {
        int n = 0;
        for (double t : starts) {
            if (now - t < window) {
                n++;
            }
        }
        return n;
    }
}
