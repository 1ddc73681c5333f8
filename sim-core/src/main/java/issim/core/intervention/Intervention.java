package issim.core.intervention;

import issim.core.domain.InterventionKind;
import issim.core.model.Site;
import java.io.Serializable;
import java.util.List;

/**
 * One intervention a scenario can put in place (docs/ODD.md §7.14). {@link Pacing} decides when it
 * starts; at its start it changes the locality (who is based where, who is trained) and lends the
 * mechanisms what they need through their hooks; while in force it books its running cost. Some can
 * be withdrawn again, from any month.
 */
public interface Intervention extends Serializable {
    InterventionKind kind();

    /** Puts the intervention in place, now. One-off costs are booked here. */
    void start();

    /**
     * Whether {@link #withdraw} can take it back (docs/ODD.md §7.14 says what withdrawal means for
     * each); none can by default.
     */
    default boolean withdrawable() {
        return false;
    }

    /**
     * Withdraws the intervention at schedule time {@code now}, once started: it takes back what it
     * lent the mechanisms and what it put in place in the locality (who is based where, the
     * programme's own training), while what people built meanwhile (trust, commitment, families'
     * trust, children's gains) stays with them and fades as it does. {@link Pacing} then stops
     * booking its running cost and making its monthly effect. One-off costs already booked stay
     * booked. Starting the kind again later is a new intervention.
     */
    default void withdraw(double now) {
        throw new UnsupportedOperationException(kind() + " cannot be withdrawn");
    }

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
