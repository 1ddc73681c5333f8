package issim.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import issim.core.params.ModelParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The long check of stationarity (docs/ODD.md §5), run by CI after the suite (`mvn -pl sim-core
 * surefire:test -Dgroups=long`, about eight minutes on two cores) and not by the suite itself: 160
 * runs of the default baseline (seeds 5001-5160, no other test's), each observed for thirty years
 * after its warm-up.
 *
 * <p>Thirty years cost 48 simulated years a run against 28 for ten, and divide the standard error
 * of a trend per ten years by about four, because a slope is fitted over three times the span: so
 * every measure, protection plans (about 35 children per 10,000) included, is held to ±2% per ten
 * years at 3.5 standard errors, which ten years alone would need about 1,000 runs to do. Each
 * decade's mean is held to ±2% of the thirty years' too, which a drift confined to the years just
 * after the warm-up (the defect of earlier versions) would break. The first ten years' own trend is
 * held to ±2% where 160 runs can tell (six measures), and to 3.5 standard errors for the rarer
 * three.
 */
@Tag("long")
class LongStationarityTest {
    private static final long FIRST_SEED = 5001;
    private static final int RUNS = 160;
    private static final int YEARS = 30;
    private static final int DECADE = 10;
    private static final double MARGIN = 0.02;

    /** A margin must be at least this many standard errors between runs to be meaningful. */
    private static final double STANDARD_ERRORS = 3.5;

    /** A measure and the margin of its first ten years' own trend. */
    private record Check(Measure measure, double firstDecadeMargin) {}

    private static final List<Check> CHECKS =
            List.of(
                    new Check(Measure.CHILDREN_IN_NEED_PER_10K, MARGIN),
                    new Check(Measure.SOCIAL_CARE_REFERRALS_PER_10K_YEAR, MARGIN),
                    new Check(Measure.DAYS_TO_HELP, MARGIN),
                    new Check(Measure.UNMET_NEED_SHARE, MARGIN),
                    new Check(Measure.OUTCOME_STAY_SAFE, MARGIN),
                    new Check(Measure.FAMILIES_WITH_PARENTAL_PROBLEMS, MARGIN),
                    new Check(Measure.NEET_SHARE_16_18, 0.025),
                    new Check(Measure.FIRST_TIME_ENTRANTS_PER_100K_10_17_YEAR, 0.03),
                    new Check(Measure.PROTECTION_PLANS_PER_10K, 0.06));

    @Test
    void theBaselineHasNoTrendBeyondTwoPerCentInTenYears() {
        ModelParameters thirtyYears = ModelParameters.defaults().withHorizonDays(YEARS * 365);
        // Each run is reduced to its annual means at once: 160 runs' reports would not fit.
        List<double[][]> perRun =
                LongStream.range(FIRST_SEED, FIRST_SEED + RUNS)
                        .parallel()
                        .mapToObj(seed -> annualMeans(World.run(thirtyYears, seed)))
                        .toList();
        List<Executable> checks = new ArrayList<>();
        for (int c = 0; c < CHECKS.size(); c++) {
            Check check = CHECKS.get(c);
            List<double[]> annual = new ArrayList<>();
            for (double[][] run : perRun) {
                annual.add(run[c]);
            }
            Measure m = check.measure();
            checks.add(
                    within(
                            AnnualTrend.of(
                                    m,
                                    "trend per ten years over thirty",
                                    annual,
                                    a -> AnnualTrend.trendPer(a, DECADE)),
                            MARGIN));
            for (int from = 0; from < YEARS; from += DECADE) {
                int start = from;
                checks.add(
                        within(
                                AnnualTrend.of(
                                        m,
                                        "years "
                                                + (start + 1)
                                                + "-"
                                                + (start + DECADE)
                                                + " against all thirty",
                                        annual,
                                        a ->
                                                AnnualTrend.periodAgainstAll(
                                                        a, start, start + DECADE)),
                                MARGIN));
            }
            checks.add(
                    within(
                            AnnualTrend.of(
                                    m,
                                    "trend over the first ten years",
                                    annual,
                                    a -> AnnualTrend.trend(AnnualTrend.first(a, DECADE))),
                            check.firstDecadeMargin()));
        }
        assertAll(checks);
    }

    private static Executable within(AnnualTrend t, double margin) {
        return () -> {
            assertTrue(Math.abs(t.value()) <= margin, t.against(margin));
            assertTrue(
                    t.standardError() <= margin / STANDARD_ERRORS,
                    "too few runs to judge: " + t.against(margin));
        };
    }

    private static double[][] annualMeans(List<MonthlyReport> run) {
        double[][] out = new double[CHECKS.size()][];
        for (int c = 0; c < CHECKS.size(); c++) {
            out[c] = AnnualTrend.annualMeans(run, CHECKS.get(c).measure());
        }
        return out;
    }
}
