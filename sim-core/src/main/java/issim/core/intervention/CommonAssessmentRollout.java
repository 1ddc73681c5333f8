package issim.core.intervention;

import ec.util.MersenneTwisterFast;
import issim.core.domain.InterventionKind;
import issim.core.model.Practitioner;
import issim.core.params.CommonAssessment;
import issim.core.process.Adoption;
import issim.core.process.Context;
import issim.core.process.TeamAroundTheChild;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The roll-out of the Common Assessment Framework and the Team Around the Child (002 §4; 003). At
 * its start more practitioners are trained, up to the target share (cost: per practitioner
 * trained); with line-manager support, formally compliant trained practitioners may lead
 * assessments too (the Team Around the Child's hook); the programme adds its sponsorship of
 * integrated working (adoption's hook). Withdrawn, the locality goes back to the common assessment
 * as it was before the roll-out: the practitioners it trained stop leading common assessments (its
 * forms, support and meetings go with it), line managers no longer support compliant staff to lead,
 * and its sponsorship ends; plans already agreed run to their planned end.
 */
public final class CommonAssessmentRollout implements Intervention, Serializable {
    private final Context ctx;
    private final CommonAssessment p;
    private final TeamAroundTheChild teamAroundTheChild;
    private final Adoption adoption;

    /** The practitioners it trained, in order, so a withdrawal can take its training back. */
    private final List<Practitioner> trained = new ArrayList<>();

    /** For each of {@link #trained}, the post's newcomers then: one replaced since is not. */
    private final List<Integer> trainedAs = new ArrayList<>();

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
                trained.add(pr);
                trainedAs.add(pr.newcomers());
                ctx.counters().spend(pr.agency(), p.trainingCost());
            }
        }
        if (p.lineManagerSupport()) {
            teamAroundTheChild.supportLeadsByLineManagers();
        }
        adoption.addSponsorship(p.sponsorship());
    }

    @Override
    public boolean withdrawable() {
        return true;
    }

    @Override
    public void withdraw(double now) {
        for (int i = 0; i < trained.size(); i++) {
            Practitioner pr = trained.get(i);
            if (pr.newcomers() == trainedAs.get(i)) {
                pr.setCafTrained(
                        false); // a newcomer since came with training of their own, or none
            }
        }
        trained.clear();
        trainedAs.clear();
        if (p.lineManagerSupport()) {
            teamAroundTheChild.endLineManagerSupport();
        }
        adoption.removeSponsorship(p.sponsorship());
    }
}
