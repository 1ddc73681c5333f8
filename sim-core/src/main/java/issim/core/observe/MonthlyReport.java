package issim.core.observe;

import java.io.Serializable;
import java.util.List;

/** Everything observed at the end of one month of model time. Day 0 is the end of the warm-up. */
public record MonthlyReport(int month, double day, List<Observation> observations)
        implements Serializable {
    public MonthlyReport {
        observations = List.copyOf(observations);
    }

    /** The value of {@code measure} for {@code group}, or NaN when not observed. */
    public double value(String measure, String group) {
        for (Observation o : observations) {
            if (o.measure().equals(measure) && o.group().equals(group)) {
                return o.value();
            }
        }
        return Double.NaN;
    }

    public double value(String measure) {
        return value(measure, "all");
    }

    public double value(Measure measure, String group) {
        return value(measure.key(), group);
    }

    public double value(Measure measure) {
        return value(measure.key(), "all");
    }
}
