package issim.experiments.demo;

import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running counters of one panel, summed from its monthly reports since day 0, and their curves
 * (the running value after each month).
 */
final class Running {
    /** The counters the room sees, in screen order. */
    enum Counter {
        REFERRALS_LOST("referralsLost", "Referrals lost"),
        DAYS_TO_HELP("daysToHelp", "Days from need to help"),
        HARM("harm", "Significant harm (rare: varies by chance)"),
        FIRST_TIME_ENTRANTS("firstTimeEntrants", "First-time entrants"),
        COST("cost", "Cost (£ million)");

        final String key;
        final String label;

        Counter(String key, String label) {
            this.key = key;
            this.label = label;
        }
    }

    private double lost, harm, entrants, cost, helped, helpedDays;
    private final Map<Counter, List<Double>> series = new LinkedHashMap<>();

    Running() {
        for (Counter c : Counter.values()) {
            series.put(c, new ArrayList<>());
        }
    }

    void add(MonthlyReport r) {
        lost += value(r, Measure.REFERRALS_LOST);
        harm += value(r, Measure.SIGNIFICANT_HARM);
        entrants += value(r, Measure.FIRST_TIME_ENTRANTS);
        cost += value(r, Measure.COST);
        // Days to help is the month's mean over the children helped; the running value is the
        // mean over every child helped so far.
        double n = value(r, Measure.HELP_STARTED);
        double days = r.value(Measure.DAYS_TO_HELP);
        if (n > 0 && !Double.isNaN(days)) {
            helped += n;
            helpedDays += n * days;
        }
        for (Counter c : Counter.values()) {
            series.get(c).add(value(c));
        }
    }

    double value(Counter c) {
        return switch (c) {
            case REFERRALS_LOST -> lost;
            case DAYS_TO_HELP -> helped == 0 ? 0 : Math.round(helpedDays / helped * 10) / 10.0;
            case HARM -> harm;
            case FIRST_TIME_ENTRANTS -> entrants;
            case COST -> Math.round(cost / 1e4) / 100.0;
        };
    }

    List<Map<String, Object>> counters() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Counter c : Counter.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", c.key);
            m.put("label", c.label);
            m.put("value", value(c));
            out.add(m);
        }
        return out;
    }

    Map<String, List<Double>> series() {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        series.forEach((c, s) -> out.put(c.key, List.copyOf(s)));
        return out;
    }

    private static double value(MonthlyReport r, Measure m) {
        double v = r.value(m);
        return Double.isNaN(v) ? 0 : v;
    }
}
