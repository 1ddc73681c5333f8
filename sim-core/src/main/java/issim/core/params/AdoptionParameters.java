package issim.core.params;

import issim.core.domain.CommitmentStage;
import java.io.Serializable;

/**
 * Adoption of integrated working (docs/ODD.md §7.12; 004 ch.5: early adopters, a middle band of
 * just over half and a resistant minority; compliance, enrolment, commitment).
 */
public record AdoptionParameters(
        @Param(
                        value = "Starting share at non-compliance",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "004 ch.5: a resistant minority")
                double nonCompliance,
        @Param(
                        value = "Starting share at formal compliance",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "004 ch.5: a middle band of just over half")
                double formalCompliance,
        @Param(
                        value = "Starting share at enrolment",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "004 ch.5: early adopters")
                double enrolment,
        @Param(
                        value = "Starting share at commitment",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "004 ch.5: early adopters")
                double commitment,
        @Param(
                        value = "Leadership sponsorship of integrated working in the baseline",
                        unit = "index",
                        min = 0,
                        max = 1,
                        source = "000 Table 2; 002 §4")
                double sponsorship,
        @Param(
                        value = "Monthly chance of moving up a stage at full sponsorship",
                        unit = "per month",
                        min = 0,
                        max = 1,
                        source = "assumption; 004 ch.5 (change takes years)")
                double monthlyRate,
        @Param(
                        value = "Weight of peers already at a higher stage",
                        unit = "weight",
                        min = 0,
                        max = 5,
                        source = "004 ch.5")
                double peerWeight,
        @Param(
                        value = "Weight of a recent quick win (joint work that succeeded)",
                        unit = "weight",
                        min = 0,
                        max = 5,
                        source = "004 ch.5: small pilot groups and quick wins")
                double quickWinWeight,
        @Param(
                        value =
                                "Monthly chance of falling back a stage after a setback (a blaming review)",
                        unit = "per month",
                        min = 0,
                        max = 1,
                        source = "004 ch.6")
                double setbackRate,
        @Param(
                        value = "Changes a workforce absorbs at once before adoption slows",
                        unit = "changes",
                        min = 1,
                        max = 20,
                        source = "004 ch.5: pacing change over years")
                int changeCapacity,
        @Param(
                        value =
                                "Readiness to share information and attend meetings at non-compliance, relative to enrolment",
                        unit = "ratio",
                        min = 0,
                        max = 5,
                        source = "004 ch.5 (internal vs external commitment); assumption")
                double sharingAtNonCompliance,
        @Param(
                        value =
                                "Readiness to share and attend at formal compliance, relative to enrolment",
                        unit = "ratio",
                        min = 0,
                        max = 5,
                        source = "004 ch.5; assumption")
                double sharingAtCompliance,
        @Param(
                        value = "Readiness to share and attend at enrolment (the reference stage)",
                        unit = "ratio",
                        min = 0,
                        max = 5,
                        source = "004 ch.5; assumption")
                double sharingAtEnrolment,
        @Param(
                        value =
                                "Readiness to share and attend at commitment, relative to enrolment",
                        unit = "ratio",
                        min = 0,
                        max = 5,
                        source = "004 ch.5; assumption")
                double sharingAtCommitment,
        @Param(
                        value =
                                "Share of practitioners who embrace a change at once: they move up stages at earlyAdopterRate times the rate",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source =
                                "004 ch.5: some instantly embrace a change, just over half accept it progressively, a final minority refuse it")
                double earlyAdopterShare,
        @Param(
                        value =
                                "Share of practitioners who refuse a change: they never move beyond formal compliance, whatever the sponsorship",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source =
                                "004 ch.5: a final minority will resolutely reject it from their practice")
                double resistantShare,
        @Param(
                        value =
                                "How much faster early adopters move up a stage than the middle band",
                        unit = "ratio",
                        min = 1,
                        max = 10,
                        source = "004 ch.5; assumption")
                double earlyAdopterRate)
        implements Serializable {

    public AdoptionParameters {
        ParameterCheck.require(
                AdoptionParameters.class,
                nonCompliance,
                formalCompliance,
                enrolment,
                commitment,
                sponsorship,
                monthlyRate,
                peerWeight,
                quickWinWeight,
                setbackRate,
                changeCapacity,
                sharingAtNonCompliance,
                sharingAtCompliance,
                sharingAtEnrolment,
                sharingAtCommitment,
                earlyAdopterShare,
                resistantShare,
                earlyAdopterRate);
        if (earlyAdopterShare + resistantShare > 1 + 1e-9) {
            throw new IllegalArgumentException(
                    "resistantShare: expected earlyAdopterShare + resistantShare at most 1, found "
                            + (earlyAdopterShare + resistantShare));
        }
        double total = nonCompliance + formalCompliance + enrolment + commitment;
        if (Math.abs(total - 1) > 1e-6) {
            throw new IllegalArgumentException(
                    "commitment: expected the four starting shares to sum to 1, found a sum of "
                            + Math.round(total * 1e6) / 1e6);
        }
    }

    /** Readiness to share and attend at {@code stage}, relative to enrolment. */
    public double sharingFactor(CommitmentStage stage) {
        return switch (stage) {
            case NON_COMPLIANCE -> sharingAtNonCompliance;
            case FORMAL_COMPLIANCE -> sharingAtCompliance;
            case ENROLMENT -> sharingAtEnrolment;
            case COMMITMENT -> sharingAtCommitment;
        };
    }

    public double[] startingShares() {
        return new double[] {nonCompliance, formalCompliance, enrolment, commitment};
    }

    public static AdoptionParameters defaults() {
        return new AdoptionParameters(
                0.15, 0.55, 0.2, 0.1, 0.0, 0.06, 1.0, 0.5, 0.1, 2, 0.4, 0.7, 1.0, 1.3, 0.3, 0.15,
                2.0);
    }
}
