package issim.core.process;

import issim.core.domain.AgencyKind;
import issim.core.domain.Outcome;
import issim.core.domain.RiskFactor;
import issim.core.engine.EventType;
import issim.core.model.Child;
import issim.core.model.Locality;
import issim.core.model.NeedLevels;
import issim.core.model.Practitioner;
import issim.core.observe.Tally;
import issim.core.params.AgencyParameters;
import java.io.Serializable;
import java.util.Arrays;

/**
 * Contact and noticing (docs/ODD.md §7.3). Each agency meets a child in its own pattern and sees
 * only the fragment of the child's unmet need inside its remit, read with noise; a concern arises
 * at a rate that rises as that fragment passes the agency's threshold. The silo effect lives here:
 * no agency sees the whole child.
 *
 * <p>Rates are held for up to {@value #CHECK_INTERVAL} days and recomputed at every check and after
 * anything happens to the child. A child with no unmet need has no pending check and costs nothing.
 */
public final class Noticing implements ChildChanges.Listener, Serializable {
    static final double CHECK_INTERVAL = 30;

    /** Schools meet pupils on 190 of 365 days (the statutory school year in England). */
    private static final double TERM_SHARE = 190.0 / 365;

    private final Context ctx;
    private final NeedDynamics need;
    private final NeedLevels levels;
    private final Handlers handlers;
    private final Safeguarding safeguarding;
    private final ConcernResponse response;
    private final AgencyParameters[] agencies = new AgencyParameters[AgencyKind.COUNT];
    private final double[][] remit = new double[AgencyKind.COUNT][];
    private final double[] rates = new double[AgencyKind.COUNT];
    private final double[][] schoolViews;
    private int viewsVersion;
    private final double noise;

    public Noticing(
            Context ctx,
            NeedDynamics need,
            NeedLevels levels,
            Handlers handlers,
            Safeguarding safeguarding,
            ConcernResponse response) {
        this.ctx = ctx;
        this.need = need;
        this.levels = levels;
        this.handlers = handlers;
        this.safeguarding = safeguarding;
        this.response = response;
        this.schoolViews = new double[ctx.locality().sites().size()][];
        this.viewsVersion = ctx.locality().colocationVersion();
        for (AgencyKind a : AgencyKind.values()) {
            agencies[a.ordinal()] = ctx.params().agencies().of(a);
            remit[a.ordinal()] = agencies[a.ordinal()].remit().toArray();
        }
        this.noise = ctx.params().sharing().concernNoise();
    }

    /** Looks at a newly arrived child for the first time, at {@code time}. */
    public void firstCheck(Child c, double time) {
        ctx.events().schedule(EventType.CHECK, time, c.id());
    }

    /** Something changed for the child: forget pending checks and look again now. */
    @Override
    public void changed(Child c) {
        ctx.events().supersede(EventType.CHECK, c.id());
        ctx.events().schedule(EventType.CHECK, ctx.now(), c.id());
    }

    public void onCheck(Child c) {
        double now = ctx.now();
        need.advance(c, now);
        need.recomputeSetPoints(c);
        trackOnset(c, now);
        if (c.openPlans() == 0 && levels.totalSeverity(c) == 0) {
            c.forget(); // nothing open and nothing wrong: what agencies held goes stale
        }
        double total = computeRates(c) + harmRate(c);
        if (total <= 0) {
            return;
        }
        double wait = -Math.log1p(-ctx.streams().services().nextDouble()) / total;
        if (wait < CHECK_INTERVAL) {
            ctx.events().schedule(EventType.CONCERN, now + wait, c.id());
        } else {
            ctx.events().schedule(EventType.CHECK, now + CHECK_INTERVAL, c.id());
        }
    }

    /** Unmet need began when a child reached level 2 with no plan; it ends when help starts. */
    private void trackOnset(Child c, double now) {
        boolean unmet = c.openPlans() == 0 && levels.level(c) >= 2;
        if (unmet && Double.isNaN(c.needOnset())) {
            c.setNeedOnset(now);
        } else if (!unmet && c.openPlans() == 0) {
            c.setNeedOnset(Double.NaN);
        }
    }

    public void onConcern(Child c) {
        double now = ctx.now();
        need.advance(c, now);
        double notice = computeRates(c);
        double harm = harmRate(c);
        double u = ctx.streams().services().nextDouble() * (notice + harm);
        if (u < harm) {
            safeguarding.significantHarm(c);
        } else if (notice > 0) {
            u -= harm;
            int a = 0;
            while (a < AgencyKind.COUNT - 1 && (u -= rates[a]) >= 0) {
                a++;
            }
            while (rates[a] == 0) {
                a--; // floating-point slack at the top end
            }
            Practitioner p = handlers.of(c, AgencyKind.of(a));
            if (p != null) {
                ctx.counters().add(Tally.CONCERNS);
                response.respond(c, p);
            }
        }
        ctx.events().supersede(EventType.CHECK, c.id());
        ctx.events().schedule(EventType.CHECK, now + CHECK_INTERVAL, c.id());
    }

    /** Daily hazard of significant harm: acute stay-safe need with no protection plan. */
    double harmRate(Child c) {
        boolean acute = c.outcome(Outcome.STAY_SAFE) < ctx.params().need().acuteSafety();
        return acute && !c.protectionPlan() && !c.lookedAfter()
                ? ctx.params().culture().harmHazard()
                : 0;
    }

    /**
     * Fills {@link #rates} with each agency's daily rate of raising a concern; returns their sum.
     */
    double computeRates(Child c) {
        double total = 0;
        for (int a = 0; a < AgencyKind.COUNT; a++) {
            rates[a] = 0;
            AgencyParameters ap = agencies[a];
            if (ap.noticeRate() == 0
                    || c.age() < ap.minAge()
                    || c.age() > ap.maxAge()
                    || !meets(c, AgencyKind.of(a), ap)) {
                continue;
            }
            double[] sees = a == AgencyKind.SCHOOL.ordinal() ? schoolView(c) : remit[a];
            double visible = 0;
            for (int k = 0; k < Outcome.COUNT; k++) {
                visible += sees[k] * levels.unmetSeverity(c, k);
            }
            if (visible <= 0) {
                continue;
            }
            double rate = ap.noticeRate() * probit((visible - ap.concernThreshold()) / noise);
            if (a == AgencyKind.SCHOOL.ordinal()) {
                rate *= TERM_SHARE;
            }
            rates[a] = rate;
            total += rate;
        }
        return total;
    }

    /**
     * What a school sees of a pupil. Where practitioners of other agencies are based in the school,
     * staff talk to them daily, so the school sees with their eyes too (000 case study 3: shared
     * intelligence on families): the remit widens to the best of the team's.
     */
    private double[] schoolView(Child c) {
        double[] own = remit[AgencyKind.SCHOOL.ordinal()];
        if (c.school() == null) {
            return own;
        }
        // Who is based where changes only when an intervention starts, so each school's view is
        // worked out once per change of the locality's co-location, not at every check.
        Locality locality = ctx.locality();
        if (viewsVersion != locality.colocationVersion()) {
            viewsVersion = locality.colocationVersion();
            Arrays.fill(schoolViews, null);
        }
        int site = c.school().id();
        double[] view = schoolViews[site];
        if (view == null) {
            view = own;
            for (int a = 0; a < AgencyKind.COUNT; a++) {
                Practitioner based =
                        a == AgencyKind.SCHOOL.ordinal()
                                ? null
                                : handlers.colocatedAt(c.school(), AgencyKind.of(a));
                if (based != null) {
                    if (view == own) {
                        view = own.clone();
                    }
                    // Seen through a colleague in school only on the days they are there.
                    double presence = based.daysAt(c.school()) / 5;
                    for (int k = 0; k < Outcome.COUNT; k++) {
                        view[k] = Math.max(view[k], remit[a][k] * presence);
                    }
                }
            }
            schoolViews[site] = view;
        }
        return view;
    }

    /**
     * Whether the agency meets the child routinely: its share of children, police only on
     * call-outs.
     */
    private boolean meets(Child c, AgencyKind kind, AgencyParameters ap) {
        if (kind == AgencyKind.POLICE) {
            return c.family().has(RiskFactor.DOMESTIC_VIOLENCE);
        }
        if (kind == AgencyKind.SCHOOL) {
            return c.school() != null;
        }
        return ap.contactShare() >= 1
                || ctx.streams().attendance(c.id(), kind.ordinal()) < ap.contactShare();
    }

    /** The normal distribution function, by the logistic approximation (error under 0.01). */
    static double probit(double x) {
        return 1 / (1 + Math.exp(-1.702 * x));
    }
}
