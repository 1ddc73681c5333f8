package issim.core.domain;

import java.util.Locale;

/**
 * A practitioner's stage of commitment to integrated working: from non-compliance through formal
 * compliance and enrolment to commitment (004 ch.5, after Senge: internal vs external commitment).
 */
public enum CommitmentStage {
    NON_COMPLIANCE,
    FORMAL_COMPLIANCE,
    ENROLMENT,
    COMMITMENT;

    public static final int COUNT = 4;
    private static final CommitmentStage[] ALL = values();

    public static CommitmentStage of(int ordinal) {
        return ALL[ordinal];
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
