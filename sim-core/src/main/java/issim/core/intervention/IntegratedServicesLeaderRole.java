package issim.core.intervention;

import issim.core.domain.AgencyKind;
import issim.core.domain.InterventionKind;
import issim.core.params.IntegratedServicesLeader;
import issim.core.process.Adoption;
import issim.core.process.Context;
import issim.core.process.TeamAroundTheChild;
import issim.core.process.TrustDynamics;
import java.io.Serializable;

/**
 * An integrated services leader (002 §4.6): a brokering role across the cluster. From its start it
 * sponsors integrated working (adoption's hook), convenes meetings so more practitioners attend
 * (the Team Around the Child's hook), and each week builds trust between agencies (the trust
 * process's broker hook). Cost: the post's salary, to children's social care. Withdrawn, the post
 * goes: its sponsorship, its convening and its brokering end; the trust it brokered stays and fades
 * as trust does.
 */
public final class IntegratedServicesLeaderRole implements Intervention, Serializable {
    private final Context ctx;
    private final IntegratedServicesLeader p;
    private final Adoption adoption;
    private final TeamAroundTheChild teamAroundTheChild;
    private final TrustDynamics trust;
    private TrustDynamics.Broker broker;

    public IntegratedServicesLeaderRole(
            Context ctx,
            IntegratedServicesLeader p,
            Adoption adoption,
            TeamAroundTheChild teamAroundTheChild,
            TrustDynamics trust) {
        this.ctx = ctx;
        this.p = p;
        this.adoption = adoption;
        this.teamAroundTheChild = teamAroundTheChild;
        this.trust = trust;
    }

    @Override
    public InterventionKind kind() {
        return InterventionKind.INTEGRATED_SERVICES_LEADER;
    }

    @Override
    public void start() {
        adoption.addSponsorship(p.sponsorship());
        teamAroundTheChild.addAttendanceGain(p.attendanceGain());
        float share = (float) p.brokerTrustGain();
        broker = matrix -> matrix.raiseAcrossAgencies(share);
        trust.addBroker(broker);
    }

    @Override
    public boolean withdrawable() {
        return true;
    }

    @Override
    public void withdraw(double now) {
        adoption.removeSponsorship(p.sponsorship());
        teamAroundTheChild.addAttendanceGain(-p.attendanceGain());
        trust.removeBroker(broker);
        broker = null;
    }

    @Override
    public void bookMonthlyCost() {
        ctx.counters().spend(AgencyKind.SOCIAL_CARE, p.salary() / 12);
    }
}
