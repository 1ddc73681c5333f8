package issim.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import java.util.List;
import java.util.stream.LongStream;
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

    /**
     * Inside social care the shock shows as defensive practice (docs/ODD.md §7.9, §7.15): in the
     * two years after it, risk-averse social workers open more section 47 enquiries and keep more
     * children on protection plans than the same seeds without it, as England's rose after November
     * 2008 (enquiries about a fifth in two years, children on plans at 31 March a third;
     * docs/ODD.md §7.9). Paired by seed over twelve seeds of 5,000 children (about 470 enquiries
     * and 17 children on plans a seed), each rise must be at least 5% with a paired t statistic
     * above 3: a bound the luck of the seeds cannot meet by itself.
     */
    @Test
    void socialCareOpensMoreEnquiriesAndKeepsMoreChildrenOnPlansAfterTheShock() {
        ModelParameters base =
                ParameterPaths.with(
                        ModelParameters.defaults().withHorizonDays(2 * 365),
                        "locality.children",
                        5_000);
        ModelParameters shocked =
                ParameterPaths.with(
                        ParameterPaths.with(base, "interventions.nationalBlameShock.enabled", true),
                        "interventions.nationalBlameShock.startDay",
                        0);
        // Both branch from one stationary warm-up per seed (docs/ODD.md §5).
        List<List<List<MonthlyReport>>> perSeed =
                LongStream.rangeClosed(1, 12)
                        .parallel()
                        .mapToObj(
                                seed -> {
                                    World.Snapshot warm = World.warmUp(base, seed);
                                    return List.of(World.run(warm, base), World.run(warm, shocked));
                                })
                        .toList();
        double[] enquiries = pairedRise(perSeed, Measure.SECTION_47_ENQUIRIES, 0);
        double[] onPlans = pairedRise(perSeed, Measure.PROTECTION_PLANS_PER_10K, 6);
        assertTrue(
                enquiries[0] > 0.05 && enquiries[1] > 3,
                "enquiries rose by " + enquiries[0] + ", paired t " + enquiries[1]);
        assertTrue(
                onPlans[0] > 0.05 && onPlans[1] > 3,
                "children on plans rose by " + onPlans[0] + ", paired t " + onPlans[1]);
    }

    /**
     * The shocked runs' rise over the baseline's in {@code m}, summed from month {@code from} on,
     * and its paired t statistic.
     */
    private static double[] pairedRise(
            List<List<List<MonthlyReport>>> perSeed, Measure m, int from) {
        int n = perSeed.size();
        double[] d = new double[n];
        double baseline = 0, mean = 0;
        for (int i = 0; i < n; i++) {
            double b = sum(perSeed.get(i).get(0), m, from), s = sum(perSeed.get(i).get(1), m, from);
            baseline += b;
            d[i] = s - b;
            mean += d[i] / n;
        }
        double var = 0;
        for (double x : d) {
            var += (x - mean) * (x - mean) / (n - 1);
        }
        return new double[] {mean * n / baseline, mean / Math.sqrt(var / n)};
    }

    private static double sum(List<MonthlyReport> run, Measure m, int from) {
        double sum = 0;
        for (int i = from; i < run.size(); i++) {
            sum += run.get(i).value(m);
        }
        return sum;
    }
}
