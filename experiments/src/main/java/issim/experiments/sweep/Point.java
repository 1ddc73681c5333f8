package issim.experiments.sweep;

import java.util.Arrays;
import java.util.List;

/**
 * One point of a design: its index in the design's order, each factor's value (in the order of the
 * design's factors), and the unit-cube coordinates it was drawn at (for a points or grid design,
 * each value's position among the factor's levels).
 */
public record Point(int index, List<Object> values, double[] unit) {
    public Point {
        values = List.copyOf(values);
        unit = unit.clone();
    }

    @Override
    public double[] unit() {
        return unit.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Point p
                && p.index == index
                && p.values.equals(values)
                && Arrays.equals(p.unit, unit);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * index + values.hashCode()) + Arrays.hashCode(unit);
    }

    @Override
    public String toString() {
        return "Point[" + index + ", " + values + ", unit " + Arrays.toString(unit) + "]";
    }
}
