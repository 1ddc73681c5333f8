package issim.core.model;

import issim.core.domain.AgencyKind;
import issim.core.domain.PlanKind;
import java.io.Serializable;

/** A running piece of help: who gives it, which outcomes it lifts, and for how long. */
public final class Plan implements Serializable {
    private final int id;
    private final PlanKind kind;
    private final Child child;
    private final Practitioner[] practitioners;
    private final double[] lift;
    private final double start;
    private final double startSeverity;
    private double end;
    private AgencyKind pooledBy;
    private boolean droppedOut;
    private boolean open = true;

    public Plan(
            int id,
            PlanKind kind,
            Child child,
            Practitioner[] practitioners,
            double[] lift,
            double start,
            double end,
            double startSeverity) {
        this.startSeverity = startSeverity;
        this.id = id;
        this.kind = kind;
        this.child = child;
        this.practitioners = practitioners;
        this.lift = lift;
        this.start = start;
        this.end = end;
    }

    public int id() {
        return id;
    }

    public PlanKind kind() {
        return kind;
    }

    public Child child() {
        return child;
    }

    /** The practitioners holding the plan; the first is the lead. */
    public Practitioner[] practitioners() {
        return practitioners;
    }

    public Practitioner lead() {
        return practitioners[0];
    }

    /** Set-point lift per outcome ordinal while the plan runs. */
    public double lift(int outcomeOrdinal) {
        return lift[outcomeOrdinal];
    }

    public double start() {
        return start;
    }

    /** The child's total severity when the plan began. */
    public double startSeverity() {
        return startSeverity;
    }

    /** Whether the place was bought from a pooled budget beyond an agency's own capacity. */
    public boolean pooled() {
        return pooledBy != null;
    }

    /** The agency whose capacity the pooled place extends, or null. */
    public AgencyKind pooledBy() {
        return pooledBy;
    }

    public void fundFromPool(AgencyKind agency) {
        pooledBy = agency;
    }

    public double end() {
        return end;
    }

    public boolean integrated() {
        return kind == PlanKind.INTEGRATED || kind == PlanKind.FAMILY_SUPPORT;
    }

    public boolean droppedOut() {
        return droppedOut;
    }

    /** The family leaves the plan early, at {@code day}. */
    public void dropOut(double day) {
        droppedOut = true;
        end = day;
    }

    /** A review conference keeps the plan going until {@code day}. */
    public void continueTo(double day) {
        end = day;
    }

    public boolean open() {
        return open;
    }

    public void close() {
        open = false;
    }
}
