package issim.core.observe;

/** Per-agency counts: referrals received and their fate. */
public enum AgencyTally {
    REFERRALS_MADE(Measure.REFERRALS_MADE),
    REFERRALS_ACCEPTED(Measure.REFERRALS_ACCEPTED),
    REFERRALS_REJECTED(Measure.REFERRALS_REJECTED),
    REFERRALS_LOST(Measure.REFERRALS_LOST);

    public static final int COUNT = values().length;
    private final Measure measure;

    AgencyTally(Measure measure) {
        this.measure = measure;
    }

    public Measure measure() {
        return measure;
    }
}
