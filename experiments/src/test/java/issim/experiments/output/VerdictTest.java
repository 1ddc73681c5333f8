package issim.experiments.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import issim.core.observe.Measure.Better;
import issim.experiments.output.HtmlReport.Verdict;
import issim.experiments.stats.Statistics;
import org.junit.jupiter.api.Test;

/** How the report reads a paired difference from the baseline. */
class VerdictTest {
    // Paired differences {1, 2, 1, 3}: mean 1.75, 95% CI 0.23 to 3.27, wholly above zero.
    private static final Statistics UP = Statistics.of(new double[] {1, 2, 1, 3});
    private static final Statistics DOWN = Statistics.of(new double[] {-1, -2, -1, -3});
    // {-1, 2, 0, 1}: CI includes zero.
    private static final Statistics UNSURE = Statistics.of(new double[] {-1, 2, 0, 1});
    private static final Statistics ONE = Statistics.of(new double[] {5});

    @Test
    void betterOrWorseOnlyWhereTheIntervalExcludesZero() {
        assertEquals(Verdict.BETTER, Verdict.of(Better.HIGHER, UP));
        assertEquals(Verdict.WORSE, Verdict.of(Better.LOWER, UP));
        assertEquals(Verdict.BETTER, Verdict.of(Better.LOWER, DOWN));
        assertEquals(Verdict.WORSE, Verdict.of(Better.HIGHER, DOWN));
        assertEquals(Verdict.UNCLEAR, Verdict.of(Better.HIGHER, UNSURE));
        assertEquals(Verdict.UNCLEAR, Verdict.of(Better.LOWER, UNSURE));
    }

    @Test
    void measuresWithNoBetterDirectionAreNotJudged() {
        for (Statistics d : new Statistics[] {UP, DOWN, UNSURE, ONE}) {
            assertEquals(Verdict.NOT_JUDGED, Verdict.of(Better.NEITHER, d));
            assertEquals("", Verdict.of(Better.NEITHER, d).text(d));
            assertEquals("n", Verdict.of(Better.NEITHER, d).cssClass());
        }
    }

    @Test
    void oneReplicationIsNotJudged() {
        assertEquals(Verdict.NO_INTERVAL, Verdict.of(Better.HIGHER, ONE));
        assertEquals("n/a", Verdict.NO_INTERVAL.text(ONE));
    }

    @Test
    void theWordsAndArrowSayWhatTheColourSays() {
        assertEquals("▲ better", Verdict.BETTER.text(UP));
        assertEquals("n good", Verdict.BETTER.cssClass());
        assertEquals("▲ worse", Verdict.WORSE.text(UP));
        assertEquals("▼ better", Verdict.BETTER.text(DOWN));
        assertEquals("n bad", Verdict.WORSE.cssClass());
        assertEquals("no clear difference", Verdict.UNCLEAR.text(UNSURE));
        assertEquals("n", Verdict.UNCLEAR.cssClass());
    }
}
