package issim.core.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * England's published rates of 2007-2010 that the default silo baseline is calibrated to
 * (docs/ODD.md §9), and how a set of baseline runs is measured against them: each measure's mean
 * over months 13-120 of each run (the first observed year left out), averaged over the runs; the
 * repeat share of protection plans as a ratio of sums over the same months.
 */
public final class Calibration {
    /** One calibration target. */
    public enum Target {
        CHILDREN_IN_NEED(
                "children in need, per 10,000 children",
                Measure.CHILDREN_IN_NEED_PER_10K,
                340,
                "DfE, Characteristics of children in need 2009-10: 375,900 at 31 March 2010"),
        PROTECTION_PLANS(
                "child protection plans, per 10,000 children",
                Measure.PROTECTION_PLANS_PER_10K,
                35,
                "DfE, Characteristics of children in need 2009-10: 39,100 at 31 March 2010"),
        PROTECTION_PLANS_STARTED(
                "child protection plans started, per 10,000 a year",
                Measure.PROTECTION_PLANS_STARTED_PER_10K_FY,
                40,
                "DfE, Characteristics of children in need 2009-10: 44,300 in the year"),
        LOOKED_AFTER(
                "children looked after at 31 March, per 10,000 children",
                Measure.LOOKED_AFTER_PER_10K_31_MARCH,
                58,
                "DfE SFR27/2010: 64,400 at 31 March 2010"),
        LOOKED_AFTER_STARTED(
                "children starting to be looked after, per 10,000 a year",
                Measure.LOOKED_AFTER_STARTED_PER_10K_FY,
                25,
                "DfE SFR27/2010: 27,800 in 2009-10 (reported, not calibrated: the model brings children into care for their safety only, not for disability, family breakdown in adolescence or as unaccompanied asylum seekers)",
                false),
        REFERRALS(
                "referrals to children's social care, per 10,000 a year",
                Measure.SOCIAL_CARE_REFERRALS_PER_10K_YEAR,
                550,
                "DfE, Characteristics of children in need 2009-10: over 600,000 in the year"),
        FIRST_TIME_ENTRANTS(
                "first-time entrants aged 10-17, per 100,000 a year (NI 111)",
                Measure.FIRST_TIME_ENTRANTS_PER_100K_10_17_YEAR,
                1850,
                "DCSF first-time entrants release (PNC), 2008: 94,481 in 2007/08"),
        NEET("NEET at 16-18", Measure.NEET_SHARE_16_18, 0.10, "DCSF NEET statistics, 2008"),
        REPEAT_PROTECTION_PLANS(
                "repeat child protection plans, share of plans started",
                null,
                0.13,
                "DfE, Characteristics of children in need 2009-10"),
        INITIAL_ASSESSMENTS_IN_TIME(
                "initial assessments within 7 working days (NI 59)",
                Measure.INITIAL_ASSESSMENTS_IN_TIME_SHARE_FY,
                0.67,
                "DfE, Characteristics of children in need 2009-10"),
        CORE_ASSESSMENTS_IN_TIME(
                "core assessments within 35 working days (NI 60)",
                Measure.CORE_ASSESSMENTS_IN_TIME_SHARE_FY,
                0.78,
                "DfE, Characteristics of children in need 2009-10"),
        RE_REFERRALS(
                "re-referrals within 12 months, share of referrals (reported, not calibrated)",
                Measure.RE_REFERRAL_SHARE_FY,
                0.24,
                "DCSF, Referrals, assessments and children subject of a child protection plan 2007-08",
                false),
        REFERRALS_TO_ASSESSMENT(
                "referrals going on to initial assessment (NI 68; reported, not calibrated)",
                Measure.REFERRALS_TO_ASSESSMENT_SHARE_FY,
                0.594,
                "DCSF SFR, year to 31 March 2008: 319,900 initial assessments completed against"
                        + " 538,500 referrals (assessments completed, not quite the NI 68 count)",
                false),
        REFERRALS_FROM_POLICE(
                "referrals from the police, share of referrals (reported, not calibrated)",
                Measure.REFERRAL_SOURCE_SHARE_FY,
                "police",
                0.239,
                "DfE SFR 43/2014, Characteristics of children in need 2013-14: sources first"
                        + " collected nationally that year, after the era"),
        REFERRALS_FROM_HEALTH(
                "referrals from health services, share of referrals (reported, not calibrated)",
                Measure.REFERRAL_SOURCE_SHARE_FY,
                "health",
                0.14,
                "DfE SFR 43/2014, Characteristics of children in need 2013-14"),
        REFERRALS_FROM_SCHOOLS(
                "referrals from schools, share of referrals (reported, not calibrated)",
                Measure.REFERRAL_SOURCE_SHARE_FY,
                "school",
                0.131,
                "DfE SFR 43/2014, Characteristics of children in need 2013-14");

        private final String label;
        private final Measure measure;
        private final String group;
        private final double value;
        private final String source;
        private final boolean calibrated;

        Target(String label, Measure measure, double value, String source) {
            this(label, measure, value, source, true);
        }

        /** A share in one group of a measure, reported beside the baseline only. */
        Target(String label, Measure measure, String group, double value, String source) {
            this(label, measure, group, value, source, false);
        }

        Target(String label, Measure measure, double value, String source, boolean calibrated) {
            this(label, measure, "all", value, source, calibrated);
        }

        Target(
                String label,
                Measure measure,
                String group,
                double value,
                String source,
                boolean calibrated) {
            this.label = label;
            this.measure = measure;
            this.group = group;
            this.value = value;
            this.source = source;
            this.calibrated = calibrated;
        }

        /** Whether the baseline is calibrated to it; the others are reported beside it only. */
        public boolean calibrated() {
            return calibrated;
        }

        public String label() {
            return label;
        }

        /** England's figure. */
        public double value() {
            return value;
        }

        public String source() {
            return source;
        }
    }

    /** The first month counted: the first observed year is left out. */
    public static final int FIRST_MONTH = 13;

    private Calibration() {}

    /** The model's value for each target, in target order, over {@code runs}. */
    public static double[] measure(List<List<MonthlyReport>> runs) {
        Target[] targets = Target.values();
        double[] out = new double[targets.length];
        double started = 0, repeats = 0;
        for (List<MonthlyReport> run : runs) {
            List<MonthlyReport> months = run.subList(FIRST_MONTH - 1, run.size());
            double[] sum = new double[targets.length];
            int[] observed = new int[targets.length];
            for (MonthlyReport r : months) {
                for (int k = 0; k < targets.length; k++) {
                    double v =
                            targets[k].measure == null
                                    ? Double.NaN
                                    : r.value(targets[k].measure, targets[k].group);
                    if (!Double.isNaN(v)) { // yearly measures are observed in March only
                        sum[k] += v;
                        observed[k]++;
                    }
                }
                started += r.value(Measure.PROTECTION_PLANS_STARTED);
                repeats += r.value(Measure.REPEAT_PROTECTION_PLANS_STARTED);
            }
            for (int k = 0; k < targets.length; k++) {
                out[k] += observed[k] == 0 ? 0 : sum[k] / observed[k] / runs.size();
            }
        }
        out[Target.REPEAT_PROTECTION_PLANS.ordinal()] = repeats / started;
        return out;
    }

    /** The model's values beside England's, as a Markdown table, one row per target. */
    public static String table(List<List<MonthlyReport>> runs, String seeds) {
        double[] model = measure(runs);
        List<String> rows = new ArrayList<>();
        rows.add("| measure | model | England | difference | source |");
        rows.add("|---|---:|---:|---:|---|");
        for (Target t : Target.values()) {
            double m = model[t.ordinal()];
            rows.add(
                    String.format(
                            Locale.ROOT,
                            "| %s | %s | %s | %+.1f%% | %s |",
                            t.label,
                            format(m),
                            format(t.value),
                            100 * (m / t.value - 1),
                            t.source));
        }
        return "Default baseline, "
                + seeds
                + ", months "
                + FIRST_MONTH
                + "-120 of each run.\n\n"
                + String.join("\n", rows)
                + "\n";
    }

    private static String format(double v) {
        return v < 1
                ? String.format(Locale.ROOT, "%.1f%%", 100 * v)
                : String.format(Locale.ROOT, "%.1f", v);
    }
}
