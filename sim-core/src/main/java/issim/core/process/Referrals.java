package issim.core.process;

import issim.core.World;
import issim.core.model.AgencyKind;
import issim.core.model.Child;
import issim.core.model.Outcome;
import issim.core.model.Practitioner;
import issim.core.observe.AgencyTally;
import issim.core.params.AgencyParameters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Referral (DESIGN.md §2 process 5). A referral reaches the receiving agency only if the referrer
 * knows whom to contact; it is acted on with a chance that rises steeply with the receiver's trust
 * in the referrer (none at zero trust); it is accepted if the picture it carries, added to what the
 * receiver already knows, meets the receiver's threshold, and if there is capacity — otherwise it
 * waits, and a referral that waits too long is lost. Every referral ends in exactly one of
 * accepted, rejected, waiting or lost.
 */
public final class Referrals {
    private final World world;
    private final List<Referral> all = new ArrayList<>();
    private final List<ArrayDeque<Referral>> waiting = new ArrayList<>();

    public Referrals(World world) {
        this.world = world;
        for (int a = 0; a < AgencyKind.COUNT; a++) {
            waiting.add(new ArrayDeque<>());
        }
    }

    /** Makes a referral and settles what becomes of it now. */
    public Referral refer(Child c, Practitioner from, AgencyKind to) {
        double now = world.now();
        Referral r = new Referral(all.size(), c, from, to, now);
        all.add(r);
        world.counters().add(to, AgencyTally.REFERRALS_MADE);
        var trustParams = world.params().trust();
        Practitioner receiver = world.noticing().handler(c, to);
        boolean together =
                receiver != null
                        && c.school() != null
                        && receiver.daysAt(c.school()) > 0
                        && from.daysAt(c.school()) > 0;
        double knows =
                together
                        ? 1
                        : world.params().sharing().knowContactBase()
                                + (1 - world.params().sharing().knowContactBase())
                                        * trustOf(from, receiver);
        if (receiver == null || world.streams().services().nextDouble() >= knows) {
            return settle(r, Referral.Fate.LOST); // sent nowhere useful
        }
        r.setReceiver(receiver);
        double acted =
                1
                        - Math.pow(
                                1 - world.trust().get(receiver, from),
                                trustParams.actOnReferralSteepness());
        if (world.streams().services().nextDouble() >= acted) {
            world.trust().lower(from, receiver, trustParams.ignoredLoss());
            return settle(r, Referral.Fate.LOST); // ignored
        }
        c.learn(to, c.known(from.agency()));
        if (!meetsThreshold(c, receiver, to, now)) {
            world.trust().lower(from, receiver, trustParams.ignoredLoss() / 2);
            return settle(r, Referral.Fate.REJECTED);
        }
        Practitioner holder = world.support().allocate(c, to, receiver);
        if (holder != null) {
            settle(r, Referral.Fate.ACCEPTED);
            world.support().startAgencyPlan(c, to, holder, from);
            return r;
        }
        waiting.get(to.ordinal()).addLast(r);
        r.setFate(Referral.Fate.WAITING);
        world.scheduleReferralTimeout(now + world.params().sharing().maxWaitDays(), r.id());
        return r;
    }

    private double trustOf(Practitioner from, Practitioner to) {
        return to == null ? 0 : world.trust().get(from, to);
    }

    /**
     * Whether what the agency now knows of the child meets its threshold (raised by risk aversion).
     */
    boolean meetsThreshold(Child c, Practitioner receiver, AgencyKind to, double now) {
        AgencyParameters ap = world.params().agencies().of(to);
        var culture = world.params().culture();
        double threshold =
                ap.acceptanceThreshold()
                        * (1
                                + culture.riskAversionThresholdShift()
                                        * receiver.riskAversion(
                                                now, culture.riskAversionHalfLife()));
        int known = c.known(to);
        double severity = 0;
        for (int k = 0; k < Outcome.COUNT; k++) {
            if ((known & (1 << k)) != 0) {
                severity += world.need().severity(c, k);
            }
        }
        return severity >= threshold;
    }

    private Referral settle(Referral r, Referral.Fate fate) {
        r.setFate(fate);
        AgencyTally tally =
                switch (fate) {
                    case ACCEPTED -> AgencyTally.REFERRALS_ACCEPTED;
                    case REJECTED -> AgencyTally.REFERRALS_REJECTED;
                    case LOST -> AgencyTally.REFERRALS_LOST;
                    case WAITING ->
                            throw new IllegalArgumentException("waiting is not a final fate");
                };
        world.counters().add(r.to(), tally);
        return r;
    }

    /**
     * Capacity has freed at {@code agency}: the longest-waiting referral still valid is taken on.
     */
    public void capacityFreed(AgencyKind agency) {
        ArrayDeque<Referral> queue = waiting.get(agency.ordinal());
        while (!queue.isEmpty()) {
            Referral r = queue.peekFirst();
            if (!r.child().present()) {
                queue.pollFirst();
                settle(r, Referral.Fate.LOST);
                continue;
            }
            Practitioner holder = world.support().allocate(r.child(), agency, r.receiver());
            if (holder == null) {
                return;
            }
            queue.pollFirst();
            settle(r, Referral.Fate.ACCEPTED);
            world.support().startAgencyPlan(r.child(), agency, holder, r.from());
        }
    }

    public void onTimeout(int referralId) {
        Referral r = all.get(referralId);
        if (r.fate() == Referral.Fate.WAITING && waiting.get(r.to().ordinal()).remove(r)) {
            world.trust().lower(r.from(), r.receiver(), world.params().trust().ignoredLoss());
            settle(r, Referral.Fate.LOST);
        }
    }

    /** Referrals now waiting at {@code agency}. */
    public int waiting(AgencyKind agency) {
        return waiting.get(agency.ordinal()).size();
    }

    public int waitingTotal() {
        int n = 0;
        for (ArrayDeque<Referral> q : waiting) {
            n += q.size();
        }
        return n;
    }

    /** Every referral made so far, in order. */
    public List<Referral> all() {
        return java.util.Collections.unmodifiableList(all);
    }
}
