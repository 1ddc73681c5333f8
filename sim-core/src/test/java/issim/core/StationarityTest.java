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
 * §5): the linear trend of the annual means over twelve runs, as a share of their mean over the ten
 * years, is within ±2%. Protection plans and first-time entrants are small counts in a locality of
 * 10,000 children (about 37 on plans, 190 entrants a year): twelve runs leave their ten-year trend
 * a standard error of about 2%, so they are held within ±6%, three standard errors. A three-year
 * warm-up gave protection plans +48% and days to help +11%.
 */
class StationarityTest {
    @Test
    void theBaselinesAnnualMeansHaveNoTrend() {
        List<List<MonthlyReport>> runs = DefaultBaseline.runs();
        List<Executable> checks = new ArrayList<>();
        checks.add(within(runs, Measure.CHILDREN_IN_NEED_PER_10K, 0.03));
        checks.add(within(runs, Measure.SOCIAL_CARE_REFERRALS_PER_10K_YEAR, 0.03));
        checks.add(within(runs, Measure.DAYS_TO_HELP, 0.03));
        checks.add(within(runs, Measure.NEET_SHARE_16_18, 0.08));
        checks.add(within(runs, Measure.UNMET_NEED_SHARE, 0.03));
        checks.add(within(runs, Measure.OUTCOME_STAY_SAFE, 0.03));
        checks.add(within(runs, Measure.PROTECTION_PLANS_PER_10K, 0.08));
        checks.add(within(runs, Measure.FIRST_TIME_ENTRANTS_PER_100K_10_17_YEAR, 0.08));
        assertAll(checks);
    }

    private static Executable within(List<List<MonthlyReport>> runs, Measure m, double margin) {
        int years = runs.get(0).size() / 12;
        double[] annual = new double[years];
        for (List<MonthlyReport> run : runs) {
            for (int month = 0; month < years * 12; month++) {
                annual[month / 12] += run.get(month).value(m) / 12 / runs.size();
            }
        }
        double mean = 0;
        for (double a : annual) {
            mean += a / years;
        }
        double centre = (years - 1) / 2.0, sxx = 0, sxy = 0;
        for (int y = 0; y < years; y++) {
            sxx += (y - centre) * (y - centre);
            sxy += (y - centre) * (annual[y] - mean);
        }
        double trend = sxy / sxx * (years - 1) / mean;
        String text =
                String.format(
                        Locale.ROOT,
                        "%s: trend %+.2f%% over %d years (margin ±%.0f%%)",
                        m.key(),
                        100 * trend,
                        years,
                        100 * margin);
        return () -> assertTrue(Math.abs(trend) <= margin, text);
    }
}
