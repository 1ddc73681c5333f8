package issim.core.params;

import java.io.Serializable;

/**
 * The statutory pathway in children's social care (docs/ODD.md §7.15; HM Government, Working
 * Together to Safeguard Children, 2010, ch. 5): an accepted referral is assessed first; a child at
 * risk of significant harm goes on to a strategy discussion, a section 47 enquiry with a core
 * assessment and an initial child protection conference. Each stage takes working days, more of
 * them the fuller the social worker's caseload, and practitioner hours.
 */
public record PathwayParameters(
        @Param(
                        value =
                                "Stay-safe index below which an initial assessment finds reasonable cause to suspect significant harm and a strategy discussion opens a section 47 enquiry (at or above culture.protectionSafety, the conference's threshold for a plan)",
                        unit = "index",
                        min = 0,
                        max = 1,
                        source =
                                "calibrated to section 47 enquiries of about 80 per 10,000 children a year, twice the protection plans started (DfE, Characteristics of children in need 2009-10: 89,300 enquiries, 44,300 plans)")
                double enquirySafety,
        @Param(
                        value =
                                "Median working days an initial assessment takes for a social worker with an empty caseload (the timescale is 7 working days)",
                        unit = "working days",
                        min = 0.1,
                        max = 100,
                        source =
                                "calibrated to NI 59, initial assessments within 7 working days: England 2009-10 (DfE, Characteristics of children in need 2009-10)")
                double initialAssessmentDays,
        @Param(
                        value =
                                "Median working days a core assessment takes for a social worker with an empty caseload (the timescale is 35 working days)",
                        unit = "working days",
                        min = 0.1,
                        max = 500,
                        source =
                                "calibrated to NI 60, core assessments within 35 working days: England 2009-10 (DfE, Characteristics of children in need 2009-10)")
                double coreAssessmentDays,
        @Param(
                        value =
                                "Median working days from the strategy discussion to the initial child protection conference, empty caseload (the timescale is 15 working days)",
                        unit = "working days",
                        min = 0.1,
                        max = 200,
                        source =
                                "assumption: most conferences within the 15 working days of Working Together 2010 §5.80")
                double conferenceDays,
        @Param(
                        value =
                                "Share of children in need (no enquiry) whose initial assessment leads on to a core assessment; every section 47 enquiry has one",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source =
                                "DfE, Characteristics of children in need 2009-10: about 140,000 core assessments against 395,300 initial assessments and 89,300 enquiries, so about one in six of the others")
                double coreAssessmentShare,
        @Param(
                        value =
                                "Spread of a stage's duration: the standard deviation of its logarithm",
                        unit = "log working days",
                        min = 0,
                        max = 3,
                        source =
                                "assumption: a right-skewed spread in which a minority of assessments takes two to three times the median")
                double durationSpread,
        @Param(
                        value =
                                "How much a full caseload lengthens every stage: the median at caseload c of capacity C is the empty-caseload median times 1 + slip × c/C",
                        unit = "multiple per full caseload",
                        min = 0,
                        max = 20,
                        source =
                                "assumption: a stage takes twice as long at a full caseload as with none, so timescales slip as demand rises (Social Work Task Force 2009: caseloads as the main pressure on timeliness)")
                double pressureSlip,
        @Param(
                        value = "Social worker hours an initial assessment takes",
                        unit = "hours",
                        min = 0,
                        max = 200,
                        source =
                                "assumption: about a working day of visits, checks with other agencies and recording")
                double initialAssessmentHours,
        @Param(
                        value = "Social worker hours a core assessment takes",
                        unit = "hours",
                        min = 0,
                        max = 500,
                        source = "assumption: about three working days over its weeks")
                double coreAssessmentHours,
        @Param(
                        value =
                                "Social worker hours a strategy discussion and initial child protection conference take (preparation, report to conference, attendance)",
                        unit = "hours",
                        min = 0,
                        max = 200,
                        source = "assumption: about a working day and a half")
                double conferenceHours)
        implements Serializable {

    public PathwayParameters {
        ParameterCheck.require(
                PathwayParameters.class,
                enquirySafety,
                initialAssessmentDays,
                coreAssessmentDays,
                conferenceDays,
                coreAssessmentShare,
                durationSpread,
                pressureSlip,
                initialAssessmentHours,
                coreAssessmentHours,
                conferenceHours);
    }

    public static PathwayParameters defaults() {
        return new PathwayParameters(0.34, 2.8, 12, 6, 0.17, 0.6, 1, 8, 22, 12);
    }
}
