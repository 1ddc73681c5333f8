package issim.core.params;

import java.io.Serializable;

/**
 * Joint training across agencies narrows the professional-culture gap trust starts from (004 ch.5).
 */
public record JointTraining(
        @Param("Whether the intervention is in place") boolean enabled,
        @Param(
                        value = "Share of practitioners trained together",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double coverage,
        @Param(
                        value = "Share of the cross-agency trust gap closed for trained pairs",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "004 ch.5; assumption")
                double gapNarrowing,
        @Param(
                        value = "Cost per practitioner trained",
                        unit = "GBP",
                        min = 0,
                        max = 100_000,
                        source = "assumption")
                double costPerPractitioner)
        implements Serializable {

    public JointTraining {
        ParameterCheck.require(
                JointTraining.class, enabled, coverage, gapNarrowing, costPerPractitioner);
    }

    public static JointTraining off() {
        return new JointTraining(false, 0.6, 0.3, 350);
    }
}
