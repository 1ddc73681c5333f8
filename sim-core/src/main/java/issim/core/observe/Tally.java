package issim.core.observe;

/** Things the model counts as they happen; the monthly observation reports them per month. */
public enum Tally {
    LIFE_EVENTS("life_events"),
    CONCERNS("concerns_raised"),
    SHARES("information_shared"),
    ASSESSMENTS("assessments"),
    DUPLICATED_ASSESSMENTS("duplicated_assessments"),
    COMMON_ASSESSMENTS("common_assessments"),
    TAC_MEETINGS("tac_meetings"),
    INTEGRATED_PLANS("integrated_plans"),
    CHILD_IN_NEED_STARTED("child_in_need_plans_started"),
    PROTECTION_PLANS_STARTED("protection_plans_started"),
    REPEAT_PROTECTION_PLANS("repeat_protection_plans_started"),
    PROTECTION_REVIEWS_CONTINUED("protection_plans_continued_at_review"),
    SIGNIFICANT_HARM("significant_harm"),
    SERIOUS_CASE_REVIEWS("serious_case_reviews"),
    ASB_INCIDENTS("asb_incidents"),
    ASB_AT_SCHOOL("asb_incidents_at_school"),
    ASB_DETECTED("asb_detected"),
    FORMAL_RESPONSES("formal_responses"),
    FIRST_TIME_ENTRANTS("first_time_entrants"),
    HELP_STARTED("help_started"),
    HELP_DELAY_DAYS("help_delay_days"),
    DROPOUTS("dropouts"),
    BORN("children_born"),
    LEFT("children_left"),
    TIER1_PUPILS("tier1_pupils"),
    TIER2_PLACES("tier2_places"),
    TIER3_FAMILIES("tier3_families");

    public static final int COUNT = values().length;
    private final String key;

    Tally(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
