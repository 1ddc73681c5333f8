package issim.core.observe;

import java.io.Serializable;

/**
 * One measured value: a measure's key (see {@link Measure}, e.g. "outcome.stay_safe"), a group
 * within it ("all", a deprivation quintile "q1".."q5", an agency, or an agency pair
 * "school>social_care") and its value.
 */
public record Observation(String measure, String group, double value) implements Serializable {
    public Observation(Measure measure, String group, double value) {
        this(measure.key(), group, value);
    }
}
