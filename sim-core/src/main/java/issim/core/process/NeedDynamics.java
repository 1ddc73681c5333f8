package issim.core.process;

import issim.core.domain.Outcome;
import issim.core.domain.RiskFactor;
import issim.core.engine.EventType;
import issim.core.engine.KeyedStream;
import issim.core.model.Child;
import issim.core.model.Family;
import issim.core.model.NeedLevels;
import issim.core.observe.Observer;
import issim.core.observe.ObserverList;
import issim.core.observe.Tally;
import issim.core.params.NeedParameters;
import java.io.Serializable;

/**
 * Need (docs/ODD.md §7.2). Between events an outcome relaxes exponentially toward its set point, so
 * it is brought up to date only when something happens to the child; set points are recomputed at
 * each such moment and held until the next. Life events draw only from the keyed life-event stream,
 * so they are identical across scenarios run with one seed.
 */
public final class NeedDynamics implements Serializable {
    private static final double FLOOR = 0.02, CEILING = 0.98;

    /** Life events rise by this factor in log terms per deprivation quintile (assumption). */
    private static final double DEPRIVATION_RATE_GRADIENT = 0.15;

    private static final int SAFE = Outcome.STAY_SAFE.ordinal();

    private final Context ctx;
    private final NeedParameters p;
    private final NeedLevels levels;
    private final ObserverList observers;
    private final ChildChanges changes;
    private final KeyedStream random;
    private final double baseDecay;
    private final double lastingDecay;
    private final double supportedDecay;
    // The last interval's decay factors: at a month end nearly every child was last brought up to
    // date at the previous month end, so one interval and three exponentials serve them all.
    private double cachedDt = Double.NaN;
    private double keepUnsupported, keepSupported, keepLasting;

    public NeedDynamics(
            Context ctx, NeedLevels levels, ObserverList observers, ChildChanges changes) {
        this.ctx = ctx;
        this.p = ctx.params().need();
        this.levels = levels;
        this.observers = observers;
        this.changes = changes;
        this.random = ctx.streams().lifeEvents();
        this.baseDecay = Math.log(2) / p.recoveryHalfLife();
        this.lastingDecay = Math.log(2) / p.lastingHalfLife();
        this.supportedDecay = baseDecay * p.supportedRecoverySpeedUp();
    }

    /** The set point a child's outcomes start at and recover toward with no support and no need. */
    public double baseSetPoint(Family f, int outcome) {
        double sp = p.setPoint() - p.deprivationSetPointStep() * (f.quintile() - 1);
        for (int n = RiskFactor.countBearingOn(f.riskMask(), outcome); n > 0; n--) {
            sp -= p.riskFactorPenalty();
        }
        return sp;
    }

    /** Sets a new child's outcomes to their set points. */
    public void initialise(Child c, double time) {
        c.setUpdatedDay(time);
        for (int k = 0; k < Outcome.COUNT; k++) {
            c.setOutcome(k, clamp(baseSetPoint(c.family(), k)));
        }
        recomputeSetPoints(c);
    }

    /** Brings a child's outcomes up to {@code time}. */
    public void advance(Child c, double time) {
        double dt = time - c.updatedDay();
        if (dt <= 0) {
            return;
        }
        if (dt != cachedDt) {
            cachedDt = dt;
            keepUnsupported = Math.exp(-baseDecay * dt);
            keepSupported = Math.exp(-supportedDecay * dt);
            keepLasting = Math.exp(-lastingDecay * dt);
        }
        for (int k = 0; k < Outcome.COUNT; k++) {
            double sp = c.setPoint(k);
            c.setOutcome(
                    k,
                    sp + (c.outcome(k) - sp) * (c.supported(k) ? keepSupported : keepUnsupported));
        }
        c.fadeLasting(keepLasting);
        c.setUpdatedDay(time);
    }

    /**
     * Recomputes the set points from the family, lasting shifts, running support, a permanent new
     * home's safety (docs/ODD.md §7.16) and the drag of need in the other outcomes (safety problems
     * harm achievement: §7.2).
     */
    public void recomputeSetPoints(Child c) {
        double total = levels.totalSeverity(c);
        for (int k = 0; k < Outcome.COUNT; k++) {
            double others = total - levels.severity(c, k);
            double sp =
                    baseSetPoint(c.family(), k)
                            + c.lastingShift(k)
                            + c.supportLift(k)
                            + (k == SAFE ? c.permanentHomeSafety() : 0)
                            - p.crossOutcomeDrag() * others;
            c.setSetPoint(k, clamp(sp));
        }
    }

    private static double clamp(double v) {
        return Math.max(FLOOR, Math.min(CEILING, v));
    }

    /** Life events per day for a child of this family. */
    public double lifeEventRate(Family f) {
        double perYear =
                p.lifeEventRate()
                        * Math.pow(p.riskFactorRateMultiplier(), f.riskCount())
                        * Math.exp(DEPRIVATION_RATE_GRADIENT * (f.quintile() - 3));
        return perYear / Calendar.YEAR;
    }

    /** Schedules the child's next life event, from the child's own keyed stream. */
    public void scheduleNextLifeEvent(Child c, double from) {
        double wait = random.nextExponential(c.id(), lifeEventRate(c.family()));
        ctx.events().schedule(EventType.LIFE_EVENT, from + wait, c.id());
    }

    /**
     * The family's circumstances changed, and with them the rate of the child's life events: the
     * pending one is dropped and the next drawn at the new rate (memoryless, so this is exact).
     */
    public void redrawLifeEvent(Child c, double now) {
        ctx.events().supersede(EventType.LIFE_EVENT, c.id());
        scheduleNextLifeEvent(c, now);
    }

    /**
     * An adverse life event: one outcome is knocked down. Which outcome is drawn with extra weight
     * on those the family's risk factors bear on; the size is exponential with the mean severity.
     */
    public void onLifeEvent(Child c) {
        double now = ctx.now();
        advance(c, now);
        int outcome = pickOutcome(c.family().riskMask(), random.next(c.id()));
        double size = -Math.log1p(-random.next(c.id())) * p.eventSeverity();
        c.setOutcome(outcome, c.outcome(outcome) - size);
        recomputeSetPoints(c);
        ctx.counters().add(Tally.LIFE_EVENTS);
        double day = now - ctx.params().warmupDays();
        for (Observer o : observers.all()) {
            o.onLifeEvent(day, c.id(), outcome, size);
        }
        changes.changed(c);
        scheduleNextLifeEvent(c, now);
    }

    /** Half of events fall on any outcome, half on the outcomes the family's risk factors touch. */
    static int pickOutcome(int riskMask, double u) {
        int touched = RiskFactor.outcomesTouched(riskMask);
        if (touched == 0 || u < 0.5) {
            double v = touched == 0 ? u : u * 2;
            return Math.min(Outcome.COUNT - 1, (int) (v * Outcome.COUNT));
        }
        int n = Integer.bitCount(touched);
        int pick = Math.min(n - 1, (int) ((u - 0.5) * 2 * n));
        for (int k = 0; k < Outcome.COUNT; k++) {
            if ((touched & (1 << k)) != 0 && pick-- == 0) {
                return k;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
