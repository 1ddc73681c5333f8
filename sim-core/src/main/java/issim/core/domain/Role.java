package issim.core.domain;

/** Practitioner roles and the agency each belongs to (docs/ODD.md §2.4). */
public enum Role {
    TEACHER(AgencyKind.SCHOOL),
    EDUCATION_WELFARE_OFFICER(AgencyKind.SCHOOL),
    HEALTH_VISITOR(AgencyKind.HEALTH),
    SCHOOL_NURSE(AgencyKind.HEALTH),
    GP(AgencyKind.HEALTH),
    SOCIAL_WORKER(AgencyKind.SOCIAL_CARE),
    POLICE_OFFICER(AgencyKind.POLICE),
    YOUTH_WORKER(AgencyKind.YOUTH_SERVICE),
    YOT_WORKER(AgencyKind.YOUTH_OFFENDING),
    CHILDRENS_CENTRE_WORKER(AgencyKind.CHILDRENS_CENTRE),
    PERSONAL_ADVISER(AgencyKind.CONNEXIONS);

    private final AgencyKind agency;

    Role(AgencyKind agency) {
        this.agency = agency;
    }

    public AgencyKind agency() {
        return agency;
    }
}
