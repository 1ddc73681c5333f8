package issim.core.intervention;

import issim.core.domain.InterventionKind;
import issim.core.model.Site;
import java.io.Serializable;
import java.util.List;

/**
 * One intervention a scenario can put in place (docs/ODD.md §7.14). {@link Pacing} decides when it
 * starts; at its start it changes the locality (who is based where, who is trained) and lends the
 * mechanisms what they need through their hooks; while in force it books its running cost.
 */
public interface Intervention extends Serializable {
    InterventionKind kind();

    /** Puts the intervention in place, now. One-off costs are booked here. */
    void start();

    /** Books one month's running cost while in force (none by default). */
    default void bookMonthlyCost() {}

    /** One month's effect beyond the mechanisms' hooks (none by default). */
    default void month() {}

    /**
     * The secondary schools it is based in, known once it has started, in the order chosen (none by
     * default: most interventions reach the whole locality).
     */
    default List<Site> hosts() {
        return List.of();
    }
}
