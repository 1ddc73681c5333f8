package issim.experiments.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.experiments.stats.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A cost per outcome avoided is printed only where it is a price: with more than one replication
 * and the outcome better beyond doubt, judged on the same paired difference the decision table
 * shows beside it (docs/ODD.md §7.13); its point figure is the mean extra cost over the mean
 * avoided.
 */
class CostPerOutcomeTest {
    private static final double[] EXTRA = {9_000, 11_000, 10_000, 10_000};

    /** The paired difference of an outcome, scenario minus baseline (lower is better). */
    private static Statistics effect(double... differences) {
        return Statistics.of(differences);
    }

    @Test
    void oneReplicationGivesNoFigure() {
        assertEquals(
                "n/a (one replication)",
                CostTable.costPer(
                        new double[] {1_000}, new double[] {2}, "per entrant avoided", effect(-2)));
    }

    @Test
    void anEffectIndistinguishableFromZeroGivesNoFigure() {
        assertEquals(
                "none: the outcome is not clearly better",
                CostTable.costPer(
                        EXTRA,
                        new double[] {3, -2, 1, -1},
                        "per entrant avoided",
                        effect(-3, 2, -1, 1)));
    }

    @Test
    void aWorseOutcomeHasNoPrice() {
        assertEquals(
                "none: the outcome is worse",
                CostTable.costPer(
                        EXTRA,
                        new double[] {-4, -6, -5, -5},
                        "per entrant avoided",
                        effect(4, 6, 5, 5)));
    }

    /**
     * The gate is the verdict given, not the counts: the decision table prices an outcome exactly
     * where it calls it better, and nowhere else.
     */
    @Test
    void theVerdictBesideThePriceDecidesWhetherThereIsOne() {
        double[] avoided = {4, 6, 5, 5};
        assertEquals(
                "none: the outcome is not clearly better",
                CostTable.costPer(EXTRA, avoided, "per entrant avoided", effect(-9, 1, -1, 1)));
        assertTrue(
                CostTable.costPer(EXTRA, avoided, "per entrant avoided", effect(-4, -6, -5, -5))
                        .startsWith("2,000 ("));
    }

    @Test
    void aClearEffectIsPricedAtTheRatioOfMeans() {
        String text =
                CostTable.costPer(
                        EXTRA,
                        new double[] {4, 6, 5, 5},
                        "per entrant avoided",
                        effect(-4, -6, -5, -5));
        assertTrue(text.startsWith("2,000 ("), text);
        assertTrue(text.endsWith(") per entrant avoided"), text);
    }
}
