package issim.core.model;

import java.io.Serializable;

/**
 * One stage of a child's passage through children's social care (docs/ODD.md §7.15): who carries it
 * out, for whom, on whose referral, and how many working days it takes.
 */
public record AssessmentStage(
        int id,
        Kind kind,
        Child child,
        Practitioner worker,
        Practitioner referrer,
        double workingDays)
        implements Serializable {

    /** The stages of Working Together 2010 ch. 5 that take time. */
    public enum Kind {
        /** The initial assessment of an accepted referral (timescale: 7 working days). */
        INITIAL,
        /** A core assessment, alongside a section 47 enquiry (timescale: 35 working days). */
        CORE,
        /**
         * The initial child protection conference after a strategy discussion (timescale: 15
         * working days).
         */
        CONFERENCE
    }

    /** The stage's timescale in working days. */
    public double timescale() {
        return switch (kind) {
            case INITIAL -> 7;
            case CORE -> 35;
            case CONFERENCE -> 15;
        };
    }

    /** Whether the stage was done within its timescale. */
    public boolean inTime() {
        return workingDays <= timescale();
    }
}
