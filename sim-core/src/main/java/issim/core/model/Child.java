package issim.core.model;

import issim.core.domain.AgencyKind;
import issim.core.domain.Outcome;
import java.io.Serializable;

/**
 * A child: age, school, the five outcome indices, propensity for anti-social behaviour, what each
 * agency knows, open plans, youth-justice and NEET status, and when an unmet need began. The
 * processes in {@code issim.core.process} change this state; the child holds no rules of its own.
 */
public final class Child implements Serializable {
    private final int id;
    private final Family family;

    /** Schedule time of birth (before 0 for the starting population). */
    private final double birthTime;

    private int age;

    /** Age on the last 31 August, which sets the school year. */
    private int schoolYearAge;

    private Site school;
    private boolean present = true;

    // The per-outcome state lives in one array, in four blocks of Outcome.COUNT, because the
    // monthly sweep over every child reads it all: one object to fetch from memory, not four.
    private static final int OUTCOMES = 0,
            SET_POINTS = Outcome.COUNT,
            LASTING = 2 * Outcome.COUNT,
            LIFT = 3 * Outcome.COUNT;

    /**
     * Outcome indices in [0,1] as at {@link #updatedDay}; the set points they recover toward, fixed
     * between events; lasting changes to set points (gains kept after plans, losses from
     * labelling); and the summed set-point lift of the plans now running.
     */
    private final double[] state = new double[4 * Outcome.COUNT];

    /** Number of running plans supporting each outcome. */
    private final int[] supportCount = new int[Outcome.COUNT];

    /** Outcomes with at least one running plan, as a mask over {@link Outcome#bit()}. */
    private int supportedMask;

    private double updatedDay;

    private double asbPropensity;
    private long knowledge;
    private int openPlans;
    private int socialCarePlansOpen;
    private int protectionPlansOpen;
    private boolean inAssessment;
    private boolean lookedAfter;
    private boolean residentialPlacement;
    private double permanentHomeSafety;
    private int protectionPlans;
    private boolean firstTimeEntrant;
    private boolean neet;
    private int detectedIncidents;
    private double needOnset = Double.NaN;
    private double lastAssessmentDay = Double.NEGATIVE_INFINITY;
    private int lastAssessor = -1;
    private double lastSocialCareReferral = Double.NEGATIVE_INFINITY;

    public Child(int id, Family family, int age, double birthTime) {
        this.id = id;
        this.family = family;
        this.age = age;
        this.birthTime = birthTime;
    }

    public double birthTime() {
        return birthTime;
    }

    /** Age on the last 31 August: Reception at 4, Year 7 at 11, Year 8 at 12. */
    public int schoolYearAge() {
        return schoolYearAge;
    }

    public void setSchoolYearAge(int value) {
        schoolYearAge = value;
    }

    public int id() {
        return id;
    }

    public Family family() {
        return family;
    }

    public int age() {
        return age;
    }

    public void setAge(int age) {
        this.age = age;
    }

    /** The child's school, or null when not of school age. */
    public Site school() {
        return school;
    }

    public void setSchool(Site school) {
        this.school = school;
    }

    /** False once the child has left the locality (on its 18th birthday). */
    public boolean present() {
        return present;
    }

    /** Marks the child gone; {@link Population#leave} is the way a child leaves. */
    void leave() {
        if (present) {
            family.childLeft();
        }
        present = false;
    }

    /** The outcome index as last brought up to date (see {@code NeedDynamics#advance}). */
    public double outcome(Outcome o) {
        return state[OUTCOMES + o.ordinal()];
    }

    public double outcome(int ordinal) {
        return state[OUTCOMES + ordinal];
    }

    public double setPoint(int ordinal) {
        return state[SET_POINTS + ordinal];
    }

    public double updatedDay() {
        return updatedDay;
    }

    public void setOutcome(int ordinal, double value) {
        state[OUTCOMES + ordinal] = Math.max(0, Math.min(1, value));
    }

    public void setSetPoint(int ordinal, double value) {
        state[SET_POINTS + ordinal] = value;
    }

    public void setUpdatedDay(double day) {
        updatedDay = day;
    }

    public double lastingShift(int ordinal) {
        return state[LASTING + ordinal];
    }

    public void shiftLasting(int ordinal, double delta) {
        state[LASTING + ordinal] += delta;
    }

    /** Fades every lasting shift by {@code factor} (in (0,1]). */
    public void fadeLasting(double factor) {
        for (int k = LASTING; k < LASTING + Outcome.COUNT; k++) {
            state[k] *= factor;
        }
    }

    public double supportLift(int ordinal) {
        return state[LIFT + ordinal];
    }

    /** Adds (or, with {@code sign} -1, removes) a running plan's lift on one outcome. */
    public void applySupport(int ordinal, double lift, int sign) {
        state[LIFT + ordinal] += sign * lift;
        supportCount[ordinal] += sign;
        if (supportCount[ordinal] == 0) {
            state[LIFT + ordinal] = 0; // no drift from repeated floating-point add and remove
        }
        if (supportCount[ordinal] > 0) {
            supportedMask |= 1 << ordinal;
        } else {
            supportedMask &= ~(1 << ordinal);
        }
    }

    public boolean supported(int outcomeOrdinal) {
        return (supportedMask & (1 << outcomeOrdinal)) != 0;
    }

    public double asbPropensity() {
        return asbPropensity;
    }

    public void setAsbPropensity(double value) {
        this.asbPropensity = value;
    }

    /** Outcomes agency {@code kind} knows about, as a mask over {@link Outcome#bit()}. */
    public int known(AgencyKind kind) {
        return (int) (knowledge >>> (8 * kind.ordinal())) & 0xFF;
    }

    public void learn(AgencyKind kind, int outcomeMask) {
        knowledge |= ((long) (outcomeMask & 0x1F)) << (8 * kind.ordinal());
    }

    /** Agencies that know anything about the child, as a mask over agency ordinals. */
    public int agenciesInvolved() {
        int mask = 0;
        for (int a = 0; a < AgencyKind.COUNT; a++) {
            if (((knowledge >>> (8 * a)) & 0xFF) != 0) {
                mask |= 1 << a;
            }
        }
        return mask;
    }

    public void forget() {
        knowledge = 0;
    }

    public int openPlans() {
        return openPlans;
    }

    public void planOpened() {
        openPlans++;
    }

    public void planClosed() {
        if (openPlans == 0) {
            throw new IllegalStateException("child " + id + " has no open plan");
        }
        openPlans--;
    }

    /**
     * Open to children's social care (a child in need, as England counted them: from the referral
     * on): being assessed, or at least one social-care plan open.
     */
    public boolean socialCareCase() {
        return socialCarePlansOpen > 0 || inAssessment;
    }

    /** Social care is assessing the child, or an enquiry awaits its conference. */
    public boolean inAssessment() {
        return inAssessment;
    }

    public void setInAssessment(boolean inAssessment) {
        this.inAssessment = inAssessment;
    }

    /** At least one social-care plan (child in need or protection) is open. */
    public boolean socialCarePlan() {
        return socialCarePlansOpen > 0;
    }

    /** On a child protection plan now. */
    public boolean protectionPlan() {
        return protectionPlansOpen > 0;
    }

    /** A social-care plan opens; {@code protection} for a child protection plan. */
    public void openSocialCarePlan(boolean protection) {
        socialCarePlansOpen++;
        if (protection) {
            if (protectionPlansOpen == 0) {
                protectionPlans++;
            }
            protectionPlansOpen++;
        }
    }

    public void closeSocialCarePlan(boolean protection) {
        if (socialCarePlansOpen == 0 || (protection && protectionPlansOpen == 0)) {
            throw new IllegalStateException("child " + id + " has no such social-care plan open");
        }
        socialCarePlansOpen--;
        if (protection) {
            protectionPlansOpen--;
        }
    }

    /** Looked after by the local authority now. */
    public boolean lookedAfter() {
        return lookedAfter;
    }

    /** Looked after in a children's home rather than a foster placement. */
    public boolean residentialPlacement() {
        return residentialPlacement;
    }

    public void enterCare(boolean residential) {
        lookedAfter = true;
        residentialPlacement = residential;
    }

    /** Rise in the stay-safe set point from a permanent new home (adoption, guardianship). */
    public double permanentHomeSafety() {
        return permanentHomeSafety;
    }

    public void settleInPermanentHome(double safetyLift) {
        permanentHomeSafety = safetyLift;
    }

    public void leaveCare() {
        lookedAfter = false;
        residentialPlacement = false;
    }

    /** Child protection plans the child has ever had. */
    public int protectionPlans() {
        return protectionPlans;
    }

    public boolean firstTimeEntrant() {
        return firstTimeEntrant;
    }

    public void markFirstTimeEntrant() {
        firstTimeEntrant = true;
    }

    /** A child arriving in the locality who had a protection plan where it lived before. */
    public void recordEarlierProtectionPlan() {
        protectionPlans = Math.max(1, protectionPlans);
    }

    /** Not in education, employment or training (past Year 11 only; docs/ODD.md §7.10). */
    public boolean neet() {
        return neet;
    }

    public void setNeet(boolean value) {
        neet = value;
    }

    public int detectedIncidents() {
        return detectedIncidents;
    }

    public void addDetectedIncident() {
        detectedIncidents++;
    }

    /** Day an unmet need began, or NaN when the child has none waiting for help. */
    public double needOnset() {
        return needOnset;
    }

    public void setNeedOnset(double day) {
        needOnset = day;
    }

    /** Schedule time of the last referral to social care about the child, or -infinity. */
    public double lastSocialCareReferral() {
        return lastSocialCareReferral;
    }

    public void referredToSocialCare(double time) {
        lastSocialCareReferral = time;
    }

    public double lastAssessmentDay() {
        return lastAssessmentDay;
    }

    public int lastAssessor() {
        return lastAssessor;
    }

    public void assessed(double day, int agencyOrdinal) {
        lastAssessmentDay = day;
        lastAssessor = agencyOrdinal;
    }

    @Override
    public String toString() {
        return "child#" + id;
    }
}
