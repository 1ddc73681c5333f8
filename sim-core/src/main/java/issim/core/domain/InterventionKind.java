package issim.core.domain;

import java.util.Locale;

/**
 * The interventions a scenario can put in place (docs/ODD.md §7), in the order they start when
 * change is paced. Each has its own class in {@code issim.core.intervention}.
 */
public enum InterventionKind {
    CO_LOCATION,
    SCHOOL_POLICE_OFFICER,
    THREE_TIER,
    COMMON_ASSESSMENT,
    INTEGRATED_SERVICES_LEADER,
    POOLED_BUDGETS,
    JOINT_TRAINING,
    NO_BLAME_CULTURE;

    public static final int COUNT = values().length;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
