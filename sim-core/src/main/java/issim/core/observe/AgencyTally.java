package issim.core.observe;

/** Per-agency counts: referrals received and their fate. */
public enum AgencyTally {
    REFERRALS_MADE("referrals_made"),
    REFERRALS_ACCEPTED("referrals_accepted"),
    REFERRALS_REJECTED("referrals_rejected"),
    REFERRALS_LOST("referrals_lost");

    public static final int COUNT = values().length;
    private final String key;

    AgencyTally(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
