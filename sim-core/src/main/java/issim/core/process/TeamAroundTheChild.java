package issim.core.process;

import issim.core.World;
import issim.core.model.AgencyKind;
import issim.core.model.Child;
import issim.core.model.CommitmentStage;
import issim.core.model.Outcome;
import issim.core.model.Plan;
import issim.core.model.PlanKind;
import issim.core.model.Practitioner;
import issim.core.observe.Tally;
import issim.core.params.CommonAssessment;
import java.util.ArrayList;
import java.util.List;

/**
 * Common assessment and the Team Around the Child (DESIGN.md §2 process 6; 002 §4; 003). A trained
 * practitioner committed to integrated working — or formally compliant with a line manager's
 * support — leads one shared assessment with the family's consent; it shows every agency involved
 * the whole child. A meeting of the agencies the child needs (attendance depends on trust in the
 * lead and on commitment) agrees one integrated plan, which works better than separate help.
 */
public final class TeamAroundTheChild {
    private final World world;

    public TeamAroundTheChild(World world) {
        this.world = world;
    }

    private CommonAssessment params() {
        return world.params().interventions().commonAssessment();
    }

    /** Whether {@code p} can lead a common assessment. */
    public boolean canLead(Practitioner p) {
        if (!p.cafTrained() || p.agency() == AgencyKind.POLICE) {
            return false;
        }
        int stage = p.stage().ordinal();
        return stage >= CommitmentStage.ENROLMENT.ordinal()
                || (stage == CommitmentStage.FORMAL_COMPLIANCE.ordinal()
                        && params().lineManagerSupport()
                        && world.active(issim.core.model.Lever.COMMON_ASSESSMENT));
    }

    /** The family's chance of consenting to a shared assessment led by {@code lead}. */
    public double consent(Child c, Practitioner lead) {
        double now = world.now();
        double fatigue = c.family().fatigue(now, world.params().sharing().fatigueHalfLife());
        return params().consentBase()
                * (0.5 + 0.5 * c.family().trust(lead.agency()))
                * (1 - fatigue);
    }

    /** Tries a common assessment and meeting; false if the family does not consent. */
    public boolean start(Child c, Practitioner lead) {
        var random = world.streams().services();
        if (random.nextDouble() >= consent(c, lead)) {
            return false;
        }
        double now = world.now();
        world.need().advance(c, now);
        world.counters().add(Tally.COMMON_ASSESSMENTS);
        world.counters().add(Tally.ASSESSMENTS);
        c.assessed(now, lead.agency().ordinal());
        int whole = 0;
        for (int k = 0; k < Outcome.COUNT; k++) {
            if (world.need().severity(c, k) > 0) {
                whole |= 1 << k;
            }
        }
        c.learn(lead.agency(), whole);
        if (world.need().severity(c, Outcome.STAY_SAFE.ordinal())
                        >= world.params().sharing().safeguardingSeverity()
                && !c.socialCareCase()) {
            world.referrals().refer(c, lead, AgencyKind.SOCIAL_CARE);
        }
        meet(c, lead, whole, PlanKind.INTEGRATED, params().planDays());
        return true;
    }

    /**
     * Convenes the agencies the child needs and opens one integrated plan with those who come and
     * have room. Non-attendance costs the lead's trust in the absent practitioner. Returns the
     * plan.
     */
    public Plan meet(Child c, Practitioner lead, int needMask, PlanKind kind, int days) {
        // The lead's agency holds the plan: the lead, or a colleague with room.
        Practitioner holder =
                lead.hasRoom() ? lead : world.support().allocate(c, lead.agency(), lead);
        if (holder == null) {
            return null;
        }
        world.counters().add(Tally.TAC_MEETINGS);
        c.learn(lead.agency(), needMask);
        var random = world.streams().services();
        var leader = world.params().interventions().leader();
        double leaderGain =
                world.active(issim.core.model.Lever.INTEGRATED_SERVICES_LEADER)
                        ? leader.attendanceGain()
                        : 0;
        List<Practitioner> team = new ArrayList<>();
        team.add(holder);
        for (AgencyKind a : neededAgencies(c, needMask, lead.agency())) {
            Practitioner p = world.noticing().handler(c, a);
            if (p == null) {
                continue;
            }
            double attend =
                    0.5
                                    * (world.trust().get(p, lead)
                                            + 0.5
                                                    * InformationSharing.STAGE_FACTOR[
                                                            p.stage().ordinal()])
                            + leaderGain;
            if (random.nextDouble() < attend) {
                c.learn(a, c.known(lead.agency()));
                Practitioner member = world.support().allocate(c, a, p);
                if (member != null) {
                    team.add(member);
                }
            } else {
                world.trust().lower(lead, p, world.params().trust().brokenCommitmentLoss());
            }
        }
        double[] lift = new double[Outcome.COUNT];
        double multiplier = params().integratedPlanMultiplier();
        for (Practitioner p : team) {
            double[] remit = world.params().agencies().of(p.agency()).remit().toArray();
            double supportLift = world.params().agencies().of(p.agency()).supportLift();
            for (int k = 0; k < Outcome.COUNT; k++) {
                lift[k] = Math.max(lift[k], supportLift * remit[k] * multiplier);
            }
        }
        world.counters().add(Tally.INTEGRATED_PLANS);
        return world.support().open(kind, c, team.toArray(new Practitioner[0]), lift, days);
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
            AgencyKind best = world.concernResponse().bestAgencyFor(c, k, null);
            if (best != null && best != leadAgency && !out.contains(best)) {
                out.add(best);
            }
        }
        return out;
    }
}
