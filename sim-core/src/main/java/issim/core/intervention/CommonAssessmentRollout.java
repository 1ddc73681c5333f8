package issim.core.intervention;

import ec.util.MersenneTwisterFast;
import issim.core.domain.InterventionKind;
import issim.core.model.Practitioner;
import issim.core.params.CommonAssessment;
import issim.core.process.Adoption;
import issim.core.process.Context;
import issim.core.process.TeamAroundTheChild;
import java.io.Serializable;

/**
 * The roll-out of the Common Assessment Framework and the Team Around the Child (002 §4; 003). At
 * its start more practitioners are trained, up to the target share (cost: per practitioner
 * trained); with line-manager support, formally compliant trained practitioners may lead
 * assessments too (the Team Around the Child's hook); the programme adds its sponsorship of
 * integrated working (adoption's hook).
 */
public final class CommonAssessmentRollout implements Intervention, Serializable {
    private final Context ctx;
    private final CommonAssessment p;
    private final TeamAroundTheChild teamAroundTheChild;
    private final Adoption adoption;

    public CommonAssessmentRollout(
            Context ctx,
            CommonAssessment p,
            TeamAroundTheChild teamAroundTheChild,
            Adoption adoption) {
        this.ctx = ctx;
        this.p = p;
        this.teamAroundTheChild = teamAroundTheChild;
        this.adoption = adoption;
    }

    @Override
    public InterventionKind kind() {
        return InterventionKind.COMMON_ASSESSMENT;
    }

    @Override
    public void start() {
        MersenneTwisterFast random = ctx.streams().services();
        double before = p.baselineTrainedShare();
        // Of those not yet trained, the share that brings the whole workforce to the target.
        double extra = Math.max(0, (p.trainedShare() - before) / (1 - before));
        for (Practitioner pr : ctx.locality().practitioners()) {
            if (!pr.cafTrained() && random.nextDouble() < extra) {
                pr.setCafTrained(true);
                ctx.counters().spend(pr.agency(), p.trainingCost());
            }
        }
        if (p.lineManagerSupport()) {
            teamAroundTheChild.supportLeadsByLineManagers();
        }
        adoption.addSponsorship(p.sponsorship());
    }
}
