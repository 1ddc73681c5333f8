package issim.core.params;

import java.io.Serializable;

/** Information sharing and referral between agencies (docs/ODD.md §7.4 and §7.6). */
public record SharingParameters(
        @Param(
                        value =
                                "Chance a practitioner with a concern shares with another agency that knows the child, at full trust, commitment and consent",
                        unit = "probability",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double shareBase,
        @Param(
                        value =
                                "Extra chance of sharing between practitioners co-located at one site",
                        unit = "probability",
                        min = 0,
                        max = 1,
                        source =
                                "000 case study 3: daily informal contact, shared intelligence on families")
                double colocationBonus,
        @Param(
                        value =
                                "Chance the referrer knows whom to contact in another agency, with no relationship",
                        unit = "probability",
                        min = 0,
                        max = 1,
                        source = "003: disconnected services are hard-wired for failure")
                double knowContactBase,
        @Param(
                        value =
                                "Stay-safe severity a practitioner treats as a safeguarding concern for social care",
                        unit = "index",
                        min = 0,
                        max = 1,
                        source =
                                "calibrated to ~550 referrals to social care per 10,000 children a year (DfE 2009-10)")
                double safeguardingSeverity,
        @Param(
                        value = "Days a referral waits for capacity before it is lost",
                        unit = "days",
                        min = 0,
                        max = 3_650,
                        source = "assumption")
                int maxWaitDays,
        @Param(
                        value =
                                "Days within which a second single-agency assessment duplicates the first",
                        unit = "days",
                        min = 1,
                        max = 3_650,
                        source = "002 §4 (CAF: assess once, share)")
                int duplicateWindowDays,
        @Param(
                        value =
                                "Family fatigue added by each duplicated assessment (fatigue lowers consent to a common assessment)",
                        unit = "index",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double fatiguePerAssessment,
        @Param(
                        value = "Days for assessment fatigue to halve",
                        unit = "days",
                        min = 1,
                        max = 10_000,
                        source = "assumption")
                double fatigueHalfLife,
        @Param(
                        value =
                                "Spread of a practitioner's reading of visible need (the noise on what they see)",
                        unit = "index",
                        min = 0.001,
                        max = 5,
                        source = "assumption")
                double concernNoise,
        @Param(
                        value =
                                "Chance of a family's consent to sharing or a shared assessment when it has no trust in the service; it rises linearly to 1 at full trust",
                        unit = "probability",
                        min = 0,
                        max = 1,
                        source =
                                "assumption; 002 §4 (consent depends on the family's confidence in the service)")
                double consentAtNoTrust,
        @Param(
                        value =
                                "A concern about a risk of significant harm is shared without the family's consent (true), as the guidance of the era says; consent still gates other sharing and the common assessment. False: every exchange waits for consent",
                        source =
                                "HM Government 2008, Information sharing: guidance for practitioners and managers (sharing without consent where there is a risk of significant harm)")
                boolean harmOverridesConsent,
        @Param(
                        value =
                                "Remit weight from which an agency counts an outcome as its own business (it helps itself rather than refer)",
                        unit = "weight",
                        min = 0,
                        max = 1,
                        source =
                                "000 Table 1 (purposes: each agency answers to its own outcomes); assumption")
                double ownRemitWeight,
        @Param(
                        value =
                                "Remit weight from which an agency sees an outcome well enough to know of need in it",
                        unit = "weight",
                        min = 0,
                        max = 1,
                        source = "000 Table 1; assumption")
                double seenRemitWeight)
        implements Serializable {

    public SharingParameters {
        ParameterCheck.require(
                SharingParameters.class,
                shareBase,
                colocationBonus,
                knowContactBase,
                safeguardingSeverity,
                maxWaitDays,
                duplicateWindowDays,
                fatiguePerAssessment,
                fatigueHalfLife,
                concernNoise,
                consentAtNoTrust,
                harmOverridesConsent,
                ownRemitWeight,
                seenRemitWeight);
    }

    public static SharingParameters defaults() {
        return new SharingParameters(
                0.6, 0.35, 0.85, 0.16, 90, 365, 0.25, 180, 0.1, 0.5, true, 0.5, 0.3);
    }
}
