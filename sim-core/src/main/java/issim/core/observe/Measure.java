package issim.core.observe;

import issim.core.domain.Outcome;

/**
 * The catalogue of what the model observes each month (docs/ODD.md §4.11): the one place a measure
 * is named. Each has the key used in outputs, a label a planner reads, a unit, which direction is
 * better, and how its observations are grouped. The CSV, plots and report read it from here.
 */
public enum Measure {
    OUTCOME_BE_HEALTHY(
            "outcome.be_healthy", "Be healthy", "index", Better.HIGHER, Grouping.QUINTILE),
    OUTCOME_STAY_SAFE("outcome.stay_safe", "Stay safe", "index", Better.HIGHER, Grouping.QUINTILE),
    OUTCOME_ENJOY_AND_ACHIEVE(
            "outcome.enjoy_and_achieve",
            "Enjoy and achieve",
            "index",
            Better.HIGHER,
            Grouping.QUINTILE),
    OUTCOME_POSITIVE_CONTRIBUTION(
            "outcome.positive_contribution",
            "Make a positive contribution",
            "index",
            Better.HIGHER,
            Grouping.QUINTILE),
    OUTCOME_ECONOMIC_WELL_BEING(
            "outcome.economic_well_being",
            "Achieve economic well-being",
            "index",
            Better.HIGHER,
            Grouping.QUINTILE),
    NEED_LEVEL_SHARE(
            "need_level_share",
            "Share of children at each level of need",
            "share",
            Better.NEITHER,
            Grouping.NEED_LEVEL),
    UNMET_NEED_SHARE(
            "unmet_need_share",
            "Share of children with unmet need",
            "share",
            Better.LOWER,
            Grouping.ALL_AND_SCHOOL),
    CHILDREN(
            "children",
            "Children (in a school's group, its pupils)",
            "children",
            Better.NEITHER,
            Grouping.ALL_AND_SCHOOL),
    AGED_10_17(
            "aged_10_17",
            "Children aged 10-17 (in a school's group, its pupils)",
            "children",
            Better.NEITHER,
            Grouping.ALL_AND_SCHOOL),
    CHILDREN_IN_NEED_PER_10K(
            "children_in_need_per_10k",
            "Children in need per 10,000",
            "per 10,000 children",
            Better.NEITHER,
            Grouping.ALL_AND_SCHOOL),
    PROTECTION_PLANS_PER_10K(
            "protection_plans_per_10k",
            "Protection plans per 10,000",
            "per 10,000 children",
            Better.NEITHER,
            Grouping.ALL_AND_SCHOOL),
    LOOKED_AFTER_PER_10K(
            "looked_after_per_10k",
            "Children looked after per 10,000",
            "per 10,000 children",
            Better.NEITHER,
            Grouping.ALL),
    NEET_SHARE_16_18(
            "neet_share_16_18", "NEET at 16-18 (NI 117)", "share", Better.LOWER, Grouping.ALL),
    EVER_FIRST_TIME_ENTRANT_SHARE_10_17(
            "ever_first_time_entrant_share_10_17",
            "Share of 10-17 year olds ever a first-time entrant",
            "share",
            Better.LOWER,
            Grouping.ALL),
    FIRST_TIME_ENTRANTS_PER_100K_10_17_YEAR(
            "first_time_entrants_per_100k_10_17_year",
            "First-time entrants per 100,000 aged 10-17 a year",
            "per 100,000 aged 10-17 a year",
            Better.LOWER,
            Grouping.ALL_AND_SCHOOL),
    SOCIAL_CARE_REFERRALS_PER_10K_YEAR(
            "social_care_referrals_per_10k_year",
            "Referrals to social care per 10,000 a year",
            "per 10,000 children a year",
            Better.NEITHER,
            Grouping.ALL_AND_SCHOOL),
    SOCIAL_CARE_REFERRALS_BY_SOURCE(
            "social_care_referrals_by_source",
            "Referrals to social care by source",
            "per month",
            Better.NEITHER,
            Grouping.SOURCE),
    SOCIAL_CARE_RE_REFERRALS(
            "social_care_re_referrals",
            "Re-referrals to social care within 12 months",
            "per month",
            Better.LOWER,
            Grouping.ALL),
    CHILDREN_IN_NEED_PER_10K_31_MARCH(
            "children_in_need_per_10k_31_march",
            "Children in need per 10,000 at 31 March",
            "per 10,000 children",
            Better.NEITHER,
            Grouping.FINANCIAL_YEAR),
    PROTECTION_PLANS_PER_10K_31_MARCH(
            "protection_plans_per_10k_31_march",
            "Protection plans per 10,000 at 31 March",
            "per 10,000 children",
            Better.NEITHER,
            Grouping.FINANCIAL_YEAR),
    LOOKED_AFTER_PER_10K_31_MARCH(
            "looked_after_per_10k_31_march",
            "Children looked after per 10,000 at 31 March",
            "per 10,000 children",
            Better.NEITHER,
            Grouping.FINANCIAL_YEAR),
    PROTECTION_PLANS_STARTED_PER_10K_FY(
            "protection_plans_started_per_10k_fy",
            "Protection plans started per 10,000 in the financial year",
            "per 10,000 children a year",
            Better.NEITHER,
            Grouping.FINANCIAL_YEAR),
    LOOKED_AFTER_STARTED_PER_10K_FY(
            "looked_after_started_per_10k_fy",
            "Children starting to be looked after per 10,000 in the financial year",
            "per 10,000 children a year",
            Better.NEITHER,
            Grouping.FINANCIAL_YEAR),
    CARE_APPLICATIONS_PER_10K_FY(
            "care_applications_per_10k_fy",
            "Care applications per 10,000 in the financial year",
            "per 10,000 children a year",
            Better.NEITHER,
            Grouping.FINANCIAL_YEAR),
    SECTION_47_ENQUIRIES_PER_10K_FY(
            "section_47_enquiries_per_10k_fy",
            "Section 47 enquiries per 10,000 in the financial year",
            "per 10,000 children a year",
            Better.NEITHER,
            Grouping.FINANCIAL_YEAR),
    SOCIAL_CARE_REFERRALS_PER_10K_FY(
            "social_care_referrals_per_10k_fy",
            "Referrals to social care per 10,000 in the financial year",
            "per 10,000 children a year",
            Better.NEITHER,
            Grouping.FINANCIAL_YEAR),
    FIRST_TIME_ENTRANTS_PER_100K_FY(
            "first_time_entrants_per_100k_10_17_fy",
            "First-time entrants per 100,000 aged 10-17 in the financial year (NI 111)",
            "per 100,000 aged 10-17 a year",
            Better.LOWER,
            Grouping.FINANCIAL_YEAR),
    REPEAT_PROTECTION_PLAN_SHARE_FY(
            "repeat_protection_plan_share_fy",
            "Protection plans started that were a second or later plan, financial year (NI 65)",
            "share",
            Better.LOWER,
            Grouping.FINANCIAL_YEAR),
    REFERRALS_TO_ASSESSMENT_SHARE_FY(
            "referrals_to_assessment_share_fy",
            "Referrals to social care going on to assessment, financial year (NI 68)",
            "share",
            Better.NEITHER,
            Grouping.FINANCIAL_YEAR),
    INITIAL_ASSESSMENTS_IN_TIME_SHARE_FY(
            "initial_assessments_within_7_days_share_fy",
            "Initial assessments completed within 7 working days, financial year (NI 59)",
            "share",
            Better.HIGHER,
            Grouping.FINANCIAL_YEAR),
    CORE_ASSESSMENTS_IN_TIME_SHARE_FY(
            "core_assessments_within_35_days_share_fy",
            "Core assessments completed within 35 working days, financial year (NI 60)",
            "share",
            Better.HIGHER,
            Grouping.FINANCIAL_YEAR),
    RE_REFERRAL_SHARE_FY(
            "re_referral_share_fy",
            "Referrals to social care within 12 months of a previous one, financial year",
            "share",
            Better.LOWER,
            Grouping.FINANCIAL_YEAR),
    REFERRAL_SOURCE_SHARE_FY(
            "referral_source_share_fy",
            "Share of referrals to social care by source, financial year",
            "share",
            Better.NEITHER,
            Grouping.SOURCE_FINANCIAL_YEAR),
    LIFE_EVENTS("life_events", "Adverse life events", "per month", Better.NEITHER, Grouping.ALL),
    CONCERNS_RAISED(
            "concerns_raised", "Concerns raised", "per month", Better.NEITHER, Grouping.ALL),
    INFORMATION_SHARED(
            "information_shared",
            "Exchanges of information between agencies",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    INFORMATION_COMPLETING(
            "information_completing",
            "Exchanges that completed an agency's picture of a child's need",
            "per month",
            Better.HIGHER,
            Grouping.ALL),
    FRAGMENTED_NEED_PER_10K(
            "fragmented_need_per_10k",
            "Children whose need spans two or more outcomes, known in part but wholly to no agency, per 10,000",
            "per 10,000 children",
            Better.LOWER,
            Grouping.ALL_AND_SCHOOL),
    FRAGMENTED_NEED_SHARE(
            "fragmented_need_share",
            "Share of children with need in two or more outcomes whose picture is fragmented",
            "share",
            Better.LOWER,
            Grouping.ALL),
    REFERRALS_LOST_NO_CONTACT(
            "referrals_lost_no_contact",
            "Referrals lost for want of knowing whom to contact",
            "per month",
            Better.LOWER,
            Grouping.ALL),
    REFERRALS_LOST_IGNORED(
            "referrals_lost_ignored",
            "Referrals lost for want of trust (not acted on)",
            "per month",
            Better.LOWER,
            Grouping.ALL),
    REFERRALS_LOST_WAITING(
            "referrals_lost_waiting",
            "Referrals lost waiting for capacity",
            "per month",
            Better.LOWER,
            Grouping.ALL),
    ASSESSMENTS("assessments", "Assessments", "per month", Better.NEITHER, Grouping.ALL),
    CARE_APPLICATIONS(
            "care_applications",
            "Applications for a care order",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    CARE_PROCEEDINGS_CONCLUDED(
            "care_proceedings_concluded",
            "Care proceedings concluded with a final order",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    CARE_PROCEEDINGS_UNDER_WAY(
            "care_proceedings_under_way",
            "Care proceedings under way at the month's end",
            "children",
            Better.NEITHER,
            Grouping.ALL),
    CARE_PROCEEDINGS_WEEKS(
            "care_proceedings_weeks",
            "Weeks from application to final order, of the proceedings concluded in the month",
            "weeks",
            Better.LOWER,
            Grouping.ALL),
    LOOKED_AFTER_STARTED(
            "looked_after_started",
            "Children starting to be looked after",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    LOOKED_AFTER_CEASED(
            "looked_after_ceased",
            "Children ceasing to be looked after",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    LEFT_CARE_FOR_PERMANENCE(
            "left_care_for_permanence",
            "Children leaving care for adoption or special guardianship",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    INITIAL_ASSESSMENTS(
            "initial_assessments",
            "Initial assessments completed by social care",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    CORE_ASSESSMENTS(
            "core_assessments",
            "Core assessments completed by social care",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    SECTION_47_ENQUIRIES(
            "section_47_enquiries",
            "Section 47 enquiries started",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    PROTECTION_CONFERENCES(
            "initial_protection_conferences",
            "Initial child protection conferences held",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    DUPLICATED_ASSESSMENTS(
            "duplicated_assessments",
            "Duplicated assessments per month",
            "per month",
            Better.LOWER,
            Grouping.ALL),
    COMMON_ASSESSMENTS(
            "common_assessments",
            "Common assessments per month",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    TAC_MEETINGS(
            "tac_meetings",
            "Team Around the Child meetings",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    INTEGRATED_PLANS(
            "integrated_plans",
            "Integrated plans agreed",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    CHILD_IN_NEED_PLANS_STARTED(
            "child_in_need_plans_started",
            "Child in need plans started",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    PROTECTION_PLANS_STARTED(
            "protection_plans_started",
            "Child protection plans started",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    REPEAT_PROTECTION_PLANS_STARTED(
            "repeat_protection_plans_started",
            "Repeat child protection plans started",
            "per month",
            Better.LOWER,
            Grouping.ALL),
    PROTECTION_PLANS_CONTINUED_AT_REVIEW(
            "protection_plans_continued_at_review",
            "Protection plans continued at a review conference",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    SIGNIFICANT_HARM(
            "significant_harm",
            "Significant harm incidents per month",
            "per month",
            Better.LOWER,
            Grouping.ALL),
    SERIOUS_CASE_REVIEWS(
            "serious_case_reviews",
            "Serious case reviews",
            "per month",
            Better.LOWER,
            Grouping.ALL),
    ASB_INCIDENTS(
            "asb_incidents",
            "Anti-social behaviour incidents",
            "per month",
            Better.LOWER,
            Grouping.ALL),
    ASB_INCIDENTS_AT_SCHOOL(
            "asb_incidents_at_school",
            "ASB incidents at school per month",
            "per month",
            Better.LOWER,
            Grouping.ALL),
    ASB_DETECTED(
            "asb_detected",
            "ASB incidents police learn of",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    FORMAL_RESPONSES(
            "formal_responses",
            "Formal police responses",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    FIRST_TIME_ENTRANTS(
            "first_time_entrants",
            "First-time entrants",
            "per month",
            Better.LOWER,
            Grouping.ALL_AND_SCHOOL),
    HELP_STARTED(
            "help_started",
            "Children whose unmet need began to be helped",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    DROPOUTS(
            "dropouts", "Families dropping out of a plan", "per month", Better.LOWER, Grouping.ALL),
    CHILDREN_BORN("children_born", "Children born", "per month", Better.NEITHER, Grouping.ALL),
    CHILDREN_MOVED_AWAY(
            "children_moved_away",
            "Children whose families moved away",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    CHILDREN_MOVED_IN(
            "children_moved_in",
            "Children arriving in families new to the locality",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    PARENTAL_PROBLEMS_STARTED(
            "parental_problems_started",
            "Parental problems starting in families (domestic violence, drug or alcohol misuse, mental ill health, worklessness)",
            "per month",
            Better.LOWER,
            Grouping.ALL),
    PARENTAL_PROBLEMS_ENDED(
            "parental_problems_ended",
            "Parental problems ending in families",
            "per month",
            Better.HIGHER,
            Grouping.ALL),
    PARENTAL_PROBLEMS_ENDED_IN_FAMILY_WORK(
            "parental_problems_ended_in_family_work",
            "Parental problems ending while a plan works with the family",
            "per month",
            Better.HIGHER,
            Grouping.ALL),
    FAMILIES_WITH_PARENTAL_PROBLEMS(
            "families_with_parental_problems_share",
            "Share of resident families with at least one parental problem",
            "share",
            Better.LOWER,
            Grouping.ALL),
    CHILDREN_LEFT(
            "children_left", "Children leaving at 18", "per month", Better.NEITHER, Grouping.ALL),
    PRACTITIONERS_REPLACED(
            "practitioners_replaced",
            "Practitioners who left and were replaced",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    PERMANENT_APPOINTMENTS(
            "permanent_appointments",
            "Vacant posts filled by a permanent appointment after agency cover",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    AGENCY_STAFF_SHARE(
            "agency_staff_share",
            "Share of posts covered by agency staff while vacant",
            "share",
            Better.LOWER,
            Grouping.ALL),
    TIER1_PUPILS(
            "tier1_pupils",
            "Three-tier prevention: tier 1 pupils",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    TIER2_PLACES(
            "tier2_places",
            "Three-tier prevention: tier 2 places",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    TIER3_FAMILIES(
            "tier3_families",
            "Three-tier prevention: tier 3 families",
            "per month",
            Better.NEITHER,
            Grouping.ALL),
    DAYS_TO_HELP(
            "days_to_help", "Days from need onset to help", "days", Better.LOWER, Grouping.ALL),
    REFERRALS_MADE(
            "referrals_made", "Referrals made", "per month", Better.NEITHER, Grouping.AGENCY),
    REFERRALS_ACCEPTED(
            "referrals_accepted",
            "Referrals accepted",
            "per month",
            Better.NEITHER,
            Grouping.AGENCY),
    REFERRALS_REJECTED(
            "referrals_rejected", "Referrals rejected", "per month", Better.LOWER, Grouping.AGENCY),
    REFERRALS_LOST(
            "referrals_lost",
            "Referrals lost per month",
            "per month",
            Better.LOWER,
            Grouping.AGENCY),
    REFERRALS_WAITING(
            "referrals_waiting",
            "Referrals waiting for capacity",
            "referrals",
            Better.LOWER,
            Grouping.AGENCY),
    TRUST_PRACTITIONERS(
            "trust_practitioners",
            "Trust between practitioners",
            "trust",
            Better.HIGHER,
            Grouping.ALL),
    TRUST_ACROSS_AGENCIES(
            "trust_across_agencies",
            "Trust between agencies",
            "trust",
            Better.HIGHER,
            Grouping.ALL),
    TRUST_AGENCY(
            "trust_agency",
            "Trust of one agency's practitioners in another's",
            "trust",
            Better.HIGHER,
            Grouping.AGENCY_PAIR),
    TRUST_FAMILY(
            "trust_family", "Families' trust in services", "trust", Better.HIGHER, Grouping.AGENCY),
    COMMITMENT_STAGE_SHARE(
            "commitment_stage_share",
            "Share of practitioners at each stage of commitment",
            "share",
            Better.NEITHER,
            Grouping.STAGE),
    CASELOAD_USE(
            "caseload_use",
            "Caseload as a share of capacity",
            "share",
            Better.NEITHER,
            Grouping.AGENCY_ONLY),
    CASES_OVER_CAPACITY(
            "cases_over_capacity",
            "Cases held beyond practitioners' capacity (in England, cases unallocated or held by duty teams)",
            "cases",
            Better.LOWER,
            Grouping.AGENCY),
    COST("cost", "Cost per month", "GBP", Better.NEITHER, Grouping.AGENCY),
    PRACTITIONER_TIME_COST(
            "practitioner_time_cost",
            "Practitioner time on assessments, meetings and cases, priced",
            "GBP",
            Better.NEITHER,
            Grouping.AGENCY),
    PLACEMENT_COST(
            "placement_cost",
            "Placements of looked-after children (foster care, children's homes)",
            "GBP",
            Better.NEITHER,
            Grouping.ALL),
    COHORT_EVER_FIRST_TIME_ENTRANT_SHARE(
            "cohort_ever_first_time_entrant_share",
            "Year 8 cohort: share ever a first-time entrant",
            "share",
            Better.LOWER,
            Grouping.COHORT),
    COHORT_NEET_SHARE(
            "cohort_neet_share",
            "Year 8 cohort: NEET share at 16-18",
            "share",
            Better.LOWER,
            Grouping.COHORT),
    HOST_SCHOOL(
            "host_school",
            "School hosting an intervention",
            "school number",
            Better.NEITHER,
            Grouping.HOST);

    /** Which direction of change is an improvement. */
    public enum Better {
        HIGHER,
        LOWER,
        NEITHER
    }

    /** The groups a measure is observed in. */
    public enum Grouping {
        /** One value, group {@code all}. */
        ALL,
        /** {@code all} and each deprivation quintile {@code q1} (least deprived) to {@code q5}. */
        QUINTILE,
        /**
         * {@code all} and each secondary school's pupils, {@code secondary_school_N} for the
         * locality's secondary school N (from 1).
         */
        ALL_AND_SCHOOL,
        /** {@code all} and each agency's key. */
        AGENCY,
        /** Each agency's key only. */
        AGENCY_ONLY,
        /** Each ordered pair of agencies, {@code from>to}. */
        AGENCY_PAIR,
        /** Each level of need, {@code 1} to {@code 4}. */
        NEED_LEVEL,
        /** Each commitment stage's key. */
        STAGE,
        /**
         * The Year 8 of each secondary school in the school year that starts at day 0, followed
         * wherever they go until 18 (and, for NEET, to academic age 18): {@code
         * year8_cohort.secondary_school_N}.
         */
        COHORT,
        /** Each source of a referral to social care: {@link ReferralSource#key()}. */
        SOURCE,
        /**
         * {@code all}, observed only at the end of March, over the financial year (April to March)
         * then ending, for each financial year wholly after day 0; stocks are at 31 March.
         */
        FINANCIAL_YEAR,
        /** Each source of referral, observed at the end of March like {@link #FINANCIAL_YEAR}. */
        SOURCE_FINANCIAL_YEAR,
        /**
         * Each host school of each intervention in force, {@code <intervention key>.<i>} for its
         * i-th (from 1); the value is the school's number.
         */
        HOST
    }

    private final String key;
    private final String label;
    private final String unit;
    private final Better better;
    private final Grouping grouping;

    Measure(String key, String label, String unit, Better better, Grouping grouping) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.better = better;
        this.grouping = grouping;
    }

    /** The name used in outputs (CSV, report). */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public Better better() {
        return better;
    }

    public Grouping grouping() {
        return grouping;
    }

    /** Whether the measure is observed once a year, at the end of March. */
    public boolean financialYear() {
        return grouping == Grouping.FINANCIAL_YEAR || grouping == Grouping.SOURCE_FINANCIAL_YEAR;
    }

    /** Whether the measure is also observed among each secondary school's pupils. */
    public boolean bySchool() {
        return grouping == Grouping.ALL_AND_SCHOOL;
    }

    /** The group of secondary school {@code number} (from 1), as in the locality's site names. */
    public static String schoolGroup(int number) {
        return "secondary_school_" + number;
    }

    /** The group of secondary school {@code number}'s Year 8 cohort of day 0. */
    public static String cohortGroup(int number) {
        return "year8_cohort." + schoolGroup(number);
    }

    /** The group of an intervention's {@code i}-th host school (from 1). */
    public static String hostGroup(String interventionKey, int i) {
        return interventionKey + "." + i;
    }

    /** The measure of the mean index of {@code outcome}. */
    public static Measure of(Outcome outcome) {
        return switch (outcome) {
            case BE_HEALTHY -> OUTCOME_BE_HEALTHY;
            case STAY_SAFE -> OUTCOME_STAY_SAFE;
            case ENJOY_AND_ACHIEVE -> OUTCOME_ENJOY_AND_ACHIEVE;
            case POSITIVE_CONTRIBUTION -> OUTCOME_POSITIVE_CONTRIBUTION;
            case ECONOMIC_WELL_BEING -> OUTCOME_ECONOMIC_WELL_BEING;
        };
    }

    /** The measure with output key {@code key}, or null. */
    public static Measure byKey(String key) {
        for (Measure m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return null;
    }
}
