package issim.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A national blame shock (docs/ODD.md §7.9) makes every agency more risk-averse at once: in the
 * year after it, referrals to social care rise against the baseline of the same seeds, and the rise
 * fades in the years after.
 */
class NationalShockTest {
    @Test
    void referralsRiseAfterTheShockAndTheRiseFades() {
        ModelParameters base = TestWorlds.small(4 * 365);
        ModelParameters shocked =
                ParameterPaths.with(
                        ParameterPaths.with(base, "interventions.nationalBlameShock.enabled", true),
                        "interventions.nationalBlameShock.startDay",
                        0);
        double[] before = new double[2], after = new double[2];
        for (long seed = 1; seed <= 6; seed++) {
            List<MonthlyReport> b = World.run(base, seed), s = World.run(shocked, seed);
            for (int m = 0; m < 12; m++) {
                before[0] += b.get(m).value(Measure.SOCIAL_CARE_REFERRALS_PER_10K_YEAR);
                before[1] += s.get(m).value(Measure.SOCIAL_CARE_REFERRALS_PER_10K_YEAR);
                after[0] += b.get(36 + m).value(Measure.SOCIAL_CARE_REFERRALS_PER_10K_YEAR);
                after[1] += s.get(36 + m).value(Measure.SOCIAL_CARE_REFERRALS_PER_10K_YEAR);
            }
        }
        double firstYear = before[1] / before[0] - 1, fourthYear = after[1] / after[0] - 1;
        assertTrue(firstYear > 0.04, "referrals in the first year: " + firstYear);
        assertTrue(fourthYear < firstYear / 2, "fading by the fourth: " + fourthYear);
    }
}
