package issim.core.process;

import issim.core.model.Practitioner;
import issim.core.model.Site;
import issim.core.model.TrustMatrix;
import issim.core.params.TrustParameters;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Trust between practitioners over time (docs/ODD.md §7.11). Each week, without contact, trust
 * decays toward where it started; co-located practitioners of different agencies meet informally on
 * the days they share a school, and grow closer to its staff and to each other; a broker, if one is
 * in post, then builds trust across agencies. Joint work, ignored referrals, broken commitments and
 * reviews move single pairs where they happen.
 */
public final class TrustDynamics implements Serializable {
    /** Someone who builds trust across agencies each week: the hook of a brokering role. */
    @FunctionalInterface
    public interface Broker extends Serializable {
        void broker(TrustMatrix trust);
    }

    private final Context ctx;
    private final TrustParameters p;
    private final float keepPerWeek;
    private final List<Broker> brokers = new ArrayList<>();

    public TrustDynamics(Context ctx) {
        this.ctx = ctx;
        this.p = ctx.params().trust();
        this.keepPerWeek = (float) Math.pow(0.5, 7 / p.decayHalfLife());
    }

    public void addBroker(Broker broker) {
        brokers.add(broker);
    }

    /** A brokering role withdrawn: it builds no more trust from now on. */
    public void removeBroker(Broker broker) {
        if (!brokers.remove(broker)) {
            throw new IllegalArgumentException("no such broker");
        }
    }

    public void week() {
        TrustMatrix trust = ctx.trust();
        trust.relax(keepPerWeek);
        List<Practitioner> all = ctx.locality().practitioners();
        for (Site school : ctx.locality().secondarySchools()) {
            contactAt(trust, school, all);
        }
        for (Site school : ctx.locality().primarySchools()) {
            contactAt(trust, school, all);
        }
        for (Broker b : brokers) {
            b.broker(trust);
        }
    }

    private void contactAt(TrustMatrix trust, Site school, List<Practitioner> all) {
        List<Practitioner> staff = ctx.locality().pastoralStaff(school);
        for (Practitioner visitor : all) {
            double days = visitor.colocated() ? visitor.daysAt(school) : 0;
            if (days == 0) {
                continue;
            }
            double share = 1 - Math.pow(1 - p.contactGrowth(), days);
            for (Practitioner teacher : staff) {
                trust.raiseBoth(visitor, teacher, share);
            }
            for (Practitioner other : all) {
                if (other != visitor
                        && other.agency() != visitor.agency()
                        && other.colocated()
                        && other.daysAt(school) > 0) {
                    trust.raise(
                            visitor,
                            other,
                            1
                                    - Math.pow(
                                            1 - p.contactGrowth(),
                                            Math.min(days, other.daysAt(school))));
                }
            }
        }
    }
}
