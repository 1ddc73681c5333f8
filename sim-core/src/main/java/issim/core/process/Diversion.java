package issim.core.process;

import issim.core.model.Child;
import java.io.Serializable;

/**
 * A prevention programme's hook into youth justice (docs/ODD.md §7.10; 000 case study 2): it lowers
 * the chance of a formal response for the young people it works with, and takes over the informal
 * response to those it covers. The three-tier programme implements it.
 */
public interface Diversion extends Serializable {
    /** Whether the programme covers {@code child} (its school is in the programme). */
    boolean covers(Child child);

    /** Multiplier on the chance of a formal response to {@code child}'s detected incident. */
    double formalMultiplier(Child child);

    /** Multiplier on {@code child}'s rate of anti-social behaviour, from the work done with it. */
    double propensityMultiplier(Child child);

    /** The programme's informal response to a covered child's detected incident. */
    void respondInformally(Child child);
}
