package issim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.model.Family;
import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import issim.core.params.DeprivationMix;
import issim.core.params.LocalityParameters;
import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A borough's own deprivation mix (docs/ODD.md §7.1) shapes its families and its need. */
class BoroughProfileTest {
    private static final DeprivationMix DEPRIVED = new DeprivationMix(0, 0, 0.1, 0.3, 0.6);

    private static ModelParameters with(ModelParameters p, DeprivationMix mix) {
        LocalityParameters l = ParameterPaths.with(p.locality(), "deprivation", mix);
        return p.with(l);
    }

    @Test
    void familiesAreDrawnFromTheBoroughsMix() {
        World w = TestWorlds.started(with(TestWorlds.small(365), DEPRIVED), 1);
        int[] count = new int[6];
        List<Family> families = w.population().families();
        for (Family f : families) {
            count[f.quintile()]++;
        }
        int n = families.size();
        assertEquals(0, count[1] + count[2], "no family in a quintile the borough lacks");
        // About 1,100 families: the binomial SD of a share of 0.6 is under 0.015.
        assertEquals(0.6, count[5] / (double) n, 0.05);
        assertEquals(0.3, count[4] / (double) n, 0.05);
    }

    @Test
    void aMoreDeprivedBoroughRefersMoreChildren() {
        ModelParameters england = TestWorlds.small(3 * 365);
        ModelParameters deprived = with(england, DEPRIVED);
        double a = 0, b = 0;
        for (long seed = 1; seed <= 4; seed++) {
            a += mean(World.run(england, seed));
            b += mean(World.run(deprived, seed));
        }
        // Risk factors are likelier the more deprived the family (docs/ODD.md §7.1), so more
        // children are referred; children in need move less, held by social care's capacity.
        assertTrue(b > 1.15 * a, "referrals: England mix " + a / 4 + ", deprived " + b / 4);
    }

    @Test
    void sharesThatDoNotAddUpToOneAreRefused() {
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new DeprivationMix(0.2, 0.2, 0.2, 0.2, 0.3));
        assertTrue(e.getMessage().startsWith("q5: expected the five shares"), e.getMessage());
    }

    private static double mean(List<MonthlyReport> run) {
        return run.stream()
                .mapToDouble(r -> r.value(Measure.SOCIAL_CARE_REFERRALS_PER_10K_YEAR))
                .average()
                .orElseThrow();
    }
}
