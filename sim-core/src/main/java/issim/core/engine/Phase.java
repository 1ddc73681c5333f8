package issim.core.engine;

/**
 * Where a coarse step falls among the steps due at the same time (docs/ODD.md §3.3): the life
 * course first, then interventions starting and one-off steps, then the week's trust, and the
 * month's end, with its observation, last, so a month's report sees the whole month.
 */
public enum Phase {
    LIFE_COURSE,
    INTERVENTIONS,
    TRUST,
    MONTH_END
}
