package issim.core.params;

import java.io.Serializable;

/**
 * Trust between practitioners and from families to services (docs/ODD.md §7.11). Trust is a number
 * in [0,1]: 000 reads it as respect, competence, regard and integrity; here it is the chance-like
 * readiness to act on what the other says.
 */
public record TrustParameters(
        @Param(
                        value = "Starting trust between practitioners of the same agency",
                        unit = "trust",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double withinAgency,
        @Param(
                        value =
                                "Starting trust between practitioners of different agencies (the professional-culture gap)",
                        unit = "trust",
                        min = 0,
                        max = 1,
                        source =
                                "004 ch.2 (separation); 000 Table 1 (people: professional identities)")
                double acrossAgencies,
        @Param(
                        value =
                                "Share of the gap to full trust closed by one day of informal contact at a shared site",
                        unit = "share/day",
                        min = 0,
                        max = 1,
                        source =
                                "002 §4.6: attendance and trust grew over the project's nine months; with the team in school daily (000 case study 3) 0.01 closes about 90% of the way to where trust settles in nine months, a month under a fifth (docs/ODD.md §7.11)")
                double contactGrowth,
        @Param(
                        value =
                                "Days for practitioners' and families' trust to fall half-way back to its starting value without contact",
                        unit = "days",
                        min = 1,
                        max = 100_000,
                        source = "assumption")
                double decayHalfLife,
        @Param(
                        value = "Share of the gap to full trust closed by joint work that succeeds",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double jointWorkGain,
        @Param(
                        value =
                                "Share of trust lost by the referrer when a referral is ignored or lost",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double ignoredLoss,
        @Param(
                        value =
                                "Share of trust lost when a practitioner does not attend a meeting they were asked to",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double brokenCommitmentLoss,
        @Param(
                        value = "Starting trust of a family in each service",
                        unit = "trust",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double familyInitial,
        @Param(
                        value = "Share of the gap to full trust a family gains when help works",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double familyHelpGain,
        @Param(
                        value = "Share of trust a family loses per duplicated assessment",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "003 (families telling their story again and again); 002 §4")
                double familyDuplicateLoss,
        @Param(
                        value =
                                "Trust at which a referral is almost surely acted on: P(acted) = 1 - (1 - trust)^k with k this",
                        unit = "exponent",
                        min = 0.1,
                        max = 100,
                        source = "assumption")
                double actOnReferralSteepness,
        @Param(
                        value =
                                "Chance a family with no trust in the service drops out of its plan (falls linearly to 0 at full trust)",
                        unit = "probability",
                        min = 0,
                        max = 1,
                        source = "docs/ODD.md §7.8; assumption")
                double dropoutAtZeroTrust,
        @Param(
                        value =
                                "Earliest point of a plan at which a family drops out, as a share of the plan's length",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double dropoutEarliest,
        @Param(
                        value =
                                "Spread of the drop-out point beyond the earliest, as a share of the plan's length (uniform)",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double dropoutSpread)
        implements Serializable {

    public TrustParameters {
        ParameterCheck.require(
                TrustParameters.class,
                withinAgency,
                acrossAgencies,
                contactGrowth,
                decayHalfLife,
                jointWorkGain,
                ignoredLoss,
                brokenCommitmentLoss,
                familyInitial,
                familyHelpGain,
                familyDuplicateLoss,
                actOnReferralSteepness,
                dropoutAtZeroTrust,
                dropoutEarliest,
                dropoutSpread);
    }

    public static TrustParameters defaults() {
        return new TrustParameters(
                0.6, 0.2, 0.01, 365, 0.15, 0.2, 0.1, 0.5, 0.1, 0.08, 10, 0.6, 0.1, 0.5);
    }
}
