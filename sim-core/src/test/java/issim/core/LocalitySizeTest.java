package issim.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The baseline's rates per head do not depend on the size of the locality (docs/ODD.md §7.9): no
 * mechanism may reach every practitioner of a locality however large. Localities of 5,000, 50,000
 * and 100,000 children (schools in proportion) against 10,000, with runs in inverse proportion to
 * the size so each figure rests on about the same number of child-years (one run for each large
 * locality, which holds at least as many); the margins are about three standard errors of the
 * noisiest comparison (protection plans, a stock of some 35 per 10,000).
 */
class LocalitySizeTest {
    private static final Measure[] RATES = {
        Measure.CHILDREN_IN_NEED_PER_10K,
        Measure.SOCIAL_CARE_REFERRALS_PER_10K_YEAR,
        Measure.FIRST_TIME_ENTRANTS_PER_100K_10_17_YEAR,
        Measure.UNMET_NEED_SHARE,
        Measure.PROTECTION_PLANS_PER_10K
    };
    private static final double[] MARGINS = {0.08, 0.08, 0.08, 0.05, 0.20};

    private record Run(int size, List<MonthlyReport> reports) {}

    private static ModelParameters locality(int children, int secondaries, int primaries) {
        ModelParameters p =
                ParameterPaths.with(ModelParameters.defaults(), "locality.children", children);
        p = ParameterPaths.with(p, "locality.secondarySchools", secondaries);
        return ParameterPaths.with(p, "locality.primarySchools", primaries);
    }

    /** Mean rates over months 13-120 of the runs of one size. */
    private static double[] rates(List<Run> runs, int size) {
        List<Run> mine = runs.stream().filter(r -> r.size() == size).toList();
        double[] out = new double[RATES.length];
        for (Run run : mine) {
            List<MonthlyReport> months = run.reports().subList(12, run.reports().size());
            for (MonthlyReport r : months) {
                for (int k = 0; k < RATES.length; k++) {
                    out[k] += r.value(RATES[k]) / months.size() / mine.size();
                }
            }
        }
        return out;
    }

    @Test
    void ratesPerHeadAreTheSameForSmallAndLargeLocalities() {
        ModelParameters reference = locality(10_000, 3, 14);
        ModelParameters small = locality(5_000, 2, 7);
        ModelParameters large = locality(50_000, 15, 70);
        ModelParameters largest = locality(100_000, 30, 140);
        // All fourteen runs in one parallel stream, the large ones first, so they overlap the rest.
        List<Run> runs =
                LongStream.range(0, 14)
                        .parallel()
                        .mapToObj(
                                i ->
                                        i == 0
                                                ? new Run(100_000, World.run(largest, 1))
                                                : i == 1
                                                        ? new Run(50_000, World.run(large, 1))
                                                        : i <= 5
                                                                ? new Run(
                                                                        10_000,
                                                                        World.run(reference, i - 1))
                                                                : new Run(
                                                                        5_000,
                                                                        World.run(small, i - 5)))
                        .toList();
        double[] ten = rates(runs, 10_000);
        double[] five = rates(runs, 5_000);
        double[] fifty = rates(runs, 50_000);
        double[] hundred = rates(runs, 100_000);
        List<Executable> checks = new ArrayList<>();
        for (int k = 0; k < RATES.length; k++) {
            int i = k;
            for (double[] other : new double[][] {five, fifty, hundred}) {
                checks.add(
                        () -> assertEquals(ten[i], other[i], MARGINS[i] * ten[i], RATES[i].key()));
            }
        }
        assertAll(checks);
    }
}
