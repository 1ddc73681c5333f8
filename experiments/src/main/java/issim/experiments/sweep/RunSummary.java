package issim.experiments.sweep;

import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import issim.core.observe.Observation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run's summary measures: for every measure observed in the group {@code all}, its mean over the
 * months after the warm-up (months it was not observed left out; NaN if it never was). The measures
 * come from the reports, in the catalogue's order, so a measure added to the catalogue appears in
 * sweeps without a change here.
 */
public final class RunSummary {
    static final String GROUP = "all";

    private RunSummary() {}

    public static Map<String, Double> of(List<MonthlyReport> reports) {
        Map<String, double[]> sums = new TreeMap<>(); // {sum, count}
        for (MonthlyReport r : reports) {
            for (Observation o : r.observations()) {
                if (!o.group().equals(GROUP)) {
                    continue;
                }
                double[] s = sums.computeIfAbsent(o.measure(), k -> new double[2]);
                if (!Double.isNaN(o.value())) {
                    s[0] += o.value();
                    s[1]++;
                }
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            double[] s = sums.remove(m.key());
            if (s != null) {
                out.put(m.key(), s[1] == 0 ? Double.NaN : s[0] / s[1]);
            }
        }
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            double[] s = e.getValue();
            out.put(e.getKey(), s[1] == 0 ? Double.NaN : s[0] / s[1]);
        }
        return out;
    }

    /** Measure keys in catalogue order, then any others alphabetically. */
    public static int order(String key) {
        for (Measure m : Measure.values()) {
            if (m.key().equals(key)) {
                return m.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }
}
