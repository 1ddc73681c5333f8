package issim.core.process;

import issim.core.model.Child;
import issim.core.model.Practitioner;
import issim.core.model.Site;
import java.io.Serializable;

/**
 * What youth justice asks of a school-based police officer (docs/ODD.md §7.10; 000 case study 3):
 * the hook the officer's intervention implements. Without one, no school has an officer.
 */
public interface SchoolPolicing extends Serializable {
    /** Whether an officer is based at {@code school}. */
    boolean covers(Site school);

    /** Share of the school week the officer is there. */
    double presence();

    /** Whether the officer works with a prevention focus (else to a detection target). */
    boolean preventionFocus();

    /** The chance the officer's presence and relationships defuse an incident by {@code child}. */
    double preventionChance(Child child);

    /** The chance the officer learns of an incident at school while there. */
    double detection();

    /**
     * Multiplier on the chance of a formal response to an incident the officer handles, given the
     * force's detection-target multiplier.
     */
    double formalMultiplier(double detectionTargetMultiplier);

    /** The officer. */
    Practitioner officer();
}
