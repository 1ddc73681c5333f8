package issim.experiments.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The mean and Student-t 95% interval against values computed by hand (t quantiles from tables:
 * t(0.975, 1) = 12.7062, t(0.975, 2) = 4.3027, t(0.975, 3) = 3.18245).
 */
class StatisticsTest {
    private static final double EXACT = 1e-12, QUANTILE = 1e-8;

    @Test
    void theIntervalUsesStudentsTWithNMinusOneDegreesOfFreedom() {
        Statistics s = Statistics.of(new double[] {1, 2, 3, 4});
        assertEquals(4, s.n());
        assertEquals(2.5, s.mean(), EXACT);
        // sd = sqrt(((1.5² + 0.5²) · 2) / 3) = sqrt(5 / 3)
        assertEquals(Math.sqrt(5.0 / 3), s.sd(), EXACT);
        assertEquals(1.29099, s.sd(), 1e-5);
        // half-width = t(0.975, 3) · sd / sqrt(4) = 3.18245 · 1.29099 / 2
        assertEquals(2.05426, s.halfWidth(), 1e-5);
        assertEquals(0.4457397432394794, s.low(), QUANTILE);
        assertEquals(4.554260256760521, s.high(), QUANTILE);
        assertTrue(s.hasInterval());
        // The normal 1.96 would give 1.26515: the t interval is 62% wider with four replications.
        assertTrue(s.halfWidth() > 1.96 * s.sd() / 2 * 1.6);
    }

    @Test
    void theQuantilesAreThoseOfStudentsT() {
        assertEquals(12.706204736174694, Statistics.t(1), QUANTILE);
        assertEquals(4.302652729749462, Statistics.t(2), QUANTILE);
        assertEquals(3.1824463052837078, Statistics.t(3), QUANTILE);
        assertEquals(2.262157162798205, Statistics.t(9), QUANTILE);
    }

    @Test
    void twoValuesGiveTheWideIntervalOfOneDegreeOfFreedom() {
        Statistics s = Statistics.of(new double[] {1, 3});
        assertEquals(2, s.n());
        assertEquals(2, s.mean(), EXACT);
        assertEquals(Math.sqrt(2), s.sd(), EXACT);
        // t(0.975, 1) · sqrt(2) / sqrt(2) = 12.7062
        assertEquals(12.706204736174694, s.halfWidth(), QUANTILE);
        assertEquals(-10.706204736174694, s.low(), QUANTILE);
        assertEquals(14.706204736174694, s.high(), QUANTILE);
    }

    @Test
    void oneValueHasNoSdAndNoInterval() {
        Statistics s = Statistics.of(new double[] {7.5});
        assertEquals(1, s.n());
        assertEquals(7.5, s.mean(), EXACT);
        assertFalse(s.hasInterval());
        // Never [7.5, 7.5]: a zero-width interval would claim a certainty one run cannot give.
        assertTrue(Double.isNaN(s.sd()), "sd");
        assertTrue(Double.isNaN(s.low()), "low");
        assertTrue(Double.isNaN(s.high()), "high");
        assertTrue(Double.isNaN(s.halfWidth()), "half-width");
        assertFalse(s.above(0));
        assertFalse(s.below(100));
    }

    @Test
    void constantDataHasAZeroWidthIntervalOnlyFromTwoValues() {
        // With n >= 2 equal values the sample SD is an estimate, 0, and so is the half-width:
        // every replication agreed. With one value there is no estimate at all.
        Statistics three = Statistics.of(new double[] {5, 5, 5});
        assertEquals(3, three.n());
        assertEquals(0, three.sd(), 0);
        assertEquals(5, three.low(), 0);
        assertEquals(5, three.high(), 0);
        assertTrue(three.hasInterval());
        Statistics two = Statistics.of(new double[] {5, 5});
        assertEquals(0, two.halfWidth(), 0);
        Statistics one = Statistics.of(new double[] {5});
        assertFalse(one.hasInterval());
        assertTrue(Double.isNaN(one.low()));
    }

    @Test
    void missingValuesAreLeftOut() {
        Statistics s = Statistics.of(new double[] {1, Double.NaN, 3});
        assertEquals(2, s.n());
        assertEquals(2, s.mean(), EXACT);
        assertEquals(12.706204736174694, s.halfWidth(), QUANTILE);
        Statistics none = Statistics.of(new double[] {Double.NaN});
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()));
        assertFalse(none.hasInterval());
    }

    @Test
    void pairedDifferencesAreTakenReplicationByReplication() {
        // Replication i of both ran on seed i: the seeds vary a lot (10 to 40), the effect little.
        double[] scenario = {10, 20, 30, 40}, baseline = {9, 18, 29, 37};
        Statistics d = Statistics.paired(scenario, baseline);
        // d = {1, 2, 1, 3}: mean 1.75, sd = sqrt((0.75² + 0.25² + 0.75² + 1.25²) / 3)
        assertEquals(4, d.n());
        assertEquals(1.75, d.mean(), EXACT);
        assertEquals(Math.sqrt(2.75 / 3), d.sd(), EXACT);
        assertEquals(0.957427, d.sd(), 1e-6);
        // half-width = 3.18245 · 0.957427 / 2 = 1.52348
        assertEquals(1.5234801808288123, d.halfWidth(), QUANTILE);
        assertEquals(0.2265198191711877, d.low(), QUANTILE);
        assertEquals(3.2734801808288125, d.high(), QUANTILE);
        assertTrue(d.above(0), "the paired interval excludes zero");

        // Unpaired, the seeds' spread (sd 12.9 and 12.3) would swamp the same mean difference.
        Statistics a = Statistics.of(scenario), b = Statistics.of(baseline);
        assertEquals(d.mean(), a.mean() - b.mean(), EXACT);
        double unpairedHalf =
                Statistics.t(6)
                        * Math.sqrt((a.sd() * a.sd() + b.sd() * b.sd()) / 2)
                        * Math.sqrt(2.0 / 4);
        assertTrue(unpairedHalf > 10 * d.halfWidth(), "pairing removes the shared variation");
    }

    @Test
    void pairedDifferencesOfOneReplicationHaveNoInterval() {
        Statistics d = Statistics.paired(new double[] {4}, new double[] {1});
        assertEquals(1, d.n());
        assertEquals(3, d.mean(), EXACT);
        assertFalse(d.hasInterval());
        assertTrue(Double.isNaN(d.low()) && Double.isNaN(d.high()));
    }

    @Test
    void pairedDifferencesOfTwoReplications() {
        // d = {2, 4}: mean 3, sd sqrt(2), half-width t(0.975, 1) · sqrt(2) / sqrt(2) = 12.7062
        Statistics d = Statistics.paired(new double[] {5, 9}, new double[] {3, 5});
        assertEquals(2, d.n());
        assertEquals(3, d.mean(), EXACT);
        assertEquals(12.706204736174694, d.halfWidth(), QUANTILE);
        assertFalse(d.above(0), "two replications this close are not a clear difference");
    }

    @Test
    void aPairWithAMissingSideIsLeftOut() {
        Statistics d =
                Statistics.paired(new double[] {5, Double.NaN, 9}, new double[] {3, 1, Double.NaN});
        assertEquals(1, d.n());
        assertEquals(2, d.mean(), EXACT);
        assertFalse(d.hasInterval());
    }

    @Test
    void pairsMustMatch() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Statistics.paired(new double[] {1, 2}, new double[] {1}));
    }
}
