package issim.core.params;

import java.io.Serializable;

/**
 * Need dynamics (docs/ODD.md §7.2): adverse life events knock outcomes down, outcomes recover
 * toward a set point that support raises, and unmet need in one outcome drags the others. Outcomes
 * are indices in [0,1]; "severity" of an outcome is how far it sits below {@code wellLevel}.
 */
public record NeedParameters(
        @Param(
                        value =
                                "Adverse life events per child per year, for a family with no risk factor at the middle quintile",
                        unit = "events/year",
                        min = 0,
                        max = 20,
                        source = "assumption; calibrated to children-in-need rates")
                double lifeEventRate,
        @Param(
                        value =
                                "Multiplier on the life-event rate for each family risk factor present",
                        unit = "ratio",
                        min = 1,
                        max = 10,
                        source = "assumption")
                double riskFactorRateMultiplier,
        @Param(
                        value =
                                "Mean fall in the hit outcome from one life event (exponentially distributed)",
                        unit = "index",
                        min = 0,
                        max = 1,
                        source = "assumption; calibrated")
                double eventSeverity,
        @Param(
                        value =
                                "Outcome set point of a child with no risk factor in the least deprived quintile",
                        unit = "index",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double setPoint,
        @Param(
                        value = "Fall in the set point per deprivation quintile",
                        unit = "index",
                        min = 0,
                        max = 0.2,
                        source = "assumption; the deprivation gap of 003")
                double deprivationSetPointStep,
        @Param(
                        value = "Fall in the set point of each outcome a risk factor touches",
                        unit = "index",
                        min = 0,
                        max = 1,
                        source = "assumption; calibrated")
                double riskFactorPenalty,
        @Param(
                        value = "Outcome level below which a child has need in that outcome",
                        unit = "index",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double wellLevel,
        @Param(
                        value =
                                "Days for an unsupported outcome to recover half its distance to the set point",
                        unit = "days",
                        min = 1,
                        max = 10_000,
                        source = "assumption")
                double recoveryHalfLife,
        @Param(
                        value = "Speed-up of recovery while a plan supports the outcome",
                        unit = "ratio",
                        min = 1,
                        max = 20,
                        source = "assumption")
                double supportedRecoverySpeedUp,
        @Param(
                        value =
                                "Fall in the other outcomes' set points per unit of severity in one outcome",
                        unit = "index/index",
                        min = 0,
                        max = 1,
                        source =
                                "docs/ODD.md §7.2: unmet need in one outcome drags others (safety problems harm achievement)")
                double crossOutcomeDrag,
        @Param(
                        value =
                                "Share of a completed plan's lift that remains in the set point afterwards",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double lastingGain,
        @Param(
                        value =
                                "Days for a lasting change to a set point (a plan's kept gain, a youth-justice label) to fade by half",
                        unit = "days",
                        min = 1,
                        max = 100_000,
                        source = "assumption")
                double lastingHalfLife,
        @Param(
                        value =
                                "Total severity from which a child is at level 2 (additional needs)",
                        unit = "index",
                        min = 0,
                        max = 5,
                        source = "the continuum of need; calibrated")
                double level2Severity,
        @Param(
                        value =
                                "Total severity from which a child is at level 3 (complex, multi-agency)",
                        unit = "index",
                        min = 0,
                        max = 5,
                        source = "the continuum of need; calibrated")
                double level3Severity,
        @Param(
                        value = "Stay-safe index below which need is acute (level 4, statutory)",
                        unit = "index",
                        min = 0,
                        max = 1,
                        source = "the continuum of need; calibrated")
                double acuteSafety)
        implements Serializable {

    public NeedParameters {
        ParameterCheck.require(
                NeedParameters.class,
                lifeEventRate,
                riskFactorRateMultiplier,
                eventSeverity,
                setPoint,
                deprivationSetPointStep,
                riskFactorPenalty,
                wellLevel,
                recoveryHalfLife,
                supportedRecoverySpeedUp,
                crossOutcomeDrag,
                lastingGain,
                lastingHalfLife,
                level2Severity,
                level3Severity,
                acuteSafety);
        if (level3Severity < level2Severity) {
            throw new IllegalArgumentException(
                    "level3Severity: expected at least level2Severity ("
                            + level2Severity
                            + "), found "
                            + level3Severity);
        }
    }

    public static NeedParameters defaults() {
        return new NeedParameters(
                0.8, 1.6, 0.2, 0.86, 0.025, 0.15, 0.7, 120, 3, 0.25, 0.3, 365, 0.12, 0.4, 0.3);
    }
}
