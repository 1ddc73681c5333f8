package issim.core.params;

import java.io.Serializable;

/** Anti-social behaviour and the police response, ages 10-17 (docs/ODD.md §7.10). */
public record YouthJusticeParameters(
        @Param(
                        value =
                                "ASB incidents per child aged 10-17 per year at median propensity with no need",
                        unit = "incidents/year",
                        min = 0,
                        max = 20,
                        source = "calibrated to first-time entrants")
                double asbRate,
        @Param(
                        value = "Rise in ASB rate per unit of positive-contribution severity",
                        unit = "ratio/index",
                        min = 0,
                        max = 50,
                        source = "assumption")
                double needEffect,
        @Param(
                        value = "Log-change in ASB propensity per deprivation quintile",
                        unit = "log units/quintile",
                        min = 0,
                        max = 2,
                        source = "assumption")
                double deprivationGradient,
        @Param(
                        value =
                                "Share of incidents at or around school (term time averaged over the year)",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "000 case study 3")
                double atSchoolShare,
        @Param(
                        value = "Chance police learn of an incident in the community",
                        unit = "probability",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double detectCommunity,
        @Param(
                        value =
                                "Chance police learn of an incident at school with no officer based there",
                        unit = "probability",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double detectSchool,
        @Param(
                        value = "Chance a detected first incident gets a formal response",
                        unit = "probability",
                        min = 0,
                        max = 1,
                        source =
                                "calibrated to 1,850 first-time entrants per 100,000 aged 10-17 (DCSF 2008)")
                double formalFirst,
        @Param(
                        value =
                                "Rise in the chance of a formal response per earlier detected incident",
                        unit = "probability",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double formalPerPrior,
        @Param(
                        value = "Force-wide detection target (offences brought to justice)",
                        source = "000 case study 2: targets push toward formal")
                boolean detectionTarget,
        @Param(
                        value =
                                "Multiplier on the chance of a formal response under a detection target",
                        unit = "ratio",
                        min = 1,
                        max = 10,
                        source = "assumption")
                double detectionTargetMultiplier,
        @Param(
                        value =
                                "Fall in the positive-contribution and economic set points of a first-time entrant",
                        unit = "index",
                        min = 0,
                        max = 1,
                        source = "labelling; assumption")
                double labelPenalty,
        @Param(
                        value = "Multiplier on a first-time entrant's ASB propensity",
                        unit = "ratio",
                        min = 1,
                        max = 10,
                        source = "labelling; assumption")
                double labelPropensity,
        @Param(
                        value =
                                "Economic-well-being index at which a young person past Year 11 is as likely to become NEET in a month as a NEET one is to leave NEET; the odds double each 1 / neetGradient below it",
                        unit = "index",
                        min = 0,
                        max = 1,
                        source = "calibrated to ~10% NEET at 16-18 (DCSF 2008)")
                double neetLevel,
        @Param(
                        value =
                                "Monthly hazard of becoming NEET for a young person past Year 11 whose economic well-being is at neetLevel",
                        unit = "per month",
                        min = 0,
                        max = 1,
                        source =
                                "calibrated with neetLevel to ~10% NEET at 16-18 (DCSF 2008); docs/ODD.md §7.10")
                double neetEntryRate,
        @Param(
                        value =
                                "Monthly hazard of leaving NEET (education, employment or training) for a NEET young person whose economic well-being is at neetLevel",
                        unit = "per month",
                        min = 0,
                        max = 1,
                        source =
                                "assumption: a typical NEET spell of about six months (docs/ODD.md §7.10)")
                double neetExitRate,
        @Param(
                        value =
                                "Change in the log hazards of entering and leaving NEET per unit of the economic-well-being index away from neetLevel",
                        unit = "per index unit",
                        min = 0,
                        max = 100,
                        source = "calibrated with neetLevel; assumption")
                double neetGradient,
        @Param(
                        value =
                                "Share of informal police responses that refer the child on to the youth service",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "000 case study 2 (referral to positive activities); assumption")
                double informalReferralShare)
        implements Serializable {

    public YouthJusticeParameters {
        ParameterCheck.require(
                YouthJusticeParameters.class,
                asbRate,
                needEffect,
                deprivationGradient,
                atSchoolShare,
                detectCommunity,
                detectSchool,
                formalFirst,
                formalPerPrior,
                detectionTarget,
                detectionTargetMultiplier,
                labelPenalty,
                labelPropensity,
                neetLevel,
                neetEntryRate,
                neetExitRate,
                neetGradient,
                informalReferralShare);
    }

    public static YouthJusticeParameters defaults() {
        return new YouthJusticeParameters(
                0.12, 4.0, 0.25, 0.35, 0.45, 0.25, 0.21, 0.1, false, 1.6, 0.08, 1.4, 0.59, 0.15,
                0.15, 20, 0.25);
    }
}
