package issim.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import issim.experiments.stats.Bootstrap;
import issim.experiments.stats.MorrisEffects;
import issim.experiments.stats.SobolIndices;
import org.junit.jupiter.api.Test;

class SensitivityReportTest {
    private static Bootstrap.Interval at(double v) {
        return new Bootstrap.Interval(v, v - 0.1, v + 0.1);
    }

    @Test
    void factorsAreListedByTheirTotalIndexLargestFirst() {
        SobolIndices.Indices[] s = {
            new SobolIndices.Indices(at(0.1), at(0.2)),
            new SobolIndices.Indices(at(0.5), at(0.7)),
            new SobolIndices.Indices(at(0.0), at(Double.NaN)),
            new SobolIndices.Indices(at(0.1), at(0.2))
        };
        Sensitivity.Result r = new Sensitivity.Result("m", 1, 0.2, s, null, null, null);
        // Ties keep the design's order; an index that is not a number goes last.
        assertArrayEquals(new int[] {1, 0, 3, 2}, SensitivityReport.byInfluence(r, 4, true));
    }

    @Test
    void morrisFactorsAreListedByMuStar() {
        MorrisEffects.Effect[] e = {
            new MorrisEffects.Effect(at(0.3), 0.3, 0.1),
            new MorrisEffects.Effect(at(0.9), -0.9, 0.2),
            new MorrisEffects.Effect(at(0.6), 0.6, 0.0)
        };
        Sensitivity.Result r = new Sensitivity.Result("m", 1, 0.2, null, e, null, null);
        assertArrayEquals(new int[] {1, 2, 0}, SensitivityReport.byInfluence(r, 3, false));
    }
}
