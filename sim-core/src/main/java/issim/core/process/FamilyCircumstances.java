package issim.core.process;

import issim.core.domain.RiskFactor;
import issim.core.engine.EventType;
import issim.core.engine.KeyedStream;
import issim.core.model.Child;
import issim.core.model.Family;
import issim.core.observe.Tally;
import issim.core.params.CircumstancesParameters;
import issim.core.params.PopulationParameters;
import java.io.Serializable;

/**
 * Families whose circumstances change (docs/ODD.md §7.18). A share of the problems a family has
 * when it forms are lasting; every other parental risk factor is a two-state process: a spell ends
 * at rate {@code 1 / years} and, absent, starts at the rate that keeps the share of families with
 * it at its prevalence for the family's quintile — so a locality formed at those shares stays at
 * them and the baseline stays stationary. While a plan works with the whole family, spells end
 * faster (Think Family: the family-based response of report 002 §4). A change brings the family's
 * children up to date: their set points and the rate of their life events follow the family's new
 * circumstances at once. Draws come from the family's own keyed stream, so every scenario run with
 * one seed sees the same changes except where family work differs.
 */
public final class FamilyCircumstances implements Serializable {
    private static final RiskFactor[] FACTORS = RiskFactor.values();

    private final Context ctx;
    private final NeedDynamics need;
    private final ChildChanges changes;
    private final CircumstancesParameters p;
    private final KeyedStream random;

    /** Prevalence of each risk factor by quintile (index quintile − 1, factor ordinal). */
    private final double[][] prevalence = new double[5][FACTORS.length];

    /**
     * The share the changing (not lasting) spells keep among families without a lasting spell: with
     * lasting share s of a prevalence p, {@code p(1 − s) / (1 − ps)}, so that lasting and changing
     * spells together stay at p.
     */
    private final double[][] changingShare = new double[5][FACTORS.length];

    public FamilyCircumstances(Context ctx, NeedDynamics need, ChildChanges changes) {
        this.ctx = ctx;
        this.need = need;
        this.changes = changes;
        this.p = ctx.params().circumstances();
        this.random = ctx.streams().circumstances();
        PopulationParameters pop = ctx.params().population();
        double[] middle = {
            pop.domesticViolence(), pop.substanceMisuse(), pop.mentalIllHealth(), pop.worklessness()
        };
        for (int q = 1; q <= 5; q++) {
            double gradient = Math.exp(pop.deprivationGradient() * (q - 3));
            for (RiskFactor r : FACTORS) {
                double share = Math.min(0.95, middle[r.ordinal()] * gradient);
                prevalence[q - 1][r.ordinal()] = share;
                double lasting = p.lasting(r.ordinal());
                changingShare[q - 1][r.ordinal()] = share * (1 - lasting) / (1 - share * lasting);
            }
        }
    }

    /**
     * The share of families in {@code quintile} with {@code factor}: the chance a new family has
     * it, and the share the rates below keep over time.
     */
    public double prevalence(int quintile, RiskFactor factor) {
        return prevalence[quintile - 1][factor.ordinal()];
    }

    /**
     * A new family: which of its problems are lasting is drawn, and its first change scheduled
     * (nothing, if circumstances are fixed).
     */
    public void formed(Family f, double now) {
        if (!p.change()) {
            return;
        }
        for (RiskFactor r : FACTORS) {
            if (f.has(r) && random.next(f.id()) < p.lasting(r.ordinal())) {
                f.makeLasting(r);
            }
        }
        scheduleNext(f, now);
    }

    /**
     * Per-year rate at which {@code factor} starts (if absent) or ends (if present) in {@code f}.
     */
    double rate(Family f, RiskFactor factor) {
        int r = factor.ordinal();
        if (f.lasting(factor)) {
            return 0;
        }
        double ending = 1 / p.years(r);
        if (f.has(factor)) {
            return f.inFamilyWork() ? ending * p.familyWork(r) : ending;
        }
        // Stationary two-state process: share present = starting / (starting + ending).
        double share = changingShare[f.quintile() - 1][r];
        return ending * share / (1 - share);
    }

    private void scheduleNext(Family f, double now) {
        double total = 0;
        for (RiskFactor r : FACTORS) {
            total += rate(f, r);
        }
        if (total <= 0) {
            return; // every problem it has is lasting and none can start
        }
        double wait = random.nextExponential(f.id(), total / Calendar.YEAR);
        ctx.events().schedule(EventType.FAMILY_CHANGE, now + wait, f.id());
    }

    /** The family's next change: one risk factor, chosen in proportion to its rate, flips. */
    public void onChange(Family f) {
        if (!f.resident()) {
            return; // its children have all grown up: it is never met again
        }
        double now = ctx.now();
        double total = 0;
        for (RiskFactor r : FACTORS) {
            total += rate(f, r);
        }
        double u = random.next(f.id()) * total;
        RiskFactor flipped = FACTORS[FACTORS.length - 1];
        for (RiskFactor r : FACTORS) {
            u -= rate(f, r);
            if (u < 0) {
                flipped = r;
                break;
            }
        }
        flip(f, flipped, now);
        scheduleNext(f, now);
    }

    /**
     * {@code factor} starts in {@code f} if absent, or ends if present: the family's children are
     * brought up to date, then their set points and life-event rates follow the new circumstances.
     */
    public void flip(Family f, RiskFactor factor, double now) {
        boolean starts = !f.has(factor);
        for (Child c : f.children()) {
            if (c.present()) {
                need.advance(c, now);
            }
        }
        f.setRisk(factor, starts);
        if (starts) {
            ctx.counters().add(Tally.PARENTAL_PROBLEMS_STARTED);
        } else {
            ctx.counters().add(Tally.PARENTAL_PROBLEMS_ENDED);
            if (f.inFamilyWork()) {
                ctx.counters().add(Tally.PARENTAL_PROBLEMS_ENDED_IN_FAMILY_WORK);
            }
        }
        for (Child c : f.children()) {
            if (c.present()) {
                need.recomputeSetPoints(c);
                need.redrawLifeEvent(c, now);
                changes.changed(c);
            }
        }
    }

    /** Family work starts or ends: the family's rates change, so its next change is redrawn. */
    public void familyWorkChanged(Family f) {
        if (p.change() && f.resident() && familyWorkReaches(f)) {
            ctx.events().supersede(EventType.FAMILY_CHANGE, f.id());
            scheduleNext(f, ctx.now());
        }
    }

    /**
     * Whether family work changes any of the family's rates: only then is its next change redrawn,
     * so that families it cannot reach keep the same changes in every scenario.
     */
    private boolean familyWorkReaches(Family f) {
        for (RiskFactor r : FACTORS) {
            if (f.has(r) && !f.lasting(r) && p.familyWork(r.ordinal()) != 1) {
                return true;
            }
        }
        return false;
    }
}
