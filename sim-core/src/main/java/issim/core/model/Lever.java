package issim.core.model;

/** The interventions a scenario can switch on (DESIGN.md §3). */
public enum Lever {
    CO_LOCATION,
    SCHOOL_POLICE_OFFICER,
    THREE_TIER,
    COMMON_ASSESSMENT,
    INTEGRATED_SERVICES_LEADER,
    POOLED_BUDGETS,
    JOINT_TRAINING
}
