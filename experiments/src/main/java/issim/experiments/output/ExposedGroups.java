package issim.experiments.output;

import issim.core.observe.Measure;
import issim.experiments.run.Series;
import issim.experiments.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The children a scenario reaches (docs/ODD.md §7.13): the pupils of the secondary schools hosting
 * its interventions, as each replication reports them, and their Year 8 cohorts of day 0; and a
 * measure taken over a group of schools.
 */
final class ExposedGroups {
    private ExposedGroups() {}

    /** By intervention key, the schools (numbers from 1) a replication reports it hosted by. */
    static Map<String, Set<Integer>> hostsOf(Series s) {
        Map<String, Set<Integer>> out = new TreeMap<>();
        for (Series.Key k : s.keys()) {
            if (!k.measure().equals(Measure.HOST_SCHOOL.key())) {
                continue;
            }
            String intervention = k.group().substring(0, k.group().lastIndexOf('.'));
            for (double v : s.values(k)) {
                if (!Double.isNaN(v)) {
                    out.computeIfAbsent(intervention, i -> new TreeSet<>()).add((int) v);
                }
            }
        }
        return out;
    }

    /** Every school hosting any of a replication's interventions; empty if none has hosts. */
    static Set<Integer> hostSchools(Series s) {
        Set<Integer> schools = new TreeSet<>();
        hostsOf(s).values().forEach(schools::addAll);
        return schools;
    }

    /** Each replication's host schools, in replication order. */
    static List<Set<Integer>> hostSchools(List<Series> scenario) {
        List<Set<Integer>> out = new ArrayList<>();
        for (Series s : scenario) {
            out.add(hostSchools(s));
        }
        return out;
    }

    /** An intervention's name for a reader, from the key its host schools are listed under. */
    static String interventionName(String key) {
        return switch (key) {
            case "co_location" -> "co-location";
            case "three_tier" -> "three-tier prevention";
            case "school_police_officer" -> "school-based police officer";
            default -> key.replace('_', ' ');
        };
    }

    /**
     * Each intervention's host schools by name; where the replications chose differently, each
     * school with the number of replications that chose it.
     */
    static String hostNames(List<Series> scenario) {
        Map<String, Map<Integer, Integer>> chosen = new TreeMap<>();
        for (Series s : scenario) {
            for (Map.Entry<String, Set<Integer>> e : hostsOf(s).entrySet()) {
                for (int school : e.getValue()) {
                    chosen.computeIfAbsent(e.getKey(), k -> new TreeMap<>())
                            .merge(school, 1, Integer::sum);
                }
            }
        }
        int n = scenario.size();
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Integer>> e : chosen.entrySet()) {
            boolean same = e.getValue().values().stream().allMatch(c -> c == n);
            List<String> schools = new ArrayList<>();
            for (Map.Entry<Integer, Integer> school : e.getValue().entrySet()) {
                schools.add(
                        "secondary school "
                                + school.getKey()
                                + (same
                                        ? ""
                                        : " ("
                                                + school.getValue()
                                                + " of "
                                                + n
                                                + " replications)"));
            }
            String agreed = same && n > 1 ? " in every replication" : "";
            parts.add(
                    HtmlReport.esc(interventionName(e.getKey()))
                            + ": "
                            + String.join(", ", schools)
                            + agreed);
        }
        return String.join("; ", parts);
    }

    /**
     * A cohort measure over some secondary schools' Year 8 cohorts of day 0: the mean of their run
     * means, each school's cohort counting equally.
     */
    static double cohortMean(Series s, Measure m, Set<Integer> schools) {
        double sum = 0;
        for (int school : schools) {
            Series.Key key = new Series.Key(m.key(), Measure.cohortGroup(school));
            // A cohort's share ever an entrant only grows: its value is where it ends.
            sum +=
                    m == Measure.COHORT_EVER_FIRST_TIME_ENTRANT_SHARE
                            ? last(s, key)
                            : Summary.runMean(s, key);
        }
        return sum / schools.size();
    }

    /**
     * A rate or share over the whole run among the pupils of some schools taken together, child by
     * child: each month's value in each school weighted by the children it is a rate of ({@code
     * per}, the pupils or the pupils aged 10-17); {@code schools} null is the whole locality. For a
     * rate of counts this is the schools' total count over their total children.
     */
    static double pooled(Series s, Measure rate, Measure per, Set<Integer> schools) {
        double sum = 0, weight = 0;
        for (String group : groups(schools)) {
            double[] v = s.values(rate.key(), group), w = s.values(per.key(), group);
            if (v == null || w == null) {
                continue;
            }
            for (int m = 0; m < v.length; m++) {
                if (!Double.isNaN(v[m]) && !Double.isNaN(w[m])) {
                    sum += v[m] * w[m];
                    weight += w[m];
                }
            }
        }
        return weight == 0 ? Double.NaN : sum / weight;
    }

    /** The sum over the run's months of a count, over some schools' pupils or (null) everyone. */
    static double total(Series s, Measure count, Set<Integer> schools) {
        double sum = 0;
        for (String group : groups(schools)) {
            double[] v = s.values(count.key(), group);
            if (v == null) {
                continue;
            }
            for (double x : v) {
                sum += Double.isNaN(x) ? 0 : x;
            }
        }
        return sum;
    }

    /**
     * Child-years over the run in the state a share measures (unmet need, say), among some schools'
     * pupils or (null) everyone: each month's share times its children, a twelfth of a year.
     */
    static double childYears(Series s, Measure share, Set<Integer> schools) {
        double sum = 0;
        for (String group : groups(schools)) {
            double[] v = s.values(share.key(), group), n = s.values(Measure.CHILDREN.key(), group);
            if (v == null || n == null) {
                continue;
            }
            for (int m = 0; m < v.length; m++) {
                if (!Double.isNaN(v[m]) && !Double.isNaN(n[m])) {
                    sum += v[m] * n[m] / 12;
                }
            }
        }
        return sum;
    }

    /** The groups of some schools' pupils, or the whole locality's for null. */
    private static List<String> groups(Set<Integer> schools) {
        if (schools == null) {
            return List.of(Shown.ALL);
        }
        List<String> out = new ArrayList<>();
        for (int school : schools) {
            out.add(Measure.schoolGroup(school));
        }
        return out;
    }

    /** The last value observed, NaN if none. */
    static double last(Series s, Series.Key key) {
        double[] v = s.values(key);
        if (v == null) {
            return Double.NaN;
        }
        for (int m = v.length - 1; m >= 0; m--) {
            if (!Double.isNaN(v[m])) {
                return v[m];
            }
        }
        return Double.NaN;
    }
}
