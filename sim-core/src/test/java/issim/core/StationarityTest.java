package issim.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * With nothing changed, the default baseline has no trend over its ten observed years (docs/ODD.md
 * §5): the linear trend of the annual means over the 36 shared runs, as a share of their mean over
 * the ten years. Each margin is at least 3.5 standard errors of that trend between runs (measured
 * on seeds 201-236, with families moving in and out: children in need 1.2%, referrals 1.05%, days
 * to help 0.6%, NEET 1.45%, unmet need 0.39%, stay safe 0.03%, protection plans 3.2%, first-time
 * entrants 1.7%, families with a parental problem 0.4%), so the test cannot fail by the luck of its
 * seeds, and tight enough to catch the drifts of earlier versions (protection plans +17% over ten
 * years, days to help +12%; a three-year warm-up gave protection plans +48%). The standard error of
 * each trend is also checked, so that the margin stays meaningful for these seeds.
 */
class StationarityTest {
    @Test
    void theBaselinesAnnualMeansHaveNoTrend() {
        List<List<MonthlyReport>> runs = DefaultBaseline.runs();
        List<Executable> checks = new ArrayList<>();
        checks.add(within(runs, Measure.CHILDREN_IN_NEED_PER_10K, 0.045));
        checks.add(within(runs, Measure.SOCIAL_CARE_REFERRALS_PER_10K_YEAR, 0.04));
        checks.add(within(runs, Measure.DAYS_TO_HELP, 0.03));
        checks.add(within(runs, Measure.NEET_SHARE_16_18, 0.06));
        checks.add(within(runs, Measure.UNMET_NEED_SHARE, 0.02));
        checks.add(within(runs, Measure.OUTCOME_STAY_SAFE, 0.02));
        checks.add(within(runs, Measure.PROTECTION_PLANS_PER_10K, 0.135));
        checks.add(within(runs, Measure.FIRST_TIME_ENTRANTS_PER_100K_10_17_YEAR, 0.065));
        checks.add(within(runs, Measure.FAMILIES_WITH_PARENTAL_PROBLEMS, 0.02));
        assertAll(checks);
    }

    private static Executable within(List<List<MonthlyReport>> runs, Measure m, double margin) {
        List<double[]> annual = new ArrayList<>();
        for (List<MonthlyReport> run : runs) {
            annual.add(AnnualTrend.annualMeans(run, m));
        }
        AnnualTrend t = AnnualTrend.of(m, annual);
        return () -> {
            assertTrue(Math.abs(t.value()) <= margin, t.against(margin));
            assertTrue(
                    t.standardError() <= margin / 2.5,
                    "too few runs to judge: " + t.against(margin));
        };
    }
}
