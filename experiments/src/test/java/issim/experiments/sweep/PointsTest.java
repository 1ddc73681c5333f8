package issim.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The designs' points, in the order results and analysis rely on, and the seeds of runs. */
class PointsTest {
    private static final List<Factor> TWO =
            List.of(
                    new Factor.Range("a", 0, 1, false, 2),
                    new Factor.Choice("b", List.of("x", "y", "z")));

    @Test
    void aGridHasEveryCombinationTheLastFactorFastest() {
        List<Point> p = Points.grid(TWO);
        assertEquals(6, p.size());
        assertEquals(List.of(0.0, "x"), p.get(0).values());
        assertEquals(List.of(0.0, "y"), p.get(1).values());
        assertEquals(List.of(1.0, "z"), p.get(5).values());
    }

    @Test
    void aLatinHypercubeHasOnePointInEachStratumOfEveryFactor() {
        List<Factor> f = unitSquare();
        List<Point> p = Points.latinHypercube(f, 20, new SplittableRandom(1));
        for (int i = 0; i < 2; i++) {
            Set<Integer> strata = new HashSet<>();
            for (Point q : p) {
                strata.add((int) Math.floor(q.unit()[i] * 20));
            }
            assertEquals(20, strata.size(), "factor " + i);
        }
    }

    @Test
    void saltellisSchemeGivesAThenBThenEachAbWithOneColumnFromB() {
        List<Factor> f =
                List.of(
                        new Factor.Range("a", 0, 1, false, 0),
                        new Factor.Range("b", 0, 1, false, 0),
                        new Factor.Range("c", 0, 1, false, 0));
        List<Point> p = Points.saltelli(f, 8);
        assertEquals(8 * 5, p.size());
        for (int j = 0; j < 8; j++) {
            double[] a = p.get(j * 5).unit(), b = p.get(j * 5 + 1).unit();
            for (int i = 0; i < 3; i++) {
                double[] ab = p.get(j * 5 + 2 + i).unit();
                for (int c = 0; c < 3; c++) {
                    assertEquals(c == i ? b[c] : a[c], ab[c]);
                }
            }
        }
        // A larger base sample extends a smaller one: its first rows are the same points.
        assertEquals(p, Points.saltelli(f, 16).subList(0, 40));
    }

    @Test
    void eachMorrisStepMovesOneFactorByDelta() {
        List<Factor> f =
                List.of(
                        new Factor.Range("a", 0, 1, false, 0),
                        new Factor.Range("b", 0, 1, false, 0),
                        new Factor.Range("c", 0, 1, false, 0));
        Points.Morris m = Points.morris(f, 10, 4, new SplittableRandom(3));
        assertEquals(10 * 4, m.points().size());
        double delta = 4 / (2.0 * 3);
        for (int t = 0; t < 10; t++) {
            Set<Integer> moved = new HashSet<>();
            for (int s = 0; s < 3; s++) {
                double[] x = m.points().get(t * 4 + s).unit(),
                        y = m.points().get(t * 4 + s + 1).unit();
                int i = m.moved()[t][s];
                moved.add(i);
                assertEquals(m.step()[t][s], y[i] - x[i], 1e-12);
                assertEquals(delta, Math.abs(m.step()[t][s]), 1e-12);
                for (int c = 0; c < 3; c++) {
                    if (c != i) {
                        assertEquals(x[c], y[c]);
                    }
                }
            }
            assertEquals(3, moved.size(), "every factor once per trajectory");
        }
    }

    @Test
    void gridLevelsAreCleanValuesTheEndsAsWritten() {
        // 0.1 + 0.4 × 0.5 is 0.30000000000000004 in floating point.
        assertEquals(List.of(0.1, 0.3, 0.5), new Factor.Range("a", 0.1, 0.5, false, 3).levels());
        assertEquals(0.3, (double) new Factor.Range("a", 0.1, 0.5, false, 3).level(1, 3));
        // A level that should be zero is zero, not -1.4e-17.
        assertEquals(0.0, new Factor.Range("a", -0.1, 0.5, false, 7).levels().get(1));
        assertEquals(List.of(12L, 13L, 14L), new Factor.Range("a", 12, 14, true, 3).levels());
    }

    @Test
    void morrisTrajectoriesUseOnlyTheExactLevelValues() {
        List<Factor> f =
                List.of(
                        new Factor.Range("a", 0.1, 0.5, false, 0),
                        new Factor.Range("b", 10, 30, true, 0),
                        new Factor.Choice("c", List.of("x", "y", "z")));
        for (int levels : new int[] {4, 6}) {
            Points.Morris m = Points.morris(f, 20, levels, new SplittableRandom(5));
            for (int i = 0; i < f.size(); i++) {
                Factor g = f.get(i);
                // The values a grid of the same levels takes, as the same doubles.
                Set<Object> grid = new HashSet<>();
                for (int k = 0; k < levels; k++) {
                    grid.add(g.level(k, levels));
                }
                if (g instanceof Factor.Range r) {
                    assertEquals(
                            new Factor.Range(r.path(), r.min(), r.max(), r.whole(), levels)
                                    .levels(),
                            grid.stream().sorted().toList());
                }
                Set<Object> used = new HashSet<>();
                for (Point p : m.points()) {
                    used.add(p.values().get(i));
                }
                assertEquals(grid, used, levels + " levels, factor " + g.path());
            }
        }
        List<Object> a = new Factor.Range("a", 0.1, 0.5, false, 4).levels();
        assertEquals(List.of(0.1, 0.233333333333, 0.366666666667, 0.5), a);
    }

    @Test
    void sobolRowsStartAfterTheCornerAndTheCentre() {
        // skipTo(1) returns row 1 ([0.5, ...]) and so uses it up: the first row is row 2.
        List<Factor> f = unitSquare();
        List<Point> p = Points.saltelli(f, 2);
        assertArrayEquals(new double[] {0.75, 0.25}, p.get(0).unit(), "A of row 2");
        assertArrayEquals(new double[] {0.25, 0.25}, p.get(1).unit(), "B of row 2");
        assertArrayEquals(new double[] {0.25, 0.75}, p.get(4).unit(), "A of row 3");
    }

    @Test
    void aRunsSeedDependsOnItsValuesAndReplicationOnly() {
        Map<String, Object> v = Map.of("a", 0.5, "b", "x");
        byte[] one = RunKeys.hash(1, v, 0);
        assertArrayEquals(one, RunKeys.hash(1, Map.of("b", "x", "a", 0.5), 0), "order of paths");
        assertNotEquals(RunKeys.seed(one), RunKeys.seed(RunKeys.hash(1, v, 1)), "replication");
        assertNotEquals(RunKeys.seed(one), RunKeys.seed(RunKeys.hash(2, v, 0)), "base seed");
        assertNotEquals(
                RunKeys.seed(one), RunKeys.seed(RunKeys.hash(1, Map.of("a", 0.25, "b", "x"), 0)));
        assertTrue(RunKeys.seed(one) >= 0);
    }

    /** Two continuous factors on [0, 1]: a point's values are its unit coordinates. */
    private static List<Factor> unitSquare() {
        return List.of(
                new Factor.Range("a", 0, 1, false, 0), new Factor.Range("b", 0, 1, false, 0));
    }
}
