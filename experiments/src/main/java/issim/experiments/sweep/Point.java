package issim.experiments.sweep;

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
}
