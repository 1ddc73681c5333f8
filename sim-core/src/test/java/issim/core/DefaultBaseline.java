package issim.core;

import issim.core.observe.MonthlyReport;
import issim.core.params.ModelParameters;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Twelve runs of the default baseline (seeds 1 to 12), made once and shared by the tests that
 * measure it: each run is eighteen years of warm-up and ten observed.
 */
final class DefaultBaseline {
    static final int SEEDS = 12;

    private static List<List<MonthlyReport>> runs;

    private DefaultBaseline() {}

    static synchronized List<List<MonthlyReport>> runs() {
        if (runs == null) {
            // Runs are independent, so they may run in parallel; they are kept in seed order.
            runs =
                    LongStream.rangeClosed(1, SEEDS)
                            .parallel()
                            .mapToObj(seed -> World.run(ModelParameters.defaults(), seed))
                            .toList();
        }
        return runs;
    }
}
