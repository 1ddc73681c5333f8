package issim.core.domain;

import java.util.List;

/** The kinds of agency around a child (docs/ODD.md §2.5). */
public enum AgencyKind {
    SCHOOL("school"),
    HEALTH("health"),
    SOCIAL_CARE("social_care"),
    POLICE("police"),
    YOUTH_SERVICE("youth_service"),
    YOUTH_OFFENDING("yot_yisp"),
    CHILDRENS_CENTRE("childrens_centre"),
    CONNEXIONS("connexions");

    public static final int COUNT = 8;
    private static final AgencyKind[] ALL = values();

    /** Every kind, in ordinal order; unlike {@code values()} it is not copied on each use. */
    public static final List<AgencyKind> ALL_KINDS = List.of(ALL);

    private final String key;

    AgencyKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static AgencyKind of(int ordinal) {
        return ALL[ordinal];
    }
}
