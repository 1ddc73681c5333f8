package issim.core.model;

/**
 * Family risk factors (DESIGN.md §2, "Family") and the outcomes each one bears on. A risk factor
 * lowers the set point of those outcomes and makes adverse life events more frequent.
 */
public enum RiskFactor {
    DOMESTIC_VIOLENCE(Outcome.STAY_SAFE, Outcome.BE_HEALTHY, Outcome.ENJOY_AND_ACHIEVE),
    SUBSTANCE_MISUSE(Outcome.STAY_SAFE, Outcome.BE_HEALTHY),
    MENTAL_ILL_HEALTH(Outcome.BE_HEALTHY, Outcome.ENJOY_AND_ACHIEVE),
    WORKLESSNESS(Outcome.ECONOMIC_WELL_BEING, Outcome.ENJOY_AND_ACHIEVE);

    private final int outcomeMask;

    RiskFactor(Outcome... touched) {
        int mask = 0;
        for (Outcome o : touched) {
            mask |= o.bit();
        }
        this.outcomeMask = mask;
    }

    /** The outcomes this risk factor bears on, as a bit mask over {@link Outcome#bit()}. */
    public int outcomeMask() {
        return outcomeMask;
    }

    public int bit() {
        return 1 << ordinal();
    }
}
