package issim.experiments.sweep;

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

    /** The factor's value as a number for plots and indices (a choice's position in its list). */
    double numeric(Object value);

    /**
     * An interval from {@code min} to {@code max}, uniform; a whole-number parameter takes whole
     * numbers, each equally likely. A grid takes {@code levels} evenly spaced values (0 if unset).
     */
    record Range(String path, double min, double max, boolean whole, int gridLevels)
            implements Factor {
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
            for (int i = 0; i < gridLevels; i++) {
                double v = min + (max - min) * i / (gridLevels - 1);
                out.add(whole ? (Object) Math.round(v) : (Object) v);
            }
            return out;
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
