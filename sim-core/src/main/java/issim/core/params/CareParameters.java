package issim.core.params;

import java.io.Serializable;

/**
 * Children looked after by the local authority (docs/ODD.md §7.16; Children Act 1989 ss. 20 and
 * 31): who comes into care, by which route, for how long, in which placement and at what cost.
 */
public record CareParameters(
        @Param(
                        value =
                                "Days a protection plan has run after which a review conference that finds the child still at risk of significant harm leads the local authority to apply for a care order",
                        unit = "days",
                        min = 1,
                        max = 3_650,
                        source =
                                "calibrated to care applications of about 8 per 10,000 children a year (Cafcass care demand 2009-10) and to the protection plans started and at 31 March (DfE 2009-10)")
                int proceedingsAfterDays,
        @Param(
                        value =
                                "Stay-safe index below which an initial child protection conference finds the child cannot stay at home: the child is accommodated (section 20, with the parents' agreement) rather than put on a plan",
                        unit = "index",
                        min = 0,
                        max = 1,
                        source =
                                "calibrated to children starting to be looked after, about 25 per 10,000 a year, of whom about a third taken into care by order (DfE SFR27/2010: 27,800 started, 9,500 taken into care)")
                double accommodationSafety,
        @Param(
                        value =
                                "Median days a child stays looked after, from entry to leaving care",
                        unit = "days",
                        min = 1,
                        max = 6_570,
                        source =
                                "calibrated to the looked-after stock (DfE SFR27/2010: 64,400 at 31 March 2010 against 27,800 starting in the year, a mean stay of about 2.3 years)")
                double medianStayDays,
        @Param(
                        value = "Spread of the stay: the standard deviation of its logarithm",
                        unit = "log days",
                        min = 0,
                        max = 3,
                        source =
                                "assumption: many short stays and a long tail of children who stay to 18 (DfE SFR27/2010: reasons for ceasing)")
                double staySpread,
        @Param(
                        value =
                                "Rise in the stay-safe set point while looked after: the placement removes the risk at home",
                        unit = "index",
                        min = 0,
                        max = 1,
                        source = "assumption: a placement makes a child as safe as a typical child")
                double placementSafetyLift,
        @Param(
                        value =
                                "Share of children leaving care before 18 who leave for a permanent new home (adoption, special guardianship or a residence order) rather than returning to their parents; the risk at home then no longer applies",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source =
                                "DfE SFR27/2010: adoption (3,200) and special guardianship (about 1,290) are about a fifth of the 25,100 children ceasing in 2009-10 (residence orders and those leaving at 18 aside); with circumstances.lastingShare it sets the repeat share of protection plans (NI 65, about 13%)")
                double permanenceShare,
        @Param(
                        value = "Share of looked-after children placed in children's homes",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source =
                                "assumption: about one in ten (DfE SFR27/2010: 73% fostered at 31 March 2010; the rest placed with parents, placed for adoption, or in children's homes, secure units, hostels and elsewhere)")
                double residentialShare,
        @Param(
                        value = "Cost of a week in foster care",
                        unit = "GBP/week",
                        min = 0,
                        max = 10_000,
                        source =
                                "England's net spending on fostering services, £1,110.1m in 2007-08 (PSSEX1, Hansard HC Written Answers 4 Mar 2009), over the 42,300 children fostered at 31 March 2008 (DCSF SFR 23/2008); the social worker's time is in salaries")
                double fosterWeek,
        @Param(
                        value = "Cost of a week in a children's home",
                        unit = "GBP/week",
                        min = 0,
                        max = 20_000,
                        source =
                                "England's net spending on children's homes, £901.4m in 2007-08 (PSSEX1, Hansard HC Written Answers 4 Mar 2009), over about 6,000 children in homes, secure units and hostels; an estimate")
                double residentialWeek,
        @Param(
                        value =
                                "Median length of care proceedings, from the application to the final order; the child is placed on an interim order meanwhile",
                        unit = "weeks",
                        min = 1,
                        max = 260,
                        source =
                                "about 51 weeks in 2010-11, up to 65 in some courts (Barnardo's evidence to the Justice Committee, HC 518, 2011); 55 weeks in 2011 (Ministry of Justice court statistics)")
                double proceedingsMedianWeeks,
        @Param(
                        value =
                                "Spread of the length of proceedings: the standard deviation of its logarithm",
                        unit = "log weeks",
                        min = 0,
                        max = 2,
                        source =
                                "assumption: some courts finished cases up to five months sooner than the average (Ministry of Justice study, Justice Committee HC 518, 2011)")
                double proceedingsSpread,
        @Param(
                        value =
                                "Social worker hours that care proceedings take: statements, the care plan, hearings",
                        unit = "hours",
                        min = 0,
                        max = 1_000,
                        source = "assumption")
                double proceedingsHours)
        implements Serializable {

    public CareParameters {
        ParameterCheck.require(
                CareParameters.class,
                proceedingsAfterDays,
                accommodationSafety,
                medianStayDays,
                staySpread,
                placementSafetyLift,
                permanenceShare,
                residentialShare,
                fosterWeek,
                residentialWeek,
                proceedingsMedianWeeks,
                proceedingsSpread,
                proceedingsHours);
    }

    public static CareParameters defaults() {
        return new CareParameters(720, 0.09, 1_000, 1.0, 0.5, 0.2, 0.12, 505, 2_900, 51, 0.3, 60);
    }
}
