package issim.core.params;

import java.io.Serializable;

/**
 * Escalation, harm and what a serious case review does (docs/ODD.md §7.9; 004 ch.6: blame culture
 * after child deaths and defensive practice).
 */
public record CultureParameters(
        @Param(
                        value = "Blame culture (true) or no-blame, learning culture (false)",
                        source = "004 ch.6; the silo baseline of 004 ch.2")
                boolean blame,
        @Param(
                        value =
                                "Daily chance of significant harm while stay-safe need is acute and no protection plan is in place",
                        unit = "per day",
                        min = 0,
                        max = 1,
                        source =
                                "assumption; about 0.9 incidents of significant harm per 10,000 children a year in the baseline")
                double harmHazard,
        @Param(
                        value = "Chance a significant harm incident leads to a serious case review",
                        unit = "probability",
                        min = 0,
                        max = 1,
                        source =
                                "calibrated to ~0.13 reviews per 10,000 children a year (Ofsted 2010: 147 reviews evaluated in 2009-10)")
                double reviewProbability,
        @Param(
                        value =
                                "Rise in practitioners' risk aversion after a review in a blame culture",
                        unit = "index",
                        min = 0,
                        max = 1,
                        source = "004 ch.6")
                double blameShock,
        @Param(
                        value = "Days for risk aversion to halve",
                        unit = "days",
                        min = 1,
                        max = 10_000,
                        source = "assumption")
                double riskAversionHalfLife,
        @Param(
                        value =
                                "Share of the gap to full trust closed among the agencies involved by a learning review",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "004 ch.6 (after-action reviews); 000")
                double learningTrustGain,
        @Param(
                        value =
                                "Share of trust lost among the agencies involved by a blaming review",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "004 ch.6")
                double blameTrustLoss,
        @Param(
                        value =
                                "Protection plan: stay-safe index below which an initial child protection conference puts the child on a plan, and at or above which a review may end it (docs/ODD.md §7.15)",
                        unit = "index",
                        min = 0,
                        max = 1,
                        source =
                                "calibrated to ~35 plans per 10,000 children at 31 March and ~40 started a year (DfE, Characteristics of children in need 2009-10)")
                double protectionSafety,
        @Param(
                        value =
                                "Days from the start of a child protection plan to its first review conference",
                        unit = "days",
                        min = 1,
                        max = 3_650,
                        source =
                                "Working Together to Safeguard Children 2010 §5.150: first review within three months")
                int protectionDays,
        @Param(
                        value =
                                "Days between later review conferences; at each, a plan continues while the child is still unsafe",
                        unit = "days",
                        min = 1,
                        max = 3_650,
                        source =
                                "Working Together to Safeguard Children 2010 §5.150: then at intervals of no more than six months")
                int protectionReviewDays,
        @Param(
                        value =
                                "A review ends a protection plan when the child is safe and the stay-safe set point without the plan is at most this far below the protection threshold",
                        unit = "index",
                        min = -1,
                        max = 1,
                        source =
                                "calibrated to ~13% of plans being repeat plans (DfE, Characteristics of children in need 2009-10)")
                double protectionEndTolerance,
        @Param(
                        value =
                                "How far risk aversion moves thresholds: referrers' safeguarding threshold falls, receivers' acceptance threshold rises, by this share of it",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "004 ch.6: defensive over-referral and gatekeeping")
                double riskAversionThresholdShift,
        @Param(
                        value =
                                "How far a social worker's risk aversion raises the stay-safe index at which a conference puts a child on a protection plan and a review keeps one there (defensive practice): the threshold is multiplied by 1 + this × risk aversion",
                        unit = "share",
                        min = 0,
                        max = 5,
                        source =
                                "calibrated to the rise in children on protection plans after the national blame shock of November 2008 (DCSF/DfE: 29,200 at 31 March 2008, 34,100 in 2009, 39,100 in 2010) and care applications (Cafcass: 6,240 in 2007-08, 8,826 in 2009-10); 004 ch.6")
                double defensivePracticeShift)
        implements Serializable {

    public CultureParameters {
        ParameterCheck.require(
                CultureParameters.class,
                blame,
                harmHazard,
                reviewProbability,
                blameShock,
                riskAversionHalfLife,
                learningTrustGain,
                blameTrustLoss,
                protectionSafety,
                protectionDays,
                protectionReviewDays,
                protectionEndTolerance,
                riskAversionThresholdShift,
                defensivePracticeShift);
    }

    public static CultureParameters defaults() {
        return new CultureParameters(
                true, 0.00005, 0.1, 0.3, 540, 0.2, 0.15, 0.255, 90, 183, -0.065, 0.5, 3.0);
    }

    /**
     * The same culture with blame ({@code true}) or a no-blame, learning culture ({@code false}).
     */
    public CultureParameters withBlame(boolean value) {
        return ParameterPaths.with(this, "blame", value);
    }
}
