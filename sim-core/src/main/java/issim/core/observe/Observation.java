package issim.core.observe;

/**
 * One measured value: a measure (e.g. "outcome.stay_safe"), a group within it ("all", a deprivation
 * quintile "q1".."q5", an agency, or an agency pair "school>social_care") and its value.
 */
public record Observation(String measure, String group, double value) {}
