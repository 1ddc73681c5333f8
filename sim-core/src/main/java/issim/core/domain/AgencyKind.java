package issim.core.domain;

import java.util.List;

/** The kinds of agency around a child (docs/ODD.md §2.5). */
public enum AgencyKind {
    SCHOOL("school", "school"),
    HEALTH("health", "health"),
    SOCIAL_CARE("social_care", "social care"),
    POLICE("police", "police"),
    YOUTH_SERVICE("youth_service", "youth service"),
    YOUTH_OFFENDING("yot_yisp", "YOT/YISP"),
    CHILDRENS_CENTRE("childrens_centre", "children's centre"),
    CONNEXIONS("connexions", "Connexions");

    public static final int COUNT = 8;
    private static final AgencyKind[] ALL = values();

    /** Every kind, in ordinal order; unlike {@code values()} it is not copied on each use. */
    public static final List<AgencyKind> ALL_KINDS = List.of(ALL);

    private final String key;
    private final String label;

    AgencyKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The agency's name for a reader, as in a report's tables. */
    public String label() {
        return label;
    }

    public String key() {
        return key;
    }

    public static AgencyKind of(int ordinal) {
        return ALL[ordinal];
    }
}
