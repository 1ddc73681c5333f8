package issim.core.process;

import ec.util.MersenneTwisterFast;
import issim.core.domain.CommitmentStage;
import issim.core.model.Practitioner;
import issim.core.params.AdoptionParameters;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Adoption of integrated working (docs/ODD.md §7.12; 004 ch.5). Each month a practitioner may move
 * up a stage, pulled by leadership sponsorship (stronger where peers are already further on) and by
 * quick wins of their own; a setback (a blaming review) may push them back. Practitioners differ in
 * how they take change (004 ch.5): early adopters move faster, the middle band at the base rate,
 * and a resistant minority never beyond formal compliance, whatever the sponsorship. When a
 * scenario makes more changes at once than the workforce can absorb, movement slows in proportion.
 */
public final class Adoption implements Serializable {
    private final Context ctx;
    private final AdoptionParameters p;
    private final List<Double> sponsors = new ArrayList<>();

    public Adoption(Context ctx) {
        this.ctx = ctx;
        this.p = ctx.params().adoption();
    }

    /** Hook of a programme or role that sponsors integrated working from now on. */
    public void addSponsorship(double sponsorship) {
        sponsors.add(sponsorship);
    }

    /** A programme or role withdrawn: its sponsorship, added before, ends now. */
    public void removeSponsorship(double sponsorship) {
        if (!sponsors.remove(Double.valueOf(sponsorship))) {
            throw new IllegalArgumentException("no sponsorship of " + sponsorship + " to remove");
        }
    }

    /** Sponsorship of integrated working now: the baseline plus what programmes in force add. */
    public double sponsorship() {
        double s = p.sponsorship();
        for (double extra : sponsors) {
            s += extra;
        }
        return Math.min(1, s);
    }

    /**
     * Share of the rate that survives change overload: capacity / changes under way, at most 1. A
     * change is under way for its first year; pacing changes apart keeps fewer at once.
     */
    public double pace() {
        int changes = ctx.interventions().startedWithin(ctx.now(), Calendar.YEAR);
        return changes <= p.changeCapacity() ? 1 : (double) p.changeCapacity() / changes;
    }

    public void month() {
        List<Practitioner> all = ctx.locality().practitioners();
        int[] atStage = new int[CommitmentStage.COUNT];
        for (Practitioner pr : all) {
            atStage[pr.stage().ordinal()]++;
        }
        double sponsorship = sponsorship();
        double pace = pace();
        MersenneTwisterFast random = ctx.streams().services();
        for (Practitioner pr : all) {
            int s = pr.stage().ordinal();
            int above = 0;
            for (int k = s + 1; k < CommitmentStage.COUNT; k++) {
                above += atStage[k];
            }
            double peers = all.isEmpty() ? 0 : (double) above / all.size();
            double readiness = ctx.streams().readiness(pr.id());
            boolean resistant = readiness >= 1 - p.resistantShare();
            double speed = readiness < p.earlyAdopterShare() ? p.earlyAdopterRate() : 1;
            boolean capped = resistant && s >= CommitmentStage.FORMAL_COMPLIANCE.ordinal();
            double up =
                    capped
                            ? 0
                            : p.monthlyRate()
                                    * speed
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
        List<Practitioner> all = ctx.locality().practitioners();
        double[] shares = new double[CommitmentStage.COUNT];
        for (Practitioner pr : all) {
            shares[pr.stage().ordinal()] += 1.0 / all.size();
        }
        return shares;
    }
}
