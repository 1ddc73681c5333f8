package issim.core.process;

import issim.core.domain.AgencyKind;
import issim.core.domain.Ages;
import issim.core.domain.Outcome;
import issim.core.model.Child;
import issim.core.model.Plan;
import issim.core.observe.Tally;
import issim.core.params.CareParameters;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Children looked after (docs/ODD.md §7.16). A child comes into care by one of two routes: a review
 * conference finds a protection plan has run for {@code proceedingsAfterDays} and the child is
 * still at risk of significant harm, so the local authority applies for a care order (the child is
 * placed on an interim order at once, and the proceedings run for weeks to a final order); or an
 * initial conference finds the child cannot stay at home and the parents agree to accommodation
 * (section 20). A placement lifts the child's safety; the child stays a child in need, held by a
 * social worker, until leaving care — home, or at 18. Each week in a placement is costed at its
 * type's unit cost.
 */
public final class Care implements Serializable {
    private static final double WEEKS_PER_MONTH = 52.0 / 12;

    private final Context ctx;
    private final Costs costs;
    private final CareParameters p;
    private int fostered;
    private int residential;

    /** Care proceedings under way: the day each was applied for and the day it will conclude. */
    private final List<double[]> proceedings = new ArrayList<>();

    public Care(Context ctx, Costs costs) {
        this.ctx = ctx;
        this.costs = costs;
        this.p = ctx.params().care();
    }

    /** Whether a protection plan still needed at this review goes to care proceedings instead. */
    public boolean proceedings(Plan protection, double now) {
        return now - protection.start() >= p.proceedingsAfterDays();
    }

    /** Whether an initial conference finds the child cannot stay at home. */
    public boolean accommodation(Child c) {
        return c.outcome(Outcome.STAY_SAFE) < p.accommodationSafety();
    }

    /** The placement's lift: safety only. */
    public double[] lift() {
        double[] lift = new double[Outcome.COUNT];
        lift[Outcome.STAY_SAFE.ordinal()] = p.placementSafetyLift();
        return lift;
    }

    /** Days the child will stay looked after: until going home, or leaving care at 18. */
    public int stayDays(Child c) {
        double days =
                p.medianStayDays()
                        * Math.exp(p.staySpread() * ctx.streams().pathway().nextGaussian());
        double to18 = c.birthTime() + Ages.ADULT * Calendar.YEAR - ctx.now();
        return (int) Math.max(1, Math.round(Math.min(days, to18)));
    }

    /** A child starts to be looked after; {@code order} when on a care application. */
    public void entered(Child c, boolean order) {
        ctx.counters().add(Tally.LOOKED_AFTER_STARTED);
        if (order) {
            ctx.counters().add(Tally.CARE_APPLICATIONS);
            apply();
        }
        boolean home = ctx.streams().pathway().nextDouble() < p.residentialShare();
        c.enterCare(home);
        if (home) {
            residential++;
        } else {
            fostered++;
        }
    }

    /** A child ceases to be looked after (home, or left the locality or turned 18). */
    public void left(Child c) {
        ctx.counters().add(Tally.LOOKED_AFTER_CEASED);
        if (c.residentialPlacement()) {
            residential--;
        } else {
            fostered--;
        }
        c.leaveCare();
        ctx.population().careEnded(c);
    }

    /**
     * A child leaves care before 18: for a permanent new home (adoption, special guardianship),
     * where the risk at home no longer applies — the placement's safety stays for good — or home to
     * the parents. Either way the child stays in the locality, so every scenario keeps the same
     * children and life events (docs/ODD.md §4.9). True for a permanent home.
     */
    public boolean leaving(Child c) {
        double to18 = c.birthTime() + Ages.ADULT * Calendar.YEAR - ctx.now();
        if (c.present()
                && to18 > 31 // not leaving care at 18
                && ctx.streams().pathway().nextDouble() < p.permanenceShare()) {
            ctx.counters().add(Tally.PERMANENCE);
            c.settleInPermanentHome(p.placementSafetyLift());
            return true;
        }
        return false;
    }

    /**
     * A care application: the proceedings take the social worker's hours and run for a length drawn
     * around the era's median to their final order (the child meanwhile on an interim order).
     */
    private void apply() {
        double now = ctx.now();
        double days =
                p.proceedingsMedianWeeks()
                        * 7
                        * Math.exp(p.proceedingsSpread() * ctx.streams().pathway().nextGaussian());
        proceedings.add(new double[] {now, now + days});
        costs.hours(AgencyKind.SOCIAL_CARE, p.proceedingsHours());
    }

    /** Care proceedings under way now. */
    public int proceedingsUnderWay() {
        return proceedings.size();
    }

    /**
     * Month end: proceedings due by now conclude (counted, with their length), and a month of every
     * placement is booked apart from the agencies' salaries.
     */
    public void month() {
        double now = ctx.now();
        for (int i = proceedings.size() - 1; i >= 0; i--) {
            double[] q = proceedings.get(i);
            if (q[1] <= now) {
                ctx.counters().add(Tally.CARE_PROCEEDINGS_CONCLUDED);
                ctx.counters().add(Tally.CARE_PROCEEDINGS_DAYS, Math.round(q[1] - q[0]));
                proceedings.remove(i);
            }
        }
        ctx.counters()
                .spendOnPlacements(
                        WEEKS_PER_MONTH
                                * (fostered * p.fosterWeek() + residential * p.residentialWeek()));
    }
}
