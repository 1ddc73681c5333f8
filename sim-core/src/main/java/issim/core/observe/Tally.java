package issim.core.observe;

/** Things the model counts as they happen; the monthly observation reports them per month. */
public enum Tally {
    /**
     * Referrals to social care, counted at the child's school (the total is the social care
     * agency's {@link AgencyTally#REFERRALS_MADE}).
     */
    REFERRALS_TO_SOCIAL_CARE(null),
    /** Referrals to social care within 12 months of the child's previous one. */
    RE_REFERRALS(Measure.SOCIAL_CARE_RE_REFERRALS),
    LIFE_EVENTS(Measure.LIFE_EVENTS),
    CONCERNS(Measure.CONCERNS_RAISED),
    SHARES(Measure.INFORMATION_SHARED),
    /** Exchanges after which one of the two agencies first knew all of the child's need. */
    SHARES_COMPLETING(Measure.INFORMATION_COMPLETING),
    /** Referrals lost because the referrer did not know whom to contact. */
    LOST_NO_CONTACT(Measure.REFERRALS_LOST_NO_CONTACT),
    /** Referrals lost because the receiver did not act on them. */
    LOST_IGNORED(Measure.REFERRALS_LOST_IGNORED),
    /** Referrals lost while waiting for capacity (timed out, or the child left). */
    LOST_WAITING(Measure.REFERRALS_LOST_WAITING),
    ASSESSMENTS(Measure.ASSESSMENTS),
    INITIAL_ASSESSMENTS(Measure.INITIAL_ASSESSMENTS),
    /** Initial assessments completed within 7 working days (NI 59). */
    INITIAL_ASSESSMENTS_IN_TIME(null),
    CORE_ASSESSMENTS(Measure.CORE_ASSESSMENTS),
    /** Core assessments completed within 35 working days (NI 60). */
    CORE_ASSESSMENTS_IN_TIME(null),
    SECTION_47_ENQUIRIES(Measure.SECTION_47_ENQUIRIES),
    PROTECTION_CONFERENCES(Measure.PROTECTION_CONFERENCES),
    CARE_APPLICATIONS(Measure.CARE_APPLICATIONS),
    CARE_PROCEEDINGS_CONCLUDED(Measure.CARE_PROCEEDINGS_CONCLUDED),
    /** Summed days from application to final order: reported as weeks per case concluded. */
    CARE_PROCEEDINGS_DAYS(null),
    LOOKED_AFTER_STARTED(Measure.LOOKED_AFTER_STARTED),
    LOOKED_AFTER_CEASED(Measure.LOOKED_AFTER_CEASED),
    /** Children leaving care for adoption or special guardianship. */
    PERMANENCE(Measure.LEFT_CARE_FOR_PERMANENCE),
    DUPLICATED_ASSESSMENTS(Measure.DUPLICATED_ASSESSMENTS),
    COMMON_ASSESSMENTS(Measure.COMMON_ASSESSMENTS),
    TAC_MEETINGS(Measure.TAC_MEETINGS),
    INTEGRATED_PLANS(Measure.INTEGRATED_PLANS),
    CHILD_IN_NEED_STARTED(Measure.CHILD_IN_NEED_PLANS_STARTED),
    PROTECTION_PLANS_STARTED(Measure.PROTECTION_PLANS_STARTED),
    REPEAT_PROTECTION_PLANS(Measure.REPEAT_PROTECTION_PLANS_STARTED),
    PROTECTION_REVIEWS_CONTINUED(Measure.PROTECTION_PLANS_CONTINUED_AT_REVIEW),
    SIGNIFICANT_HARM(Measure.SIGNIFICANT_HARM),
    SERIOUS_CASE_REVIEWS(Measure.SERIOUS_CASE_REVIEWS),
    ASB_INCIDENTS(Measure.ASB_INCIDENTS),
    ASB_AT_SCHOOL(Measure.ASB_INCIDENTS_AT_SCHOOL),
    ASB_DETECTED(Measure.ASB_DETECTED),
    FORMAL_RESPONSES(Measure.FORMAL_RESPONSES),
    FIRST_TIME_ENTRANTS(Measure.FIRST_TIME_ENTRANTS),
    HELP_STARTED(Measure.HELP_STARTED),
    /** Summed days from need onset to help: reported as {@link Measure#DAYS_TO_HELP}. */
    HELP_DELAY_DAYS(null),
    DROPOUTS(Measure.DROPOUTS),
    BORN(Measure.CHILDREN_BORN),
    MOVED_AWAY(Measure.CHILDREN_MOVED_AWAY),
    MOVED_IN(Measure.CHILDREN_MOVED_IN),
    PARENTAL_PROBLEMS_STARTED(Measure.PARENTAL_PROBLEMS_STARTED),
    PARENTAL_PROBLEMS_ENDED(Measure.PARENTAL_PROBLEMS_ENDED),
    /** Parental problems that ended while a plan worked with the family. */
    PARENTAL_PROBLEMS_ENDED_IN_FAMILY_WORK(Measure.PARENTAL_PROBLEMS_ENDED_IN_FAMILY_WORK),
    LEFT(Measure.CHILDREN_LEFT),
    PRACTITIONERS_REPLACED(Measure.PRACTITIONERS_REPLACED),
    PERMANENT_APPOINTMENTS(Measure.PERMANENT_APPOINTMENTS),
    TIER1_PUPILS(Measure.TIER1_PUPILS),
    TIER2_PLACES(Measure.TIER2_PLACES),
    TIER3_FAMILIES(Measure.TIER3_FAMILIES);

    public static final int COUNT = values().length;
    private final Measure measure;

    Tally(Measure measure) {
        this.measure = measure;
    }

    /** The measure this count is reported as, or null for a count only used inside another. */
    public Measure measure() {
        return measure;
    }
}
