package issim.core.intervention;

import ec.util.MersenneTwisterFast;
import issim.core.domain.InterventionKind;
import issim.core.model.Practitioner;
import issim.core.model.TrustMatrix;
import issim.core.params.JointTraining;
import issim.core.process.Context;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Joint training across agencies (004 ch.5). At its start a share of practitioners is trained
 * together (cost: per practitioner), and between trained practitioners of different agencies the
 * professional-culture gap trust starts from narrows: both their trust and the baseline it decays
 * to rise. Withdrawn, the narrowed gap goes with the programme: between the pairs it trained, trust
 * decays back to the baseline of practitioners of different agencies again, from wherever it has
 * got to (so what was built fades as trust does).
 */
public final class JointTrainingProgramme implements Intervention, Serializable {
    private final Context ctx;
    private final JointTraining p;

    /** The practitioners it trained, in order, so a withdrawal can give the narrowed gap back. */
    private final List<Practitioner> trained = new ArrayList<>();

    public JointTrainingProgramme(Context ctx, JointTraining p) {
        this.ctx = ctx;
        this.p = p;
    }

    @Override
    public InterventionKind kind() {
        return InterventionKind.JOINT_TRAINING;
    }

    @Override
    public void start() {
        MersenneTwisterFast random = ctx.streams().services();
        for (Practitioner pr : ctx.locality().practitioners()) {
            if (random.nextDouble() < p.coverage()) {
                pr.setJointlyTrained(true);
                trained.add(pr);
                ctx.counters().spend(pr.agency(), p.costPerPractitioner());
            }
        }
        TrustMatrix trust = ctx.trust();
        for (Practitioner a : trained) {
            for (Practitioner b : trained) {
                if (a != b && a.agency() != b.agency()) {
                    trust.narrowGap(a, b, p.gapNarrowing());
                }
            }
        }
    }

    @Override
    public boolean withdrawable() {
        return true;
    }

    /**
     * Between each pair it trained, the baseline goes back to that of a new starter across
     * agencies. A practitioner replaced since then already decays to it (the newcomer starts
     * again).
     */
    @Override
    public void withdraw(double now) {
        TrustMatrix trust = ctx.trust();
        double across = ctx.params().trust().acrossAgencies();
        for (Practitioner a : trained) {
            for (Practitioner b : trained) {
                if (a != b && a.agency() != b.agency()) {
                    trust.setBaseline(a, b, across);
                }
            }
        }
        for (Practitioner pr : trained) {
            pr.setJointlyTrained(false);
        }
        trained.clear();
    }
}
