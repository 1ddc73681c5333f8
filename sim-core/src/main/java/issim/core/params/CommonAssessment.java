package issim.core.params;

import java.io.Serializable;

/**
 * The Common Assessment Framework and the Team Around the Child (002 §4; 003): trained
 * practitioners lead one shared assessment with the family's consent; a meeting agrees one
 * integrated plan.
 */
public record CommonAssessment(
        @Param("Whether the roll-out (training, line-manager support, sponsorship) takes place")
                boolean enabled,
        @Param(
                        value =
                                "Share of practitioners trained in the common assessment before any roll-out",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "002 §4; assumption: patchy early roll-out")
                double baselineTrainedShare,
        @Param(
                        value = "Share of practitioners trained once the roll-out has taken place",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "002 §4")
                double trainedShare,
        @Param(
                        value = "Line managers support practitioners to lead assessments",
                        source = "002 §4: supported practitioners adopt CAF more easily")
                boolean lineManagerSupport,
        @Param(
                        value = "Chance a family consents, at full trust and no fatigue",
                        unit = "probability",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double consentBase,
        @Param(
                        value =
                                "Effectiveness multiplier of an integrated plan over single-agency support",
                        unit = "ratio",
                        min = 1,
                        max = 5,
                        source = "003; assumption")
                double integratedPlanMultiplier,
        @Param(
                        value = "Days an integrated plan lasts",
                        unit = "days",
                        min = 1,
                        max = 3_650,
                        source = "assumption")
                int planDays,
        @Param(
                        value = "Training cost per practitioner trained",
                        unit = "GBP",
                        min = 0,
                        max = 100_000,
                        source = "assumption")
                double trainingCost,
        @Param(
                        value = "Sponsorship of integrated working added by the programme",
                        unit = "index",
                        min = 0,
                        max = 1,
                        source = "002 §4")
                double sponsorship)
        implements Serializable {

    public CommonAssessment {
        ParameterCheck.require(
                CommonAssessment.class,
                enabled,
                baselineTrainedShare,
                trainedShare,
                lineManagerSupport,
                consentBase,
                integratedPlanMultiplier,
                planDays,
                trainingCost,
                sponsorship);
        if (enabled && trainedShare < baselineTrainedShare) {
            throw new IllegalArgumentException(
                    "trainedShare: expected at least baselineTrainedShare ("
                            + baselineTrainedShare
                            + "), found "
                            + trainedShare);
        }
    }

    public static CommonAssessment baseline() {
        return new CommonAssessment(false, 0.1, 0.1, false, 0.7, 1.4, 180, 400, 0.0);
    }

    public CommonAssessment rolledOut(double trainedShare) {
        return new CommonAssessment(
                true,
                baselineTrainedShare,
                trainedShare,
                true,
                consentBase,
                integratedPlanMultiplier,
                planDays,
                trainingCost,
                0.5);
    }
}
