package issim.core.domain;

/** Where practitioners are based (docs/ODD.md §2.6). */
public enum SiteKind {
    PRIMARY_SCHOOL,
    SECONDARY_SCHOOL,
    CHILDRENS_CENTRE,
    HEALTH_CENTRE,
    POLICE_STATION,
    COUNCIL_OFFICE;

    public boolean isSchool() {
        return this == PRIMARY_SCHOOL || this == SECONDARY_SCHOOL;
    }
}
