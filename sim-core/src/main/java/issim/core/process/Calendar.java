package issim.core.process;

/**
 * The model's calendar (docs/ODD.md §2.9): time is in days; a year is 365 days and a month a
 * twelfth of it. Schedule time 0 is the start of the warm-up, a 1st of September.
 */
public final class Calendar {
    public static final double YEAR = 365.0;
    public static final double MONTH = YEAR / 12;

    private Calendar() {}

    /**
     * The end of month {@code m}, at an exact time (m × 365 / 12, rounded once) rather than by
     * repeated addition, so the last month of a run falls exactly on the horizon with the year's
     * other steps.
     */
    public static double monthEnd(int m) {
        return m * 365 / 12.0;
    }
}
