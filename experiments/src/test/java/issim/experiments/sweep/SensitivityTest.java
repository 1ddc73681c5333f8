package issim.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.experiments.stats.MorrisEffects;
import issim.experiments.stats.SobolIndices;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The analysis on functions whose sensitivities are known, sampled by the sweep's own point
 * generator in the order the analysis reads it.
 */
class SensitivityTest {
    private static Design design(DesignKind kind, int size, int levels, List<Factor> factors) {
        return new Design(
                "test",
                "test.yaml",
                "",
                "none",
                null,
                kind,
                null,
                null,
                size,
                levels,
                factors,
                List.of(),
                1,
                11);
    }

    private static double[][] responses(Design d, ToDoubleFunction<double[]> f) {
        List<Point> points = Points.of(d);
        double[][] runs = new double[points.size()][1];
        for (Point p : points) {
            double[] x = p.values().stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
            runs[p.index()][0] = f.applyAsDouble(x);
        }
        return runs;
    }

    /**
     * Ishigami (a = 7, b = 0.1) on [-π, π]³: S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437)
     * (Saltelli et al. 2008, Global Sensitivity Analysis, §4.5). With 4096 base rows every estimate
     * is within 0.03 and every 95% interval covers the true value.
     */
    @Test
    void sobolIndicesRecoverTheIshigamiFunctionsKnownValues() {
        double pi = Math.PI;
        List<Factor> f = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            f.add(new Factor.Range("x" + i, -pi, pi, false, 0));
        }
        Design d = design(DesignKind.SOBOL, 4096, 0, f);
        double[][] runs =
                responses(
                        d,
                        x ->
                                Math.sin(x[0])
                                        + 7 * Math.pow(Math.sin(x[1]), 2)
                                        + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]));
        Sensitivity.Result r = Sensitivity.analyse(d, "ishigami", runs);
        double[] first = {0.3139, 0.4424, 0}, total = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            SobolIndices.Indices s = r.sobol()[i];
            assertEquals(first[i], s.first().estimate(), 0.03, "S" + (i + 1));
            assertEquals(total[i], s.total().estimate(), 0.03, "ST" + (i + 1));
            assertTrue(s.first().covers(first[i]), "S" + (i + 1) + " interval " + s.first());
            assertTrue(s.total().covers(total[i]), "ST" + (i + 1) + " interval " + s.total());
        }
        assertEquals(12, r.convergenceRows().length, "2, 4, ..., 4096 base rows");
        assertEquals(r.sobol()[0].total().estimate(), r.convergence()[11][0], 1e-12);
    }

    /**
     * Sobol's g-function, prod (|4x_i − 2| + a_i) / (1 + a_i) with a = (0, 1, 4.5, 9, 99): the
     * smaller a_i, the more influential x_i. Morris's μ* on 40 trajectories ranks them so.
     */
    @Test
    void morrisRanksTheGFunctionsFactorsInOrderOfInfluence() {
        double[] a = {0, 1, 4.5, 9, 99};
        List<Factor> f = new ArrayList<>();
        // Listed in a shuffled order, so the ranking cannot follow the list.
        int[] order = {3, 0, 4, 2, 1};
        for (int i : order) {
            f.add(new Factor.Range("x" + i, 0, 1, false, 0));
        }
        Design d = design(DesignKind.MORRIS, 40, 4, f);
        double[][] runs =
                responses(
                        d,
                        x -> {
                            double g = 1;
                            for (int j = 0; j < x.length; j++) {
                                double aj = a[order[j]];
                                g *= (Math.abs(4 * x[j] - 2) + aj) / (1 + aj);
                            }
                            return g;
                        });
        MorrisEffects.Effect[] e = Sensitivity.analyse(d, "g", runs).morris();
        int[] ranked =
                IntStream.range(0, 5)
                        .boxed()
                        .sorted(Comparator.comparingDouble(j -> -e[j].muStar().estimate()))
                        .mapToInt(j -> order[j])
                        .toArray();
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, ranked);
        assertTrue(e[2].muStar().estimate() < 0.05, "x4 (a = 99) has almost no effect");
    }

    @Test
    void theNoiseShareIsTheVarianceWithinPointsOverTheVarianceOfAllRuns() {
        // Two points, two replications each: within-point variances 2 and 2; all four runs 0, 2,
        // 10, 12 have variance 104 / 3.
        double[][] runs = {{0, 2}, {10, 12}};
        double total = Sensitivity.variance(runs);
        assertEquals(104.0 / 3, total, 1e-12);
        assertEquals(2 / total, Sensitivity.noiseShare(runs, total), 1e-12);
        assertTrue(Double.isNaN(Sensitivity.noiseShare(new double[][] {{1}, {2}}, 0.5)));
    }
}
