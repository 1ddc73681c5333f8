package issim.core.observe;

import issim.core.domain.AgencyKind;

/**
 * Who referred a child to children's social care, in the groups England's children in need
 * statistics report (DfE, Characteristics of children in need 2009-10): police, health, schools,
 * and everyone else (other council services, the youth service, YOT, children's centres,
 * Connexions).
 */
public enum ReferralSource {
    POLICE("police"),
    HEALTH("health"),
    SCHOOL("school"),
    OTHER("other");

    public static final int COUNT = values().length;
    private final String key;

    ReferralSource(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The source group of a referral made by a practitioner of {@code agency}. */
    public static ReferralSource of(AgencyKind agency) {
        return switch (agency) {
            case POLICE -> POLICE;
            case HEALTH -> HEALTH;
            case SCHOOL -> SCHOOL;
            default -> OTHER;
        };
    }
}
