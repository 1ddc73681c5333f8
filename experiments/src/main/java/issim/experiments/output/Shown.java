package issim.experiments.output;

import issim.core.observe.Measure;

/**
 * A measure in one of its groups as a table row or a figure panel shows it. The label is the
 * catalogue's, qualified by the group and, where the label does not already say it, by the unit, so
 * that naming a measure stays in {@link Measure}.
 */
record Shown(Measure measure, String group, String label) {
    /** The group of a measure taken over everyone. */
    static final String ALL = "all";

    /** {@code m} over everyone, under its catalogue label. */
    static Shown of(Measure m) {
        return new Shown(m, ALL, m.label());
    }

    /** This measure in {@code group}, which {@code qualifier} names for a reader. */
    Shown in(String group, String qualifier) {
        return new Shown(measure, group, label + ", " + qualifier);
    }

    /** The label followed by the unit in parentheses. */
    Shown withUnit() {
        return new Shown(measure, group, label + " (" + measure.unit() + ")");
    }
}
