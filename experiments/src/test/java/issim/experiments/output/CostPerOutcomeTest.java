package issim.experiments.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A cost per outcome avoided is printed only where it is a price: with more than one replication
 * and outcomes avoided beyond doubt (docs/ODD.md §7.13); its point figure is the mean extra cost
 * over the mean avoided.
 */
class CostPerOutcomeTest {
    @Test
    void oneReplicationGivesNoFigure() {
        assertEquals(
                "n/a (one replication)",
                CostTable.costPer(new double[] {1_000}, new double[] {2}, "per entrant avoided"));
    }

    @Test
    void anEffectIndistinguishableFromZeroGivesNoFigure() {
        assertEquals(
                "not distinguishable from zero",
                CostTable.costPer(
                        new double[] {1_000, 1_000, 1_000, 1_000},
                        new double[] {3, -2, 1, -1},
                        "per entrant avoided"));
    }

    @Test
    void aClearEffectIsPricedAtTheRatioOfMeans() {
        String text =
                CostTable.costPer(
                        new double[] {9_000, 11_000, 10_000, 10_000},
                        new double[] {4, 6, 5, 5},
                        "per entrant avoided");
        assertTrue(text.startsWith("2,000 ("), text);
        assertTrue(text.endsWith(") per entrant avoided"), text);
    }
}
