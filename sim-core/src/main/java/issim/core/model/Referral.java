package issim.core.model;

import issim.core.domain.AgencyKind;
import java.io.Serializable;

/** A referral of a child from a practitioner to another agency, and where it ended up. */
public final class Referral implements Serializable {
    /** What became of a referral. */
    public enum Fate {
        ACCEPTED,
        REJECTED,
        WAITING,
        LOST
    }

    private final int id;
    private final Child child;
    private final Practitioner from;
    private final AgencyKind to;
    private final double made;
    private Practitioner receiver;
    private Fate fate;

    public Referral(int id, Child child, Practitioner from, AgencyKind to, double made) {
        this.id = id;
        this.child = child;
        this.from = from;
        this.to = to;
        this.made = made;
    }

    public int id() {
        return id;
    }

    public Child child() {
        return child;
    }

    public Practitioner from() {
        return from;
    }

    public AgencyKind to() {
        return to;
    }

    public double made() {
        return made;
    }

    /** The practitioner the referral reached, or null if it reached nobody. */
    public Practitioner receiver() {
        return receiver;
    }

    public void setReceiver(Practitioner receiver) {
        this.receiver = receiver;
    }

    public Fate fate() {
        return fate;
    }

    public void setFate(Fate fate) {
        this.fate = fate;
    }
}
