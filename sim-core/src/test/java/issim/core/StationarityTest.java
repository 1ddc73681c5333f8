package issim.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        int years = runs.get(0).size() / 12;
        double[] annual = new double[years];
        double[] perRun = new double[runs.size()];
        for (int k = 0; k < runs.size(); k++) {
            double[] own = new double[years];
            for (int month = 0; month < years * 12; month++) {
                own[month / 12] += runs.get(k).get(month).value(m) / 12;
            }
            for (int y = 0; y < years; y++) {
                annual[y] += own[y] / runs.size();
            }
            perRun[k] = trend(own);
        }
        double trend = trend(annual);
        double spread = 0, centre = 0;
        for (double t : perRun) {
            centre += t / perRun.length;
        }
        for (double t : perRun) {
            spread += (t - centre) * (t - centre) / (perRun.length - 1);
        }
        double se = Math.sqrt(spread / perRun.length);
        String text =
                String.format(
                        Locale.ROOT,
                        "%s: trend %+.2f%% over %d years (standard error %.2f%%, margin ±%.1f%%)",
                        m.key(),
                        100 * trend,
                        years,
                        100 * se,
                        100 * margin);
        return () -> {
            assertTrue(Math.abs(trend) <= margin, text);
            assertTrue(se <= margin / 2.5, "too few runs to judge: " + text);
        };
    }

    /** The linear trend of yearly values over their span, as a share of their mean. */
    private static double trend(double[] annual) {
        int years = annual.length;
        double mean = 0;
        for (double a : annual) {
            mean += a / years;
        }
        double centre = (years - 1) / 2.0, sxx = 0, sxy = 0;
        for (int y = 0; y < years; y++) {
            sxx += (y - centre) * (y - centre);
            sxy += (y - centre) * (annual[y] - mean);
        }
        return sxy / sxx * (years - 1) / mean;
    }
}
