package issim.experiments.sweep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;

/**
 * One factor of a sweep: a dotted path into the scenario's parameters and the values it may take.
 * Every design maps a point of the unit cube onto the factors' values through {@link #at}, so one
 * mapping serves the grid, the Latin hypercube, the Sobol sample and the Morris trajectories.
 */
public sealed interface Factor permits Factor.Range, Factor.Choice, Factor.Distribution {
    /** The dotted path, e.g. {@code agencies.socialCare.caseloadCapacity}. */
    String path();

    /** The value at unit coordinate {@code u} in [0, 1]. */
    Object at(double u);

    /** The values a grid takes, or null when the factor has no finite set (a distribution). */
    List<Object> levels();

    /**
     * The value at level {@code k} (0 to p − 1) of {@code p} evenly spaced levels, as a grid and a
     * Morris design take it. Computed from the index alone, so a level is always the identical
     * value, and so the same run (its seed and key hash the values), however it is reached.
     */
    default Object level(int k, int p) {
        return at(k / (double) (p - 1));
    }

    /** The factor's value as a number for plots and indices (a choice's position in its list). */
    double numeric(Object value);

    /**
     * An interval from {@code min} to {@code max}, uniform; a whole-number parameter takes whole
     * numbers, each equally likely. A grid takes {@code levels} evenly spaced values (0 if unset).
     */
    record Range(String path, double min, double max, boolean whole, int gridLevels)
            implements Factor {
        /**
         * How many whole numbers lie from min to max, both included: the most levels a whole-number
         * range can take without repeating a value.
         */
        static long wholeNumbers(double min, double max) {
            return (long) (max - min) + 1;
        }

        @Override
        public Object at(double u) {
            if (whole) {
                long lo = Math.round(min), hi = Math.round(max);
                long v = lo + (long) Math.floor(u * (hi - lo + 1));
                return Math.min(hi, v);
            }
            return min + u * (max - min);
        }

        @Override
        public List<Object> levels() {
            if (gridLevels < 2) {
                return null;
            }
            List<Object> out = new ArrayList<>();
            for (int k = 0; k < gridLevels; k++) {
                out.add(level(k, gridLevels));
            }
            return out;
        }

        /** The ends exactly as written; between them min + (max − min) k / (p − 1), cleaned. */
        @Override
        public Object level(int k, int p) {
            double t = k / (double) (p - 1);
            double v = k == 0 ? min : k == p - 1 ? max : clean(min + (max - min) * t, max - min);
            return whole ? (Object) Math.round(v) : (Object) v;
        }

        /**
         * {@code v} rounded to 12 significant digits of the range's width: 0.3, not
         * 0.30000000000000004, and 0 rather than -1.4e-17 where a level should be zero; far below
         * the spacing of any grid.
         */
        static double clean(double v, double width) {
            if (!Double.isFinite(v) || !Double.isFinite(width) || !(width > 0)) {
                return v;
            }
            int scale = 11 - (int) Math.floor(Math.log10(width));
            return new BigDecimal(v).setScale(scale, RoundingMode.HALF_EVEN).doubleValue();
        }

        @Override
        public double numeric(Object value) {
            return ((Number) value).doubleValue();
        }
    }

    /** One of a list of values (numbers, booleans or names), each equally likely. */
    record Choice(String path, List<Object> values) implements Factor {
        public Choice {
            values = List.copyOf(values);
        }

        @Override
        public Object at(double u) {
            int i = (int) Math.floor(u * values.size());
            return values.get(Math.min(values.size() - 1, Math.max(0, i)));
        }

        @Override
        public List<Object> levels() {
            return values;
        }

        /**
         * The value {@link #at} gives at k / (p − 1), found in integers: no rounding at a share's
         * edge.
         */
        @Override
        public Object level(int k, int p) {
            return values.get(Math.min(values.size() - 1, k * values.size() / (p - 1)));
        }

        @Override
        public double numeric(Object value) {
            if (value instanceof Number n && values.stream().allMatch(v -> v instanceof Number)) {
                return n.doubleValue();
            }
            return values.indexOf(value);
        }
    }

    /**
     * A distribution, sampled by its inverse CDF: {@code uniform} (min, max), {@code triangular}
     * (min, mode, max) or {@code normal} (mean, sd), the normal cut at min and max where given.
     * Components: a and b are min and max (uniform, triangular) or mean and sd (normal); c is the
     * triangular mode.
     */
    record Distribution(
            String path, String kind, double a, double b, double c, double lo, double hi)
            implements Factor {
        /** How close to 0 and 1 an unbounded distribution is sampled (its 1-in-10^6 tails). */
        static final double TAIL = 1e-6;

        @Override
        public Object at(double u) {
            double p = Math.min(1 - TAIL, Math.max(TAIL, u));
            double v =
                    switch (kind) {
                        case "uniform" -> a + u * (b - a);
                        case "triangular" ->
                                new TriangularDistribution(null, a, c, b)
                                        .inverseCumulativeProbability(u);
                        case "normal" -> {
                            NormalDistribution n = new NormalDistribution(null, a, b);
                            double pl = Double.isInfinite(lo) ? 0 : n.cumulativeProbability(lo);
                            double ph = Double.isInfinite(hi) ? 1 : n.cumulativeProbability(hi);
                            yield n.inverseCumulativeProbability(pl + p * (ph - pl));
                        }
                        default -> throw new IllegalStateException("distribution " + kind);
                    };
            return v;
        }

        @Override
        public List<Object> levels() {
            return null;
        }

        @Override
        public double numeric(Object value) {
            return ((Number) value).doubleValue();
        }
    }
}
