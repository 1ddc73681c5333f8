package issim.core.domain;

/**
 * The ages that structure a child's life in England (docs/ODD.md §7.1), as whole years on the 1st
 * of September: school from 5, secondary school from 11, leaving school at 16 and the locality at
 * 18; the youth justice system for ages 10-17.
 */
public final class Ages {
    public static final int PRIMARY = 5;
    public static final int SECONDARY = 11;
    public static final int SCHOOL_LEAVING = 16;
    public static final int ADULT = 18;
    public static final int YOUTH_JUSTICE_MIN = 10;
    public static final int YOUTH_JUSTICE_MAX = 17;

    /** Year 8 pupils are aged 12 on the 1st of September. */
    public static final int YEAR_8 = 12;

    private Ages() {}
}
