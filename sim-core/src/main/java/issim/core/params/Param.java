package issim.core.params;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents one model parameter: what it means, its unit, its allowed range and where its default
 * comes from. The same annotation drives validation ({@link ParameterCheck}), the scenario
 * reference and the ODD parameter table, so the three cannot drift apart.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({
    ElementType.RECORD_COMPONENT,
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER
})
public @interface Param {
    /** What the parameter means, in a planner's words. */
    String value();

    String unit() default "";

    double min() default Double.NEGATIVE_INFINITY;

    double max() default Double.POSITIVE_INFINITY;

    /** The seed report (by file name and section) or published statistic the default rests on. */
    String source() default "assumption";
}
