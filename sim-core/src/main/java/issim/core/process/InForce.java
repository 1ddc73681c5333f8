package issim.core.process;

import issim.core.domain.InterventionKind;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** Which interventions are in force, and since when (schedule time). */
public final class InForce implements Serializable {
    private final Map<InterventionKind, Double> since = new EnumMap<>(InterventionKind.class);

    public boolean has(InterventionKind kind) {
        return since.containsKey(kind);
    }

    /** Schedule time {@code kind} came into force, or NaN if it has not. */
    public double since(InterventionKind kind) {
        return since.getOrDefault(kind, Double.NaN);
    }

    /** Records that {@code kind} comes into force at {@code time}. */
    public void start(InterventionKind kind, double time) {
        if (since.containsKey(kind)) {
            throw new IllegalStateException(kind + " is already in force");
        }
        since.put(kind, time);
    }

    /** How many interventions came into force within {@code window} days before {@code now}. */
    public int startedWithin(double now, double window) {
        int n = 0;
        for (double t : since.values()) {
            if (now - t < window) {
                n++;
            }
        }
        return n;
    }
}
