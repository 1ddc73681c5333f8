package issim.experiments.run;

import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import issim.core.observe.Observation;
import java.util.ArrayList;
import java.util.List;

/** Made-up results for tests of what is drawn and summarised from them. */
public final class Replications {
    private Replications() {}

    /**
     * One scenario's replications of one measure and group: {@code monthly[r][m]} is replication
     * {@code r}'s value at the end of month {@code m} (NaN: not observed); replication {@code r}
     * runs on seed {@code r + 1}, as every scenario of a comparison does.
     */
    public static List<Series> of(
            String scenario, Measure measure, String group, double[]... monthly) {
        List<Series> out = new ArrayList<>();
        for (int r = 0; r < monthly.length; r++) {
            List<MonthlyReport> reports = new ArrayList<>();
            for (int m = 0; m < monthly[r].length; m++) {
                List<Observation> o =
                        Double.isNaN(monthly[r][m])
                                ? List.of()
                                : List.of(new Observation(measure, group, monthly[r][m]));
                reports.add(new MonthlyReport(m, 30.0 * (m + 1), o));
            }
            out.add(new Series(scenario, r, r + 1, reports));
        }
        return out;
    }

    /** One replication of a scenario from its monthly reports, on seed {@code replication + 1}. */
    public static Series series(String scenario, int replication, List<MonthlyReport> reports) {
        return new Series(scenario, replication, replication + 1, reports);
    }
}
