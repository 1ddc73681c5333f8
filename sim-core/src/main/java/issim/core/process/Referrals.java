package issim.core.process;

import issim.core.domain.AgencyKind;
import issim.core.domain.Outcome;
import issim.core.engine.EventType;
import issim.core.model.Child;
import issim.core.model.NeedLevels;
import issim.core.model.Practitioner;
import issim.core.model.Referral;
import issim.core.model.ReferralBook;
import issim.core.observe.AgencyTally;
import issim.core.observe.ReferralSource;
import issim.core.observe.Tally;
import issim.core.params.AgencyParameters;
import issim.core.params.CultureParameters;
import issim.core.params.TrustParameters;
import java.io.Serializable;
import java.util.ArrayDeque;

/**
 * Referral (docs/ODD.md §7.6). A referral reaches the receiving agency only if the referrer knows
 * whom to contact; it is acted on with a chance that rises steeply with the receiver's trust in the
 * referrer (none at zero trust); it is accepted if the picture it carries, added to what the
 * receiver already knows, meets the receiver's threshold, and if there is capacity — otherwise it
 * waits, and a referral that waits too long is lost. Every referral ends in exactly one of
 * accepted, rejected, waiting or lost.
 */
public final class Referrals implements Serializable {
    private final Context ctx;
    private final NeedLevels levels;
    private final Handlers handlers;
    private final Support support;
    private final StatutoryPathway pathway;
    private final ReferralBook book;
    private final CaseloadPressure pressure;

    public Referrals(
            Context ctx,
            NeedLevels levels,
            Handlers handlers,
            Support support,
            StatutoryPathway pathway,
            ReferralBook book,
            CaseloadPressure pressure) {
        this.ctx = ctx;
        this.book = book;
        this.pressure = pressure;
        this.pathway = pathway;
        this.levels = levels;
        this.handlers = handlers;
        this.support = support;
        // Support owns capacity; it tells the referrals waiting for it when some frees up.
        support.onCapacityFreed(this::capacityFreed);
    }

    /** Every referral made, and each agency's waiting list. */
    public ReferralBook book() {
        return book;
    }

    /** Makes a referral and settles what becomes of it now. */
    public Referral refer(Child c, Practitioner from, AgencyKind to) {
        double now = ctx.now();
        Referral r = book.add(c, from, to, now);
        ctx.counters().add(to, AgencyTally.REFERRALS_MADE);
        if (to == AgencyKind.SOCIAL_CARE) {
            countReferralToSocialCare(c, from, now);
        }
        TrustParameters trustParams = ctx.params().trust();
        Practitioner receiver = handlers.of(c, to);
        double week =
                receiver != null && c.school() != null
                        ? InformationSharing.sharedWeek(receiver, from, c.school())
                        : 0;
        double knowBase = ctx.params().sharing().knowContactBase();
        // A whole week together: the referrer knows whom to ask; part of one helps in proportion.
        double knows =
                week >= 1 ? 1 : knowBase + (1 - knowBase) * Math.max(trustOf(from, receiver), week);
        if (receiver == null || ctx.streams().services().nextDouble() >= knows) {
            ctx.counters().add(Tally.LOST_NO_CONTACT);
            return settle(r, Referral.Fate.LOST); // sent nowhere useful
        }
        r.setReceiver(receiver);
        double acted =
                1
                        - Math.pow(
                                1 - ctx.trust().get(receiver, from),
                                trustParams.actOnReferralSteepness());
        if (ctx.streams().services().nextDouble() >= acted) {
            ctx.trust().lower(from, receiver, trustParams.ignoredLoss());
            ctx.counters().add(Tally.LOST_IGNORED);
            return settle(r, Referral.Fate.LOST); // ignored
        }
        c.learn(to, c.known(from.agency()));
        if (!meetsThreshold(c, receiver, to, now)) {
            ctx.trust().lower(from, receiver, trustParams.ignoredLoss() / 2);
            return settle(r, Referral.Fate.REJECTED);
        }
        Practitioner holder = support.allocate(c, to, receiver);
        if (holder != null) {
            settle(r, Referral.Fate.ACCEPTED);
            takeOn(c, to, holder, from);
            return r;
        }
        book.waitingAt(to).addLast(r);
        r.setFate(Referral.Fate.WAITING);
        ctx.events()
                .schedule(
                        EventType.REFERRAL_TIMEOUT,
                        now + ctx.params().sharing().maxWaitDays(),
                        r.id());
        return r;
    }

    /**
     * Where a referral to social care came from, and whether it is a re-referral: within 12 months
     * of the child's previous one, as England counted them (DfE, Characteristics of children in
     * need 2009-10).
     */
    private void countReferralToSocialCare(Child c, Practitioner from, double now) {
        ctx.counters().addReferralToSocialCare(ReferralSource.of(from.agency()));
        if (c.school() != null) {
            ctx.counters().addAtSite(Tally.REFERRALS_TO_SOCIAL_CARE, c.school().id());
        }
        if (now - c.lastSocialCareReferral() <= Calendar.YEAR) {
            ctx.counters().add(Tally.RE_REFERRALS);
        }
        c.referredToSocialCare(now);
    }

    /**
     * An accepted referral: social care assesses first (docs/ODD.md §7.15); others help at once.
     */
    private void takeOn(Child c, AgencyKind to, Practitioner holder, Practitioner from) {
        if (to == AgencyKind.SOCIAL_CARE) {
            if (c.inAssessment()) {
                return; // it joins the assessment under way: one assessment of the child at a time
            }
            pathway.accept(c, holder, from);
        } else {
            support.startAgencyPlan(c, to, holder, from);
        }
    }

    private double trustOf(Practitioner from, Practitioner to) {
        return to == null ? 0 : ctx.trust().get(from, to);
    }

    /**
     * Whether what the agency now knows of the child meets its threshold (raised by risk aversion
     * and by caseloads beyond capacity).
     */
    boolean meetsThreshold(Child c, Practitioner receiver, AgencyKind to, double now) {
        AgencyParameters ap = ctx.params().agencies().of(to);
        CultureParameters culture = ctx.params().culture();
        double threshold =
                ap.acceptanceThreshold()
                        * pressure.threshold(to)
                        * DefensivePractice.enquiry(receiver, culture, now);
        int known = c.known(to);
        double severity = 0;
        for (int k = 0; k < Outcome.COUNT; k++) {
            if ((known & (1 << k)) != 0) {
                severity += levels.severity(c, k);
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
        ctx.counters().add(r.to(), tally);
        return r;
    }

    /**
     * Capacity has freed at {@code agency}: the longest-waiting referral still valid is taken on.
     */
    void capacityFreed(AgencyKind agency) {
        ArrayDeque<Referral> queue = book.waitingAt(agency);
        while (!queue.isEmpty()) {
            Referral r = queue.peekFirst();
            if (!r.child().present()) {
                queue.pollFirst();
                ctx.counters().add(Tally.LOST_WAITING);
                settle(r, Referral.Fate.LOST);
                continue;
            }
            Practitioner holder = support.allocate(r.child(), agency, r.receiver());
            if (holder == null) {
                return;
            }
            queue.pollFirst();
            settle(r, Referral.Fate.ACCEPTED);
            takeOn(r.child(), agency, holder, r.from());
        }
    }

    public void onTimeout(int referralId) {
        Referral r = book.get(referralId);
        if (r.fate() == Referral.Fate.WAITING && book.waitingAt(r.to()).remove(r)) {
            ctx.trust().lower(r.from(), r.receiver(), ctx.params().trust().ignoredLoss());
            ctx.counters().add(Tally.LOST_WAITING);
            settle(r, Referral.Fate.LOST);
        }
    }
}
