package issim.core.domain;

/**
 * The ages that structure a child's life in England (docs/ODD.md §7.1), as whole years on the 1st
 * of September: school from 5, secondary school from 11, leaving school at 16 and the locality at
 * 18; the youth justice system for ages 10-17.
 */
public final class Ages {
    /** Age on 31 August of a child starting Reception. */
    public static final int PRIMARY = 4;

    /** Age on 31 August of a child starting Year 7. */
    public static final int SECONDARY = 11;

    /** Age on 31 August after Year 11, the end of compulsory schooling. */
    public static final int SCHOOL_LEAVING = 16;

    public static final int ADULT = 18;
    public static final int YOUTH_JUSTICE_MIN = 10;
    public static final int YOUTH_JUSTICE_MAX = 17;

    /** Age on 31 August of a Year 8 pupil. */
    public static final int YEAR_8 = 12;

    private Ages() {}
}
