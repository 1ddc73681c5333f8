package issim.core.params;

import java.io.Serializable;

/**
 * Pooled or aligned budgets (004 ch.3). Aligned: each agency funds its own cases. Pooled: a share
 * of every agency's budget sits in a common pot that buys capacity wherever the waiting list is.
 */
public record Budgets(
        @Param(
                        value = "Budgets pooled across agencies (true) or aligned (false)",
                        source = "004 ch.3")
                boolean pooled,
        @Param(
                        value = "Share of capacity the pooled pot can move between agencies",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "assumption")
                double flexibleShare)
        implements Serializable {

    public Budgets {
        ParameterCheck.require(Budgets.class, pooled, flexibleShare);
    }

    public static Budgets aligned() {
        return new Budgets(false, 0.1);
    }
}
