package issim.core;

import issim.core.model.Child;
import issim.core.params.DeprivationMix;
import issim.core.params.Interventions;
import issim.core.params.LocalityParameters;
import issim.core.params.ModelParameters;
import issim.core.params.OwnReturns;
import java.util.function.UnaryOperator;

/** Parameter sets for tests: the default model on a small locality and a short horizon. */
public final class TestWorlds {
    private TestWorlds() {}

    /** About 2,000 children, three secondary schools, one year of warm-up. */
    public static ModelParameters small(int horizonDays) {
        return ModelParameters.defaults()
                .with(
                        new LocalityParameters(
                                2_000,
                                4,
                                3,
                                1.8,
                                2,
                                6,
                                DeprivationMix.england(),
                                OwnReturns.none()))
                .withHorizonDays(horizonDays)
                .withWarmupDays(365);
    }

    public static ModelParameters withInterventions(
            ModelParameters p, UnaryOperator<Interventions> change) {
        return p.with(change.apply(p.interventions()));
    }

    /**
     * A present child aged 5 to 15, with no plan open and nothing to do with social care: one a
     * test can put through social care's pathway by hand.
     */
    public static Child childFreeOfSocialCare(World w) {
        for (Child c : w.population().children()) {
            if (c.present()
                    && !c.socialCareCase()
                    && c.openPlans() == 0
                    && c.age() >= 5
                    && c.age() <= 15) {
                return c;
            }
        }
        throw new AssertionError("no child free of social care");
    }

    /** A started world (population built, nothing run yet). */
    public static World started(ModelParameters p, long seed) {
        World w = new World(p, seed);
        w.start();
        return w;
    }
}
