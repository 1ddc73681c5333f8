package issim.core.domain;

/** The five Every Child Matters outcomes (000, "the five ECM outcomes"). */
public enum Outcome {
    BE_HEALTHY("be_healthy"),
    STAY_SAFE("stay_safe"),
    ENJOY_AND_ACHIEVE("enjoy_and_achieve"),
    POSITIVE_CONTRIBUTION("positive_contribution"),
    ECONOMIC_WELL_BEING("economic_well_being");

    public static final int COUNT = 5;
    private static final Outcome[] ALL = values();

    private final String key;

    Outcome(String key) {
        this.key = key;
    }

    /** The name used in outputs and scenario files. */
    public String key() {
        return key;
    }

    /** Bit of this outcome in an outcome mask. */
    public int bit() {
        return 1 << ordinal();
    }

    public static Outcome of(int ordinal) {
        return ALL[ordinal];
    }
}
