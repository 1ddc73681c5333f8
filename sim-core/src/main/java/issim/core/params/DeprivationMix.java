package issim.core.params;

import java.io.Serializable;

/**
 * A borough's deprivation mix: the share of its families with children in each national deprivation
 * quintile (q1 least deprived). England's mix is a fifth in each by construction of the quintiles;
 * a borough reads its own from the Indices of Deprivation 2007 (DCLG).
 */
public record DeprivationMix(
        @Param(
                        value = "Share of families in the least deprived national quintile",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "England: 0.2 by construction (IMD 2007 quintiles)")
                double q1,
        @Param(
                        value = "Share of families in the second quintile",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "England: 0.2 by construction (IMD 2007 quintiles)")
                double q2,
        @Param(
                        value = "Share of families in the middle quintile",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "England: 0.2 by construction (IMD 2007 quintiles)")
                double q3,
        @Param(
                        value = "Share of families in the fourth quintile",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "England: 0.2 by construction (IMD 2007 quintiles)")
                double q4,
        @Param(
                        value = "Share of families in the most deprived national quintile",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "England: 0.2 by construction (IMD 2007 quintiles)")
                double q5)
        implements Serializable {

    public DeprivationMix {
        ParameterCheck.require(DeprivationMix.class, q1, q2, q3, q4, q5);
        double sum = q1 + q2 + q3 + q4 + q5;
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException(
                    "q5: expected the five shares q1 to q5 to add up to 1, found a sum of " + sum);
        }
    }

    /** England's mix: a fifth of families in each quintile. */
    public static DeprivationMix england() {
        return new DeprivationMix(0.2, 0.2, 0.2, 0.2, 0.2);
    }

    /** The quintile (1 to 5) at cumulative share {@code u} in [0, 1). */
    public int quintileAt(double u) {
        double[] shares = {q1, q2, q3, q4};
        double cumulative = 0;
        for (int q = 0; q < shares.length; q++) {
            cumulative += shares[q];
            if (u < cumulative) {
                return q + 1;
            }
        }
        return 5;
    }
}
