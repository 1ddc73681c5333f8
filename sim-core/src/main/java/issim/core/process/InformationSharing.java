package issim.core.process;

import issim.core.domain.AgencyKind;
import issim.core.domain.Outcome;
import issim.core.model.Child;
import issim.core.model.NeedLevels;
import issim.core.model.Practitioner;
import issim.core.model.Site;
import issim.core.observe.Tally;
import issim.core.params.AdoptionParameters;
import issim.core.params.SharingParameters;
import java.io.Serializable;

/**
 * Information sharing (docs/ODD.md §7.4). A practitioner with a concern shares with, or asks, the
 * practitioners of other agencies who know the child — and, where a team is co-located in the
 * child's school, its members. Each exchange pools both agencies' fragments of the child's need.
 * Its chance rises with trust, commitment to integrated working and the family's consent (not asked
 * for a risk of significant harm), is higher between co-located practitioners (000 case study 3),
 * and falls with risk aversion.
 */
public final class InformationSharing implements Serializable {
    private final Context ctx;
    private final Handlers handlers;
    private final NeedLevels levels;
    private final SharingParameters p;
    private final AdoptionParameters stages;

    public InformationSharing(Context ctx, Handlers handlers, NeedLevels levels) {
        this.ctx = ctx;
        this.handlers = handlers;
        this.levels = levels;
        this.p = ctx.params().sharing();
        this.stages = ctx.params().adoption();
    }

    /**
     * Shares about {@code c} from {@code from} with each other agency involved; returns how many
     * shared.
     */
    public int shareAbout(Child c, Practitioner from) {
        int involved = c.agenciesInvolved();
        Site school = c.school();
        int shared = 0;
        for (AgencyKind other : AgencyKind.ALL_KINDS) {
            if (other == from.agency()) {
                continue;
            }
            Practitioner to = handlers.of(c, other);
            if (to == null) {
                continue;
            }
            double week =
                    school != null && (from.colocated() || to.colocated())
                            ? sharedWeek(from, to, school)
                            : 0;
            if ((involved & (1 << other.ordinal())) == 0 && week == 0) {
                continue;
            }
            if (ctx.streams().services().nextDouble() < probability(c, from, to, week)) {
                exchange(c, from.agency(), other);
                shared++;
            }
        }
        return shared;
    }

    /**
     * The share of a school week two practitioners are both at {@code school}: co-location's
     * effects scale with the days each is on site (a whole week together gives the whole bonus).
     */
    public static double sharedWeek(Practitioner a, Practitioner b, Site school) {
        return Math.min(a.daysAt(school), b.daysAt(school)) / 5;
    }

    /**
     * The chance {@code from} shares with {@code to} about {@code c}, when they share {@code
     * sharedWeek} of a week at the child's school (0 when not co-located there).
     */
    public double probability(Child c, Practitioner from, Practitioner to, double sharedWeek) {
        double now = ctx.now();
        double consent =
                harmKnown(c, from)
                        ? 1
                        : p.consentAtNoTrust()
                                + (1 - p.consentAtNoTrust()) * c.family().trust(to.agency());
        double fear = 1 - from.riskAversion(now, ctx.params().culture().riskAversionHalfLife());
        double q =
                p.shareBase()
                        * ctx.trust().get(from, to)
                        * stages.sharingFactor(from.stage())
                        * consent
                        * fear;
        if (sharedWeek > 0) {
            q += p.colocationBonus() * fear * sharedWeek;
        }
        return Math.max(0, Math.min(1, q));
    }

    /**
     * Whether {@code from} knows of a risk of significant harm to {@code c} — a safety need at the
     * safeguarding threshold — which is shared without the family's consent (HM Government 2008,
     * Information sharing: guidance for practitioners and managers).
     */
    public boolean harmKnown(Child c, Practitioner from) {
        return p.harmOverridesConsent()
                && (c.known(from.agency()) & Outcome.STAY_SAFE.bit()) != 0
                && levels.severity(c, Outcome.STAY_SAFE.ordinal()) >= p.safeguardingSeverity();
    }

    /**
     * Both agencies now hold what either knew. The exchange completed a picture when one of them
     * knows all of the child's need afterwards but did not before (the silo effect undone).
     */
    public void exchange(Child c, AgencyKind a, AgencyKind b) {
        int need = levels.needMask(c);
        int beforeA = c.known(a) & need, beforeB = c.known(b) & need;
        int pooled = c.known(a) | c.known(b);
        c.learn(a, pooled);
        c.learn(b, pooled);
        ctx.counters().add(Tally.SHARES);
        if (need != 0 && (pooled & need) == need && (beforeA != need || beforeB != need)) {
            ctx.counters().add(Tally.SHARES_COMPLETING);
        }
    }
}
