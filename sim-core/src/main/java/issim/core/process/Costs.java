package issim.core.process;

import issim.core.model.Practitioner;
import issim.core.params.AgenciesParameters;
import java.io.Serializable;

/**
 * Costs (docs/ODD.md §7.13): each practitioner's time, a twelfth of a practitioner-year each month.
 * Interventions book their own set-up and running costs; programme places are booked where they are
 * delivered.
 */
public final class Costs implements Serializable {
    private final Context ctx;

    public Costs(Context ctx) {
        this.ctx = ctx;
    }

    public void month() {
        AgenciesParameters agencies = ctx.params().agencies();
        for (Practitioner p : ctx.locality().practitioners()) {
            ctx.counters().spend(p.agency(), agencies.of(p.agency()).staffCost() / 12);
        }
    }
}
