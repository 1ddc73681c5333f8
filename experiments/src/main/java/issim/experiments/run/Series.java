package issim.experiments.run;

import issim.core.observe.MonthlyReport;
import issim.core.observe.Observation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one replication, its outcome curves: for each (measure, group), its value at the
 * end of each month (NaN in a month it was not observed, e.g. days to help in a month nobody was
 * helped).
 */
public final class Series {
    private final String scenario;
    private final int replication;
    private final long seed;
    private final double[] days;
    private final Map<Key, double[]> values = new LinkedHashMap<>();
    private final List<MonthlyReport> reports;

    /** A measure and a group within it. */
    public record Key(String measure, String group) {}

    Series(String scenario, int replication, long seed, List<MonthlyReport> reports) {
        this.scenario = scenario;
        this.replication = replication;
        this.seed = seed;
        this.reports = List.copyOf(reports);
        int months = reports.size();
        this.days = new double[months];
        for (int m = 0; m < months; m++) {
            MonthlyReport r = reports.get(m);
            days[m] = r.day();
            for (Observation o : r.observations()) {
                double[] v =
                        values.computeIfAbsent(
                                new Key(o.measure(), o.group()),
                                k -> {
                                    double[] a = new double[months];
                                    Arrays.fill(a, Double.NaN);
                                    return a;
                                });
                v[m] = o.value();
            }
        }
    }

    public String scenario() {
        return scenario;
    }

    public int replication() {
        return replication;
    }

    public long seed() {
        return seed;
    }

    public int months() {
        return days.length;
    }

    public double day(int month) {
        return days[month];
    }

    public Iterable<Key> keys() {
        return values.keySet();
    }

    /** Monthly values of a measure and group, or null if never observed. */
    public double[] values(Key key) {
        return values.get(key);
    }

    public double[] values(String measure, String group) {
        return values.get(new Key(measure, group));
    }

    /** The reports as the model gave them, month by month. */
    public List<MonthlyReport> reports() {
        return reports;
    }
}
