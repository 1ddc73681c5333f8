package issim.core.observe;

import java.io.Serializable;

/** Receives the model's observations; the core itself writes nothing anywhere. */
public interface Observer extends Serializable {
    /** Called at the end of every month after the warm-up. */
    void onMonth(MonthlyReport report);

    /**
     * Called for every adverse life event (for checking common random numbers); ignored by default.
     */
    default void onLifeEvent(double day, int childId, int outcomeOrdinal, double severity) {}
}
