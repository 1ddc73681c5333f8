package issim.core.process;

import issim.core.World;
import issim.core.engine.KeyedRandom;
import issim.core.model.Child;
import issim.core.model.Family;
import issim.core.model.Outcome;
import issim.core.model.RiskFactor;
import issim.core.params.NeedParameters;

/**
 * Need (DESIGN.md §2 process 2). Between events an outcome relaxes exponentially toward its set
 * point, so it is brought up to date only when something happens to the child; set points are
 * recomputed at each such moment and held until the next. Life events draw only from the keyed
 * life-event stream, so they are identical across scenarios run with one seed.
 */
public final class NeedDynamics {
    private static final double FLOOR = 0.02, CEILING = 0.98;

    private final World world;
    private final NeedParameters p;
    private final double baseDecay;
    private final double lastingDecay;
    private final double supportedDecay;
    // The last interval's decay factors: at a month end nearly every child was last brought up to
    // date at the previous month end, so one interval and three exponentials serve them all.
    private double cachedDt = Double.NaN;
    private double keepUnsupported, keepSupported, keepLasting;

    public NeedDynamics(World world) {
        this.world = world;
        this.p = world.params().need();
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
     * Recomputes the set points from the family, lasting shifts, running support and the drag of
     * need in the other outcomes (safety problems harm achievement: DESIGN.md §2 process 2).
     */
    public void recomputeSetPoints(Child c) {
        double total = totalSeverity(c);
        for (int k = 0; k < Outcome.COUNT; k++) {
            double others = total - severity(c, k);
            double sp =
                    baseSetPoint(c.family(), k)
                            + c.lastingShift(k)
                            + c.supportLift(k)
                            - p.crossOutcomeDrag() * others;
            c.setSetPoint(k, clamp(sp));
        }
    }

    private static double clamp(double v) {
        return Math.max(FLOOR, Math.min(CEILING, v));
    }

    /** How far outcome {@code k} sits below the well level (0 when at or above it). */
    public double severity(Child c, int k) {
        return Math.max(0, p.wellLevel() - c.outcome(k));
    }

    public double totalSeverity(Child c) {
        double s = 0;
        for (int k = 0; k < Outcome.COUNT; k++) {
            s += severity(c, k);
        }
        return s;
    }

    /** Severity in outcomes no running plan supports. */
    public double unmetSeverity(Child c, int k) {
        return c.supported(k) ? 0 : severity(c, k);
    }

    /** Level of need on the continuum: 1 universal, 2 additional, 3 complex, 4 acute. */
    public int level(Child c) {
        if (c.outcome(Outcome.STAY_SAFE.ordinal()) < p.acuteSafety()) {
            return 4;
        }
        double s = totalSeverity(c);
        if (s >= p.level3Severity()) {
            return 3;
        }
        return s >= p.level2Severity() ? 2 : 1;
    }

    /** Life events per day for a child of this family. */
    public double lifeEventRate(Family f) {
        double perYear =
                p.lifeEventRate()
                        * Math.pow(p.riskFactorRateMultiplier(), f.riskCount())
                        * Math.exp(0.15 * (f.quintile() - 3));
        return perYear / World.YEAR;
    }

    /** Schedules the child's next life event, from the child's own keyed stream. */
    public void scheduleNextLifeEvent(Child c, double from) {
        KeyedRandom r = world.streams().lifeEvents();
        double wait = r.exponential(c.id(), c.nextLifeEventDraw(), lifeEventRate(c.family()));
        world.scheduleLifeEvent(from + wait, c);
    }

    /**
     * An adverse life event: one outcome is knocked down. Which outcome is drawn with extra weight
     * on those the family's risk factors bear on; the size is exponential with the mean severity.
     */
    public void onLifeEvent(Child c) {
        double now = world.now();
        KeyedRandom r = world.streams().lifeEvents();
        advance(c, now);
        int outcome = pickOutcome(c.family().riskMask(), r.uniform(c.id(), c.nextLifeEventDraw()));
        double size = -Math.log1p(-r.uniform(c.id(), c.nextLifeEventDraw())) * p.eventSeverity();
        c.setOutcome(outcome, c.outcome(outcome) - size);
        recomputeSetPoints(c);
        world.counters().add(issim.core.observe.Tally.LIFE_EVENTS);
        for (var o : world.observers()) {
            o.onLifeEvent(world.day(now), c.id(), outcome, size);
        }
        world.noticing().changed(c);
        world.youthJustice().changed(c);
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
