package issim.experiments.sweep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The points of a design, in a fixed order that the analysis relies on:
 *
 * <ul>
 *   <li>grid: every combination, the last factor varying fastest;
 *   <li>points: as listed;
 *   <li>Latin hypercube: {@code samples} points, one in each of {@code samples} equal strata of
 *       every factor;
 *   <li>Sobol (Saltelli's scheme): for each base row j, the points A_j, B_j, then AB_j^1 … AB_j^k
 *       (A_j with factor i taken from B_j), from rows 2 … N + 1 of a 2k-dimensional Sobol sequence:
 *       row 0 is the corner of the cube and row 1 its centre [0.5, …], and both are skipped, as
 *       {@code skipTo(1)} returns (and so uses up) row 1; the first row used is [0.75, 0.25, …];
 *   <li>Morris: for each trajectory, a start on the grid of levels and k steps, each moving one
 *       factor, in a random order, by levels / 2 level indices (Δ = levels / (2 (levels − 1)) on
 *       the unit scale), so that every value is exactly one of the factor's levels.
 * </ul>
 *
 * Random choices (Latin hypercube, Morris) come from a generator seeded by the design's seed, so
 * the same design always gives the same points.
 */
public final class Points {
    private Points() {}

    /** Every point of {@code d}. */
    public static List<Point> of(Design d) {
        return switch (d.kind()) {
            case GRID -> grid(d.factors());
            case POINTS -> listed(d);
            case LATIN_HYPERCUBE -> latinHypercube(d.factors(), d.size(), random(d));
            case SOBOL -> saltelli(d.factors(), d.size());
            case MORRIS -> morris(d.factors(), d.size(), d.morrisLevels(), random(d)).points();
        };
    }

    /** A Morris design's points and, for each step, which factor moved and by how much. */
    public record Morris(List<Point> points, int[][] moved, double[][] step) {}

    /** The Morris trajectories of {@code d}, with the factor each step moves. */
    public static Morris morris(Design d) {
        return morris(d.factors(), d.size(), d.morrisLevels(), random(d));
    }

    static List<Point> grid(List<Factor> factors) {
        int k = factors.size();
        long count = 1;
        for (Factor f : factors) {
            count *= f.levels().size();
        }
        List<Point> out = new ArrayList<>();
        int[] at = new int[k];
        for (int n = 0; n < count; n++) {
            List<Object> values = new ArrayList<>();
            double[] unit = new double[k];
            for (int i = 0; i < k; i++) {
                List<Object> levels = factors.get(i).levels();
                values.add(levels.get(at[i]));
                unit[i] = levels.size() == 1 ? 0.5 : at[i] / (double) (levels.size() - 1);
            }
            out.add(new Point(n, values, unit));
            for (int i = k - 1; i >= 0; i--) {
                if (++at[i] < factors.get(i).levels().size()) {
                    break;
                }
                at[i] = 0;
            }
        }
        return out;
    }

    private static List<Point> listed(Design d) {
        List<Point> out = new ArrayList<>();
        for (List<Object> values : d.points()) {
            double[] unit = new double[values.size()];
            for (int i = 0; i < values.size(); i++) {
                List<Object> levels = d.factors().get(i).levels();
                unit[i] =
                        levels.size() == 1
                                ? 0.5
                                : levels.indexOf(values.get(i)) / (double) (levels.size() - 1);
            }
            out.add(new Point(out.size(), values, unit));
        }
        return out;
    }

    static List<Point> latinHypercube(List<Factor> factors, int n, SplittableRandom rng) {
        int k = factors.size();
        double[][] u = new double[n][k];
        for (int i = 0; i < k; i++) {
            int[] perm = permutation(n, rng);
            for (int j = 0; j < n; j++) {
                u[j][i] = (perm[j] + rng.nextDouble()) / n;
            }
        }
        List<Point> out = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            out.add(point(j, factors, u[j]));
        }
        return out;
    }

    static List<Point> saltelli(List<Factor> factors, int n) {
        int k = factors.size();
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(1);
        List<Point> out = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            double[] row = sobol.nextVector();
            double[] a = new double[k], b = new double[k];
            System.arraycopy(row, 0, a, 0, k);
            System.arraycopy(row, k, b, 0, k);
            out.add(point(out.size(), factors, a));
            out.add(point(out.size(), factors, b));
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                out.add(point(out.size(), factors, ab));
            }
        }
        return out;
    }

    static Morris morris(List<Factor> factors, int r, int levels, SplittableRandom rng) {
        int k = factors.size();
        // Steps move by level index, never by adding Δ to a coordinate: a sum carries rounding
        // noise, and a level reached two ways would be two values, so two runs.
        int jump = levels / 2;
        List<Point> out = new ArrayList<>();
        int[][] moved = new int[r][k];
        double[][] step = new double[r][k];
        for (int t = 0; t < r; t++) {
            int[] at = new int[k];
            for (int i = 0; i < k; i++) {
                at[i] = rng.nextInt(levels);
            }
            out.add(onLevels(out.size(), factors, at, levels));
            int[] order = permutation(k, rng);
            for (int s = 0; s < k; s++) {
                int i = order[s];
                // With an even number of levels every level has a neighbour jump above or below.
                int d = at[i] + jump <= levels - 1 ? jump : -jump;
                at = at.clone();
                at[i] += d;
                moved[t][s] = i;
                step[t][s] = d / (double) (levels - 1);
                out.add(onLevels(out.size(), factors, at, levels));
            }
        }
        return new Morris(out, moved, step);
    }

    /** The point at level {@code at[i]} of {@code levels} of each factor i. */
    private static Point onLevels(int index, List<Factor> factors, int[] at, int levels) {
        List<Object> values = new ArrayList<>();
        double[] unit = new double[factors.size()];
        for (int i = 0; i < factors.size(); i++) {
            values.add(factors.get(i).level(at[i], levels));
            unit[i] = at[i] / (double) (levels - 1);
        }
        return new Point(index, values, unit);
    }

    private static Point point(int index, List<Factor> factors, double[] u) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
            values.add(factors.get(i).at(u[i]));
        }
        return new Point(index, values, u);
    }

    private static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** The design's own generator: from its seed, apart from every run's seed. */
    private static SplittableRandom random(Design d) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] h = sha.digest(("issim design " + d.seed()).getBytes(StandardCharsets.UTF_8));
            long s = 0;
            for (int i = 0; i < 8; i++) {
                s = (s << 8) | (h[i] & 0xFF);
            }
            return new SplittableRandom(s);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
