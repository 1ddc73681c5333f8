package issim.core.params;

import java.io.Serializable;

/**
 * What practitioners' time costs when it goes to assessments, meetings and contact with the
 * children on their caseloads (docs/ODD.md §7.13). Salaries are paid whatever practitioners do, so
 * this time is priced as an opportunity cost: what else the hours could have bought. Prices are per
 * hour of client-related work at 2009/10 prices.
 */
public record UnitCosts(
        @Param(
                        value =
                                "Cost of an hour of a children's social worker's client-related work",
                        unit = "GBP/hour",
                        min = 0,
                        max = 1_000,
                        source =
                                "PSSRU Unit Costs of Health and Social Care: social worker (children), £55 per hour of client-related work at 2013/14 prices, taken back to 2009/10 prices (about 10% lower); the 2010 volume's figure was not to hand (docs/ODD.md §7.13)")
                double socialWorkerHour,
        @Param(
                        value =
                                "Cost of an hour of client-related work of any other practitioner (teacher, health visitor, youth worker, police officer, personal adviser)",
                        unit = "GBP/hour",
                        min = 0,
                        max = 1_000,
                        source =
                                "assumption: about four fifths of a social worker's hour, between a police officer's £36.51 an hour in full (Home Office, 2014) and a specialist community nurse's £43 an hour (PSSRU 2013/14); docs/ODD.md §7.13")
                double practitionerHour,
        @Param(
                        value = "Practitioner hours one assessment takes",
                        unit = "hours",
                        min = 0,
                        max = 100,
                        source =
                                "assumption: a common or single-agency assessment of a few hours (NFER 2011: a CAF episode costs under £3,000 on average, meetings and support included)")
                double assessmentHours,
        @Param(
                        value =
                                "Hours each practitioner spends on one Team Around the Child meeting",
                        unit = "hours",
                        min = 0,
                        max = 100,
                        source =
                                "assumption: a meeting of about an hour and a half, travel included")
                double meetingHours,
        @Param(
                        value =
                                "Hours a month a practitioner spends with each child on its caseload",
                        unit = "hours per month",
                        min = 0,
                        max = 200,
                        source = "assumption: about an hour a week per case")
                double planContactHoursPerMonth)
        implements Serializable {

    public UnitCosts {
        ParameterCheck.require(
                UnitCosts.class,
                socialWorkerHour,
                practitionerHour,
                assessmentHours,
                meetingHours,
                planContactHoursPerMonth);
    }

    public static UnitCosts defaults() {
        return new UnitCosts(50, 40, 3, 1.5, 4);
    }
}
