package issim.experiments.run;

/**
 * Run settings stated once for every scenario of a plan, in place of the scenarios' own {@code
 * run:} settings. A null component is not stated: the scenarios' own setting applies.
 */
public record Overrides(Integer horizonDays, Long seed, Integer replications) {
    /** Nothing stated. */
    public static Overrides none() {
        return new Overrides(null, null, null);
    }
}
