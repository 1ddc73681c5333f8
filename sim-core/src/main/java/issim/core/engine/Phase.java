package issim.core.engine;

/**
 * Where a coarse step falls among the steps due at the same time (docs/ODD.md §3.3): the end of the
 * warm-up first, then the life course, then interventions starting and one-off steps, then the
 * week's trust, and the month's end, with its observation, last, so a month's report sees the whole
 * month.
 */
public enum Phase {
    /** The end of the warm-up, where a world may be copied to branch into scenarios. */
    BRANCH,
    LIFE_COURSE,
    INTERVENTIONS,
    TRUST,
    MONTH_END
}
