package issim.core.domain;

/**
 * Family risk factors (docs/ODD.md §2.2) and the outcomes each one bears on. A risk factor lowers
 * the set point of those outcomes and makes adverse life events more frequent.
 */
public enum RiskFactor {
    DOMESTIC_VIOLENCE(Outcome.STAY_SAFE, Outcome.BE_HEALTHY, Outcome.ENJOY_AND_ACHIEVE),
    SUBSTANCE_MISUSE(Outcome.STAY_SAFE, Outcome.BE_HEALTHY),
    MENTAL_ILL_HEALTH(Outcome.BE_HEALTHY, Outcome.ENJOY_AND_ACHIEVE),
    WORKLESSNESS(Outcome.ECONOMIC_WELL_BEING, Outcome.ENJOY_AND_ACHIEVE);

    private static final RiskFactor[] ALL = values();

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

    /**
     * How many of the risk factors in {@code riskMask} bear on {@code outcome}; with no copy of
     * {@code values()}, since set points are recomputed at every event.
     */
    public static int countBearingOn(int riskMask, int outcome) {
        int n = 0;
        for (RiskFactor r : ALL) {
            if ((riskMask & r.bit()) != 0 && (r.outcomeMask & (1 << outcome)) != 0) {
                n++;
            }
        }
        return n;
    }

    /** The union of the outcomes the risk factors in {@code riskMask} bear on. */
    public static int outcomesTouched(int riskMask) {
        int touched = 0;
        for (RiskFactor r : ALL) {
            if ((riskMask & r.bit()) != 0) {
                touched |= r.outcomeMask;
            }
        }
        return touched;
    }

    public int bit() {
        return 1 << ordinal();
    }
}
