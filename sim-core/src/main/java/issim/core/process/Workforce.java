package issim.core.process;

import ec.util.MersenneTwisterFast;
import issim.core.model.Practitioner;

/**
 * The workforce as the run finds it (docs/ODD.md §5): before any roll-out, a share of practitioners
 * is already trained in the common assessment (002 §4: a patchy early roll-out).
 */
public final class Workforce {
    private Workforce() {}

    /** Trains each practitioner in the common assessment with chance {@code share}. */
    public static void trainInCommonAssessment(Context ctx, double share) {
        MersenneTwisterFast random = ctx.streams().services();
        for (Practitioner p : ctx.locality().practitioners()) {
            p.setCafTrained(random.nextDouble() < share);
        }
    }
}
