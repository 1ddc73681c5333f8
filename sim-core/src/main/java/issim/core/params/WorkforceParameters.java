package issim.core.params;

import java.io.Serializable;

/**
 * The workforce over time: practitioners leave and are replaced (docs/ODD.md §7.11), and what a
 * team does when its caseloads exceed capacity (§7.20).
 */
public record WorkforceParameters(
        @Param(
                        value =
                                "Share of practitioners who leave each year, each replaced at once by a newcomer with the baseline trust, stage and training of a new starter",
                        unit = "share a year",
                        min = 0,
                        max = 1,
                        source =
                                "Social Work Task Force 2009 (from the 2006 survey): children's social worker turnover 9.6% a year; assumption for the other agencies")
                double turnoverRate,
        @Param(
                        value =
                                "Months a post that falls vacant is covered by agency staff before a permanent appointment",
                        unit = "months",
                        min = 0,
                        max = 120,
                        source =
                                "calibrated so that vacancies are about a tenth of posts: children's social worker vacancies 9.5% (Social Work Task Force 2009, from the 2006 survey) at a turnover of 10% a year; about one post in ten filled by agency social workers in 2010 (Community Care FOI research, October 2010; adults' and children's social work together)")
                int vacancyMonths,
        @Param(
                        value =
                                "Cost of a post covered by agency staff, as a multiple of its cost when filled",
                        unit = "multiple of staff cost",
                        min = 1,
                        max = 5,
                        source =
                                "assumption: agency social workers cost one council (Hounslow) £24-£32 an hour in 2010 (Community Care, October 2010), against roughly £20 an hour for an employed social worker with on-costs")
                double agencyPremium,
        @Param(
                        value =
                                "Rise in an agency's acceptance threshold per unit of its caseload beyond capacity: at caseloads of twice capacity the threshold is 1 + this times its usual value (the front door rations when the team is full)",
                        unit = "share per unit of excess",
                        min = 0,
                        max = 5,
                        source =
                                "assumption; Lord Laming 2009 (The Protection of Children in England: a progress report, ch. 3 and 5: thresholds raised to manage workload, unallocated cases)")
                double pressureThresholdRise,
        @Param(
                        value =
                                "Fall in the quality of social care's initial assessments per unit of caseload beyond capacity: the stay-safe index below which a rushed assessment finds cause for an enquiry is lowered by this share of it (floored at none)",
                        unit = "share per unit of excess",
                        min = 0,
                        max = 1,
                        source =
                                "assumption; Lord Laming 2009 ch. 5 and Social Work Task Force 2009 (caseloads too high for the depth of assessment needed)")
                double pressureQualityLoss)
        implements Serializable {

    public WorkforceParameters {
        ParameterCheck.require(
                WorkforceParameters.class,
                turnoverRate,
                vacancyMonths,
                agencyPremium,
                pressureThresholdRise,
                pressureQualityLoss);
    }

    public static WorkforceParameters defaults() {
        return new WorkforceParameters(0.1, 12, 1.4, 0.5, 0.3);
    }
}
