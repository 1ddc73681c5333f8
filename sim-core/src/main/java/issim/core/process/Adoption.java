package issim.core.process;

import issim.core.World;
import issim.core.model.CommitmentStage;
import issim.core.model.Lever;
import issim.core.model.Practitioner;
import issim.core.params.AdoptionParameters;
import java.util.List;

/**
 * Adoption of integrated working (DESIGN.md §2 process 11; 004 ch.5). Each month a practitioner may
 * move up a stage, pulled by leadership sponsorship (stronger where peers are already further on)
 * and by quick wins of their own; a setback (a blaming review) may push them back. When a scenario
 * makes more changes at once than the workforce can absorb, movement slows in proportion.
 */
public final class Adoption {
    private final World world;
    private final AdoptionParameters p;

    public Adoption(World world) {
        this.world = world;
        this.p = world.params().adoption();
    }

    /** Sponsorship of integrated working now: the baseline plus what active programmes add. */
    public double sponsorship() {
        var iv = world.params().interventions();
        double s = p.sponsorship();
        if (world.active(Lever.COMMON_ASSESSMENT)) {
            s += iv.commonAssessment().sponsorship();
        }
        if (world.active(Lever.INTEGRATED_SERVICES_LEADER)) {
            s += iv.leader().sponsorship();
        }
        return Math.min(1, s);
    }

    /**
     * Share of the rate that survives change overload: capacity / changes under way, at most 1. A
     * change is under way for its first year; pacing changes apart (staggerDays) keeps fewer at
     * once.
     */
    public double pace() {
        int changes = 0;
        double now = world.now();
        for (Lever l : Lever.values()) {
            if (world.active(l) && now - world.activatedAt(l) < World.YEAR) {
                changes++;
            }
        }
        return changes <= p.changeCapacity() ? 1 : (double) p.changeCapacity() / changes;
    }

    public void month() {
        List<Practitioner> all = world.locality().practitioners();
        int[] atStage = new int[CommitmentStage.COUNT];
        for (Practitioner pr : all) {
            atStage[pr.stage().ordinal()]++;
        }
        double sponsorship = sponsorship();
        double pace = pace();
        var random = world.streams().services();
        for (Practitioner pr : all) {
            int s = pr.stage().ordinal();
            int above = 0;
            for (int k = s + 1; k < CommitmentStage.COUNT; k++) {
                above += atStage[k];
            }
            double peers = all.isEmpty() ? 0 : (double) above / all.size();
            double up =
                    p.monthlyRate()
                            * pace
                            * (sponsorship * (1 + p.peerWeight() * peers)
                                    + p.quickWinWeight() * Math.min(1, pr.quickWins()));
            double down = pr.setbacks() > 0 ? p.setbackRate() : 0;
            double u = random.nextDouble();
            if (s < CommitmentStage.COUNT - 1 && u < up) {
                pr.setStage(CommitmentStage.of(s + 1));
            } else if (s > 0 && u >= 1 - down) {
                pr.setStage(CommitmentStage.of(s - 1));
            }
            pr.clearMonth();
        }
    }

    /** Shares of practitioners at each stage. */
    public double[] stageShares() {
        List<Practitioner> all = world.locality().practitioners();
        double[] shares = new double[CommitmentStage.COUNT];
        for (Practitioner pr : all) {
            shares[pr.stage().ordinal()] += 1.0 / all.size();
        }
        return shares;
    }
}
