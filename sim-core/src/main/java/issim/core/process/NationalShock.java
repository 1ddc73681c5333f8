package issim.core.process;

import issim.core.engine.Phase;
import issim.core.model.Practitioner;
import issim.core.params.NationalBlameShock;
import java.io.Serializable;

/**
 * A national shock of public blame (docs/ODD.md §7.9): on its day every practitioner's risk
 * aversion closes {@code riskAversionShock} of the gap to full risk aversion, fading with {@code
 * culture.riskAversionHalfLife}. Risk aversion does the rest through the mechanisms it already
 * drives: referrers refer on sooner (defensive over-referral), the front door asks for more before
 * it accepts, and sharing falls.
 */
public final class NationalShock implements Serializable {
    private final Context ctx;

    public NationalShock(Context ctx) {
        this.ctx = ctx;
    }

    /**
     * Schedules the shock, if the scenario has one, from day 0 at schedule time {@code dayZero}.
     */
    public void schedule(double dayZero) {
        NationalBlameShock p = ctx.params().interventions().nationalBlameShock();
        if (p.enabled()) {
            ctx.steps().once(dayZero + p.startDay(), Phase.INTERVENTIONS, this::strike);
        }
    }

    private void strike() {
        double now = ctx.now();
        double shock = ctx.params().interventions().nationalBlameShock().riskAversionShock();
        double halfLife = ctx.params().culture().riskAversionHalfLife();
        for (Practitioner p : ctx.locality().practitioners()) {
            p.raiseRiskAversion(now, halfLife, shock);
        }
    }
}
