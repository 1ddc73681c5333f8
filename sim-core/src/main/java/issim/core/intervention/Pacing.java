package issim.core.intervention;

import issim.core.domain.InterventionKind;
import issim.core.engine.Phase;
import issim.core.process.Context;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The pacing of change (004 ch.5): the scenario's interventions start at day 0, one after another
 * {@code staggerDays} apart (all at once when it is 0), in a fixed order. While in force each books
 * its monthly running cost and makes its monthly effect. An intervention can also be started out of
 * its turn, added while the run goes on, or withdrawn (a trainer's switch, a test).
 */
public final class Pacing implements Serializable {
    private final Context ctx;
    private final List<Intervention> planned;

    /** The planned interventions, then those added while the run goes on, in that order. */
    private final List<Intervention> all;

    private final int staggerDays;
    private final List<Intervention> started = new ArrayList<>();

    /** Withdrawn, or superseded before their start: their scheduled start does nothing. */
    private final List<Intervention> ended = new ArrayList<>();

    /** {@code planned}: the enabled interventions, in the order they start. */
    public Pacing(Context ctx, List<Intervention> planned, int staggerDays) {
        this.ctx = ctx;
        this.planned = List.copyOf(planned);
        this.all = new ArrayList<>(planned);
        this.staggerDays = staggerDays;
    }

    /**
     * Schedules each start, the first at schedule time {@code day0}. Scheduled from the end of the
     * warm-up, when MASON's clock already reads day 0, the first start falls just after the other
     * steps of day 0 (MASON moves a step for the current time to the next representable time): so
     * after the day-0 reading that months are counted from, and its one-off costs count in month 1.
     */
    public void schedule(double day0) {
        for (int i = 0; i < planned.size(); i++) {
            Intervention iv = planned.get(i);
            ctx.steps().once(day0 + (double) i * staggerDays, Phase.INTERVENTIONS, () -> start(iv));
        }
    }

    /**
     * Starts the planned intervention of {@code kind} now, out of its turn (a trainer's toggle, a
     * test); its scheduled start then finds it in force and does nothing.
     */
    public void startNow(InterventionKind kind) {
        for (Intervention iv : planned) {
            if (iv.kind() == kind) {
                start(iv);
                return;
            }
        }
        throw new IllegalArgumentException(kind + " is not in the scenario");
    }

    /**
     * Starts {@code iv}, which the scenario did not plan, now (a trainer's switch); from then on it
     * is in force like the planned ones, after them in order. A planned intervention of its kind
     * that has not started yet never will.
     */
    public void add(Intervention iv) {
        if (inForce(iv.kind()) != null) {
            throw new IllegalStateException(iv.kind() + " is already in force");
        }
        Intervention due = pending(iv.kind());
        if (due != null) {
            ended.add(due);
        }
        all.add(iv);
        start(iv);
    }

    /**
     * Withdraws the intervention of {@code kind} in force, now (see {@link Intervention#withdraw}):
     * it is no longer in force, books no more running cost and makes no more monthly effect. A
     * planned one that has not started yet is called off instead: it never starts.
     */
    public void withdraw(InterventionKind kind) {
        Intervention due = pending(kind);
        if (due != null) {
            ended.add(due);
            return;
        }
        Intervention iv = inForce(kind);
        if (iv == null) {
            throw new IllegalStateException(kind + " is not in force");
        }
        if (!iv.withdrawable()) {
            throw new UnsupportedOperationException(kind + " cannot be withdrawn");
        }
        iv.withdraw(ctx.now());
        started.remove(iv);
        ended.add(iv);
        ctx.interventions().end(kind);
    }

    private void start(Intervention iv) {
        if (started.contains(iv) || ended.contains(iv)) {
            return;
        }
        ctx.interventions().start(iv.kind(), ctx.now());
        started.add(iv);
        iv.start();
    }

    /** Books the month's running costs of the interventions in force, in their fixed order. */
    public void bookMonthlyCosts() {
        for (Intervention iv : inForce()) {
            iv.bookMonthlyCost();
        }
    }

    /** The month's effects of the interventions in force. */
    public void month() {
        for (Intervention iv : inForce()) {
            iv.month();
        }
    }

    /**
     * Interventions in force, in the planned order (whatever order they started in), then those
     * added, in the order they were.
     */
    public List<Intervention> inForce() {
        List<Intervention> out = new ArrayList<>(started.size());
        for (Intervention iv : all) {
            if (started.contains(iv)) {
                out.add(iv);
            }
        }
        return out;
    }

    /** The intervention of {@code kind} in force, or null. */
    public Intervention inForce(InterventionKind kind) {
        for (Intervention iv : started) {
            if (iv.kind() == kind) {
                return iv;
            }
        }
        return null;
    }

    /** The planned intervention of {@code kind} that is still to start, or null. */
    public Intervention pending(InterventionKind kind) {
        for (Intervention iv : planned) {
            if (iv.kind() == kind && !started.contains(iv) && !ended.contains(iv)) {
                return iv;
            }
        }
        return null;
    }

    /** The interventions planned, in order. */
    public List<Intervention> planned() {
        return planned;
    }
}
