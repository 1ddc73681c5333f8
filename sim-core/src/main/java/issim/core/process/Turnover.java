package issim.core.process;

import issim.core.domain.CommitmentStage;
import issim.core.model.Practitioner;
import issim.core.observe.Tally;
import issim.core.params.AdoptionParameters;
import issim.core.params.ModelParameters;
import issim.core.params.TrustParameters;
import java.io.Serializable;

/**
 * Practitioners leave and are replaced (docs/ODD.md §7.11). Each month each post turns over with
 * probability {@code 1 − (1 − workforce.turnoverRate)^(1/12)}; the newcomer keeps the post's
 * caseload and place on site but starts with a new starter's trust, a stage of commitment drawn
 * from the starting shares, the baseline chance of common-assessment training, and no risk
 * aversion. So trust and commitment built by an intervention decay with turnover, and a baseline
 * run without turnover would drift for decades as the same people go on changing. The vacancy is
 * covered by agency staff, at a premium, for {@code workforce.vacancyMonths} before the permanent
 * appointment, who is a second newcomer: trust and commitment built with the agency worker are lost
 * again. Draws are fixed by post and month, the same in every scenario run with the seed.
 */
public final class Turnover implements Serializable {
    private final Context ctx;
    private int month;

    public Turnover(Context ctx) {
        this.ctx = ctx;
    }

    public void month() {
        ModelParameters p = ctx.params();
        double leave = 1 - Math.pow(1 - p.workforce().turnoverRate(), 1 / 12.0);
        AdoptionParameters stages = p.adoption();
        TrustParameters trust = p.trust();
        double trained = p.interventions().commonAssessment().baselineTrainedShare();
        int cover = p.workforce().vacancyMonths();
        for (Practitioner pr : ctx.locality().practitioners()) {
            boolean appointed = pr.monthOfCover();
            if (ctx.streams().turnover(pr.id(), month, 0) < leave) {
                pr.coverByAgency(cover);
                arrive(pr, stages, trust, trained, 1);
                ctx.counters().add(Tally.PRACTITIONERS_REPLACED);
            } else if (appointed) {
                arrive(pr, stages, trust, trained, 3);
                ctx.counters().add(Tally.PERMANENT_APPOINTMENTS);
            }
        }
        month++;
    }

    /**
     * A newcomer takes the post: a stage of commitment drawn from the starting shares, the baseline
     * chance of common-assessment training, a new starter's trust (draws {@code first} and the next
     * for the post and month).
     */
    private void arrive(
            Practitioner pr,
            AdoptionParameters stages,
            TrustParameters trust,
            double trained,
            int first) {
        pr.newcomer(
                stage(stages.startingShares(), ctx.streams().turnover(pr.id(), month, first)),
                ctx.streams().turnover(pr.id(), month, first + 1) < trained);
        ctx.trust().newcomer(pr, trust.withinAgency(), trust.acrossAgencies());
    }

    private static CommitmentStage stage(double[] shares, double u) {
        double cumulative = 0;
        for (int s = 0; s < shares.length - 1; s++) {
            cumulative += shares[s];
            if (u < cumulative) {
                return CommitmentStage.of(s);
            }
        }
        return CommitmentStage.of(shares.length - 1);
    }
}
