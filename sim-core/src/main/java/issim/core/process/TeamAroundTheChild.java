package issim.core.process;

import ec.util.MersenneTwisterFast;
import issim.core.domain.AgencyKind;
import issim.core.domain.CommitmentStage;
import issim.core.domain.Outcome;
import issim.core.domain.PlanKind;
import issim.core.model.Child;
import issim.core.model.NeedLevels;
import issim.core.model.Plan;
import issim.core.model.Practitioner;
import issim.core.observe.Tally;
import issim.core.params.CommonAssessment;
import issim.core.params.SharingParameters;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Common assessment and the Team Around the Child (docs/ODD.md §7.7; 002 §4; 003). A trained
 * practitioner committed to integrated working — or formally compliant with a line manager's
 * support — leads one shared assessment with the family's consent; it shows every agency involved
 * the whole child. A meeting of the agencies the child needs (attendance depends on trust in the
 * lead and on commitment) agrees one integrated plan, which works better than separate help.
 */
public final class TeamAroundTheChild implements Serializable {
    private final Costs costs;
    private final Context ctx;
    private final NeedDynamics need;
    private final NeedLevels levels;
    private final Handlers handlers;
    private final Remits remits;
    private final Support support;
    private final Referrals referrals;
    private final CommonAssessment p;
    private boolean lineManagersSupportLeads;
    private double attendanceGain;

    public TeamAroundTheChild(
            Context ctx,
            NeedDynamics need,
            NeedLevels levels,
            Handlers handlers,
            Remits remits,
            Support support,
            Referrals referrals,
            Costs costs) {
        this.ctx = ctx;
        this.costs = costs;
        this.need = need;
        this.levels = levels;
        this.handlers = handlers;
        this.remits = remits;
        this.support = support;
        this.referrals = referrals;
        this.p = ctx.params().interventions().commonAssessment();
    }

    /** Hook of the roll-out (002 §4): formally compliant, trained practitioners may lead too. */
    public void supportLeadsByLineManagers() {
        lineManagersSupportLeads = true;
    }

    /** The roll-out's hook, withdrawn: only those committed to integrated working lead again. */
    public void endLineManagerSupport() {
        lineManagersSupportLeads = false;
    }

    /** Hook of a convener (002 §4.6): adds to every practitioner's chance of attending. */
    public void addAttendanceGain(double gain) {
        attendanceGain += gain;
    }

    /** Whether {@code lead} can lead a common assessment. */
    public boolean canLead(Practitioner lead) {
        if (!lead.cafTrained() || lead.agency() == AgencyKind.POLICE) {
            return false;
        }
        int stage = lead.stage().ordinal();
        return stage >= CommitmentStage.ENROLMENT.ordinal()
                || (stage == CommitmentStage.FORMAL_COMPLIANCE.ordinal()
                        && lineManagersSupportLeads);
    }

    /** The family's chance of consenting to a shared assessment led by {@code lead}. */
    public double consent(Child c, Practitioner lead) {
        SharingParameters sharing = ctx.params().sharing();
        double fatigue = c.family().fatigue(ctx.now(), sharing.fatigueHalfLife());
        double trust = c.family().trust(lead.agency());
        return p.consentBase()
                * (sharing.consentAtNoTrust() + (1 - sharing.consentAtNoTrust()) * trust)
                * (1 - fatigue);
    }

    /** Tries a common assessment and meeting; false if the family does not consent. */
    public boolean start(Child c, Practitioner lead) {
        MersenneTwisterFast random = ctx.streams().services();
        if (random.nextDouble() >= consent(c, lead)) {
            return false;
        }
        double now = ctx.now();
        need.advance(c, now);
        ctx.counters().add(Tally.COMMON_ASSESSMENTS);
        ctx.counters().add(Tally.ASSESSMENTS);
        costs.assessment(lead.agency());
        c.assessed(now, lead.agency().ordinal());
        int whole = levels.needMask(c);
        c.learn(lead.agency(), whole);
        if (levels.severity(c, Outcome.STAY_SAFE.ordinal())
                        >= ctx.params().sharing().safeguardingSeverity()
                && !c.socialCareCase()) {
            referrals.refer(c, lead, AgencyKind.SOCIAL_CARE);
        }
        meet(c, lead, whole, PlanKind.INTEGRATED, p.planDays());
        return true;
    }

    /**
     * Convenes the agencies the child needs and opens one integrated plan with those who come and
     * have room. Non-attendance costs the lead's trust in the absent practitioner. Returns the
     * plan, or null when the lead's agency has no room.
     */
    public Plan meet(Child c, Practitioner lead, int needMask, PlanKind kind, int days) {
        // The lead's agency holds the plan: the lead, or a colleague with room.
        Practitioner holder = lead.hasRoom() ? lead : support.allocate(c, lead.agency(), lead);
        if (holder == null) {
            return null;
        }
        ctx.counters().add(Tally.TAC_MEETINGS);
        costs.meeting(holder.agency());
        c.learn(lead.agency(), needMask);
        MersenneTwisterFast random = ctx.streams().services();
        List<Practitioner> team = new ArrayList<>();
        team.add(holder);
        for (AgencyKind a : neededAgencies(c, needMask, lead.agency())) {
            Practitioner invited = handlers.of(c, a);
            if (invited == null) {
                continue;
            }
            double attend =
                    0.5
                                    * (ctx.trust().get(invited, lead)
                                            + 0.5
                                                    * ctx.params()
                                                            .adoption()
                                                            .sharingFactor(invited.stage()))
                            + attendanceGain;
            if (random.nextDouble() < attend) {
                costs.meeting(a);
                c.learn(a, c.known(lead.agency()));
                Practitioner member = support.allocate(c, a, invited);
                if (member != null) {
                    team.add(member);
                }
            } else {
                ctx.trust().lower(lead, invited, ctx.params().trust().brokenCommitmentLoss());
            }
        }
        double[] lift = new double[Outcome.COUNT];
        double multiplier = p.integratedPlanMultiplier();
        for (Practitioner member : team) {
            double[] remit = ctx.params().agencies().of(member.agency()).remit().toArray();
            double supportLift = ctx.params().agencies().of(member.agency()).supportLift();
            for (int k = 0; k < Outcome.COUNT; k++) {
                lift[k] = Math.max(lift[k], supportLift * remit[k] * multiplier);
            }
        }
        ctx.counters().add(Tally.INTEGRATED_PLANS);
        return support.open(kind, c, team.toArray(new Practitioner[0]), lift, days);
    }

    /**
     * For each outcome in need, the agency (not the lead's, not police) whose remit covers it best.
     */
    private List<AgencyKind> neededAgencies(Child c, int needMask, AgencyKind leadAgency) {
        List<AgencyKind> out = new ArrayList<>();
        for (int k = 0; k < Outcome.COUNT; k++) {
            if ((needMask & (1 << k)) == 0) {
                continue;
            }
            AgencyKind best = remits.bestAgencyFor(c, k, null);
            if (best != null && best != leadAgency && !out.contains(best)) {
                out.add(best);
            }
        }
        return out;
    }
}
