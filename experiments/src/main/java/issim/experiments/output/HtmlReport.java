package issim.experiments.output;

import issim.core.domain.AgencyKind;
import issim.core.observe.Measure;
import issim.experiments.run.ExperimentPlan;
import issim.experiments.run.Series;
import issim.experiments.stats.Statistics;
import issim.experiments.stats.Summary;
import issim.scenarios.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * report.html: one self-contained file that opens offline. A comparison opens with the decision
 * table (the exposed group's and the locality's change in the planners' indicators, costs, demand
 * on social care), then the baseline beside England and the borough's own returns, what was run,
 * costs, how each intervention works; then the outcome-curve figures (embedded SVG), the
 * agency-by-agency trust matrix at start and end as heat maps, every measure's effect as
 * diagnostics, and caveats. It makes no external request and carries no time stamp, so it is
 * reproducible byte for byte.
 */
final class HtmlReport {
    /**
     * Measures in the effects and levels tables; which direction is better comes from the
     * catalogue.
     */
    private static final List<Shown> EFFECTS =
            List.of(
                    Shown.of(Measure.UNMET_NEED_SHARE),
                    Shown.of(Measure.DAYS_TO_HELP),
                    Shown.of(Measure.REFERRALS_LOST),
                    Shown.of(Measure.REFERRALS_LOST_NO_CONTACT),
                    Shown.of(Measure.REFERRALS_LOST_IGNORED),
                    Shown.of(Measure.REFERRALS_LOST_WAITING),
                    Shown.of(Measure.FRAGMENTED_NEED_PER_10K),
                    Shown.of(Measure.FRAGMENTED_NEED_SHARE),
                    Shown.of(Measure.INFORMATION_COMPLETING),
                    Shown.of(Measure.DUPLICATED_ASSESSMENTS),
                    Shown.of(Measure.CHILDREN_IN_NEED_PER_10K),
                    Shown.of(Measure.PROTECTION_PLANS_PER_10K),
                    Shown.of(Measure.SIGNIFICANT_HARM),
                    Shown.of(Measure.FIRST_TIME_ENTRANTS_PER_100K_10_17_YEAR),
                    Shown.of(Measure.FIRST_TIME_ENTRANTS_PER_100K_FY),
                    Shown.of(Measure.CHILDREN_IN_NEED_PER_10K_31_MARCH),
                    Shown.of(Measure.PROTECTION_PLANS_PER_10K_31_MARCH),
                    Shown.of(Measure.LOOKED_AFTER_PER_10K_31_MARCH),
                    Shown.of(Measure.SOCIAL_CARE_REFERRALS_PER_10K_FY),
                    Shown.of(Measure.INITIAL_ASSESSMENTS_IN_TIME_SHARE_FY),
                    Shown.of(Measure.CORE_ASSESSMENTS_IN_TIME_SHARE_FY),
                    Shown.of(Measure.REPEAT_PROTECTION_PLAN_SHARE_FY),
                    Shown.of(Measure.REFERRALS_TO_ASSESSMENT_SHARE_FY),
                    Shown.of(Measure.RE_REFERRAL_SHARE_FY),
                    Shown.of(Measure.ASB_INCIDENTS_AT_SCHOOL),
                    Shown.of(Measure.NEET_SHARE_16_18),
                    Shown.of(Measure.OUTCOME_BE_HEALTHY).withUnit(),
                    Shown.of(Measure.OUTCOME_STAY_SAFE).withUnit(),
                    Shown.of(Measure.OUTCOME_ENJOY_AND_ACHIEVE).withUnit(),
                    Shown.of(Measure.OUTCOME_POSITIVE_CONTRIBUTION).withUnit(),
                    Shown.of(Measure.OUTCOME_ECONOMIC_WELL_BEING).withUnit(),
                    Shown.of(Measure.OUTCOME_STAY_SAFE).in("q5", "most deprived fifth"),
                    Shown.of(Measure.TRUST_ACROSS_AGENCIES),
                    Shown.of(Measure.TRUST_FAMILY),
                    Shown.of(Measure.COST).withUnit());

    private HtmlReport() {}

    static String render(
            ExperimentPlan plan,
            List<List<Series>> results,
            List<Summary.Row> rows,
            List<Plots.Figure> figures) {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append(
                        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>issim report</title>\n<style>\n")
                .append(
                        "body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222;line-height:1.4}")
                .append(
                        "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 6px;font-size:13px}")
                .append(
                        "th{background:#f3f3f3}td.n{text-align:right}.good{color:#1b7e3c;font-weight:bold}.bad{color:#b42318;font-weight:bold}")
                .append(
                        "table.heat td{width:44px;text-align:center}img{max-width:100%}.caveat{background:#fff8e1;padding:.6em 1em}")
                .append("\n</style>\n</head>\n<body>\n");
        Scenario first = plan.scenarios().get(0);
        h.append("<h1>issim: ")
                .append(
                        plan.compare()
                                ? "comparison with " + esc(first.name())
                                : "run of " + esc(first.name()))
                .append("</h1>\n");
        boolean comparison = plan.compare() && results.size() > 1;
        if (comparison) {
            // The decision first: the exposed group, the locality it is diluted in, costs and
            // demand (docs/ODD.md §7.13); then the baseline beside England and the borough.
            DecisionTable.render(
                    h,
                    results,
                    plan.scenarios(),
                    (int) Math.round(first.parameters().horizonDays() / 365.0));
        }
        Benchmarks.render(h, rows, plan.scenarios().get(0));
        whatWasRun(h, plan);
        if (comparison) {
            CostTable.render(h, results);
            InterventionNotes.render(h, plan.scenarios());
        }
        boolean band = plan.replications() > 1;
        h.append("<h2>Outcome curves</h2>\n<p>Monthly values: the mean over replications")
                .append(
                        band
                                ? ", with its 95% band (Student's t over replications)."
                                : "; with one replication there is no confidence interval, so no band.")
                .append("</p>\n");
        for (Plots.Figure f : figures) {
            if (f.file().equals(Plots.DIFFERENCES.file())) {
                h.append("<h3>Differences from the baseline</h3>\n<p>")
                        .append(
                                "Each scenario minus the baseline, replication by replication on the same seed, ")
                        .append("so the same families meet the same events: ")
                        .append(
                                band
                                        ? "the mean difference with its 95% band. Where the band excludes the"
                                                + " line at zero, the difference is clear."
                                        : "the one replication's difference, with no band.")
                        .append("</p>\n");
            }
            figure(h, f);
        }
        trust(h, results);
        if (comparison) {
            effects(
                    h,
                    rows,
                    plan,
                    EFFECTS,
                    "Effects against the baseline: every measure",
                    "Diagnostics behind the decision table, the outcome indices and the financial years' returns"
                            + " among them. ");
        } else {
            levels(h, rows);
        }
        h.append(
                        "<h2>Caveats</h2>\n<div class=\"caveat\"><p>This is a model, not a forecast. It shows what the modelled ")
                .append(
                        "mechanisms — noticing, sharing, referral, trust, common assessment, policing choices — do to a simulated ")
                .append(
                        "locality calibrated to England in 2007-2010, under the assumptions documented in the model description ")
                .append(
                        "(docs/ODD.md). Scenarios are compared on common random numbers: the same families meet the same life ")
                .append(
                        "events, so a difference is caused by the services alone.</p><p><b>What a same-seed comparison removes:</b> ")
                .append(
                        "chance (the two runs differ only in what services do) and any national trend (both runs share the same ")
                .append(
                        "world, and the model has no national change). A before-and-after figure mixes the two with an ")
                .append(
                        "intervention: England's first-time entrants fell just over 10% in 2007/08, close to the 11.6% Wigan ")
                .append(
                        "reported for its three-tier programme, so the programme's effects here are anchored to the difference, ")
                .append(
                        "about 2% borough-wide (docs/ODD.md §7.10). <b>What it does not remove:</b> uncertainty in the ")
                .append(
                        "parameters — effect sizes anchored to uncontrolled local evaluations, assumed unit costs — and in the ")
                .append(
                        "model's structure. The intervals cover replication noise only; a sensitivity analysis (issim sweep, ")
                .append("issim sensitivity) addresses the parameters.</p></div>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void figure(StringBuilder h, Plots.Figure f) {
        h.append("<figure><img alt=\"")
                .append(esc(f.title()))
                .append("\" src=\"data:image/svg+xml;base64,")
                .append(
                        Base64.getEncoder()
                                .encodeToString(f.svg().getBytes(StandardCharsets.UTF_8)))
                .append("\"><figcaption>")
                .append(esc(f.title()))
                .append("</figcaption></figure>\n");
    }

    private static void whatWasRun(StringBuilder h, ExperimentPlan plan) {
        Scenario first = plan.scenarios().get(0);
        h.append(
                "<h2>What was run</h2>\n<table>\n<tr><th>scenario</th><th>what it represents</th></tr>\n");
        for (int i = 0; i < plan.scenarios().size(); i++) {
            Scenario s = plan.scenarios().get(i);
            h.append("<tr><td>")
                    .append(esc(s.name()))
                    .append(
                            plan.compare() && i == 0 && !s.name().equals("baseline")
                                    ? " (baseline)"
                                    : "")
                    .append("</td><td>")
                    .append(esc(s.description()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<p>")
                .append(plan.replications())
                .append(plan.replications() == 1 ? " replication" : " replications")
                .append(" per scenario, seeds ")
                .append(plan.firstSeed())
                .append(" to ")
                .append(plan.seed(plan.replications() - 1))
                .append(", common to every scenario; ")
                .append(years(first.parameters().horizonDays()))
                .append(" simulated after a warm-up of ")
                .append(years(first.parameters().warmupDays()))
                .append("; about ")
                .append(CostTable.money(first.parameters().locality().children()))
                .append(" children. issim ")
                .append(esc(Version.get()))
                .append("; inputs sha256:")
                .append(Manifest.inputHash(plan), 0, 16)
                .append("….</p>\n");
        if (!plan.draws().isEmpty()) {
            h.append(
                            "<p>With parameter uncertainty: each replication also ran with its own draw of ")
                    .append(String.join(", ", plan.draws().get(0).keySet()))
                    .append(
                            " (the same draw for every scenario; the draws are in manifest.json), so")
                    .append(
                            " the intervals below cover what is not known about these parameters as")
                    .append(" well as chance.</p>\n");
        }
    }

    private static void trust(StringBuilder h, List<List<Series>> results) {
        h.append(
                        "<h2>Trust between agencies</h2>\n<p>Mean trust of practitioners of the row's agency in those of the column's, ")
                .append(
                        "over replications, in the first and the last month. It is a mean over every")
                .append(
                        " pair of the two agencies' practitioners, so an intervention that brings a")
                .append(
                        " few of them together moves it little even where their own trust grows: the")
                .append(
                        " staff who share a school every day come to trust each other at about 0.8,")
                .append(" from 0.2, within about nine months (docs/ODD.md §7.11).</p>\n");
        for (List<Series> scenario : results) {
            int last = scenario.get(0).months() - 1;
            for (int month : new int[] {0, last}) {
                h.append("<h3>")
                        .append(esc(scenario.get(0).scenario()))
                        .append(month == 0 ? ", first month" : ", last month")
                        .append("</h3>\n<table class=\"heat\">\n<tr><th></th>");
                for (AgencyKind b : AgencyKind.values()) {
                    h.append("<th>").append(esc(b.label())).append("</th>");
                }
                h.append("</tr>\n");
                for (AgencyKind a : AgencyKind.values()) {
                    h.append("<tr><th>").append(esc(a.label())).append("</th>");
                    for (AgencyKind b : AgencyKind.values()) {
                        double[] v = new double[scenario.size()];
                        for (int r = 0; r < v.length; r++) {
                            double[] values =
                                    scenario.get(r)
                                            .values(
                                                    Measure.TRUST_AGENCY.key(),
                                                    a.key() + ">" + b.key());
                            v[r] = values == null ? Double.NaN : values[month];
                        }
                        double t = Statistics.of(v).mean();
                        h.append("<td style=\"background:")
                                .append(heat(t))
                                .append("\">")
                                .append(Double.isNaN(t) ? "" : fmt2(t))
                                .append("</td>");
                    }
                    h.append("</tr>\n");
                }
                h.append("</table>\n");
            }
        }
    }

    /** White at 0 to teal at 1. */
    private static String heat(double t) {
        if (Double.isNaN(t)) {
            return "#eee";
        }
        double x = Math.max(0, Math.min(1, t));
        int r = (int) Math.round(255 - x * (255 - 0x1b)),
                g = (int) Math.round(255 - x * (255 - 0x9e)),
                b = (int) Math.round(255 - x * (255 - 0x77));
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    static boolean isOf(Summary.Row r, Shown e) {
        return r.key().measure().equals(e.measure().key()) && r.key().group().equals(e.group());
    }

    static Summary.Row find(List<Summary.Row> rows, String scenario, Shown e) {
        for (Summary.Row r : rows) {
            if (r.scenario().equals(scenario) && isOf(r, e)) {
                return r;
            }
        }
        return null;
    }

    private static void effects(
            StringBuilder h,
            List<Summary.Row> rows,
            ExperimentPlan plan,
            List<Shown> shown,
            String title,
            String intro) {
        String base = plan.scenarios().get(0).name();
        h.append("<h2>")
                .append(esc(title))
                .append("</h2>\n<p>")
                .append(esc(intro))
                .append("Run means (the mean of the values observed), averaged over replications; ")
                .append(
                        "differences are paired by seed, with 95% confidence intervals (Student's t). ")
                .append(
                        "▲ or ▼ is the direction of the difference; it is <span class=\"good\">better</span> or ")
                .append(
                        "<span class=\"bad\">worse</span> only where the whole interval lies on one side of zero, ")
                .append(
                        "and no clear difference where it includes zero. Measures with no better direction are not judged.")
                .append(
                        plan.replications() > 1
                                ? ""
                                : " With one replication there is no interval (n/a), so nothing is judged.")
                .append("</p>\n");
        for (Scenario s : plan.scenarios().subList(1, plan.scenarios().size())) {
            h.append("<h3>")
                    .append(esc(s.name()))
                    .append("</h3>\n<table>\n<tr><th>measure</th><th>")
                    .append(esc(base))
                    .append("</th><th>")
                    .append(esc(s.name()))
                    .append(
                            "</th><th>difference</th><th>95% CI</th><th>change</th><th>against baseline</th></tr>\n");
            for (Shown e : shown) {
                Summary.Row b = find(rows, base, e);
                Summary.Row r = find(rows, s.name(), e);
                if (b == null || r == null || r.diff() == null) {
                    continue;
                }
                Statistics d = r.diff();
                Verdict v = Verdict.of(e.measure().better(), d);
                h.append("<tr><td>")
                        .append(esc(e.label()))
                        .append("</td><td class=\"n\">")
                        .append(fmt(b.stats().mean()))
                        .append("</td><td class=\"n\">")
                        .append(fmt(r.stats().mean()))
                        .append("</td><td class=\"")
                        .append(v.cssClass())
                        .append("\">")
                        .append(signed(d.mean()))
                        .append("</td><td class=\"n\">")
                        .append(interval(d, HtmlReport::signed))
                        .append("</td><td class=\"n\">")
                        .append(
                                Double.isNaN(r.pctChange())
                                        ? ""
                                        : String.format(Locale.ROOT, "%+.1f%%", r.pctChange()))
                        .append("</td><td class=\"")
                        .append(v.cssClass())
                        .append("\">")
                        .append(v.text(d))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
    }

    private static void levels(StringBuilder h, List<Summary.Row> rows) {
        h.append(
                "<h2>Levels</h2>\n<table>\n<tr><th>measure</th><th>mean</th><th>95% CI</th></tr>\n");
        for (Shown e : EFFECTS) {
            for (Summary.Row r : rows) {
                if (isOf(r, e)) {
                    h.append("<tr><td>")
                            .append(esc(e.label()))
                            .append("</td><td class=\"n\">")
                            .append(fmt(r.stats().mean()))
                            .append("</td><td class=\"n\">")
                            .append(interval(r.stats(), HtmlReport::fmt))
                            .append("</td></tr>\n");
                }
            }
        }
        h.append("</table>\n");
    }

    /**
     * The 95% interval as "low to high", or "n/a" with one replication: a zero-width interval there
     * would claim a certainty one run cannot give.
     */
    private static String interval(Statistics s, DoubleFunction<String> format) {
        return s.hasInterval() ? format.apply(s.low()) + " to " + format.apply(s.high()) : "n/a";
    }

    /**
     * How a difference from the baseline reads: better or worse only where its interval excludes
     * zero and the measure has a better direction; the word and an arrow say it as well as the
     * colour.
     */
    enum Verdict {
        BETTER("n good"),
        WORSE("n bad"),
        UNCLEAR("n"),
        NO_INTERVAL("n"),
        NOT_JUDGED("n");

        private final String cssClass;

        Verdict(String cssClass) {
            this.cssClass = cssClass;
        }

        /** The value of the cell's one class attribute. */
        String cssClass() {
            return cssClass;
        }

        static Verdict of(Measure.Better better, Statistics d) {
            if (better == Measure.Better.NEITHER) {
                return NOT_JUDGED;
            }
            if (!d.hasInterval()) {
                return NO_INTERVAL;
            }
            boolean up = d.above(0), down = d.below(0);
            if (!up && !down) {
                return UNCLEAR;
            }
            return up == (better == Measure.Better.HIGHER) ? BETTER : WORSE;
        }

        /** The cell's text; the arrow is the direction of the mean difference. */
        String text(Statistics d) {
            String arrow = d.mean() > 0 ? "▲ " : "▼ ";
            return switch (this) {
                case BETTER -> arrow + "better";
                case WORSE -> arrow + "worse";
                case UNCLEAR -> "no clear difference";
                case NO_INTERVAL -> "n/a";
                case NOT_JUDGED -> "";
            };
        }
    }

    /** Days as years for a reader: "10 years", "1.5 years", "1 year", "30 days". */
    static String years(int days) {
        if (days < 365) {
            return days + (days == 1 ? " day" : " days");
        }
        double y = days / 365.0;
        String n =
                y == Math.rint(y)
                        ? String.valueOf((long) y)
                        : String.format(Locale.ROOT, "%.1f", y);
        return n + (days == 365 ? " year" : " years");
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == 0) {
            v = 0; // not "-0.000"
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.1f", v);
        }
        // Four significant figures, never in scientific notation ("1.847e-05").
        return new java.math.BigDecimal(v)
                .round(new java.math.MathContext(4))
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String fmt2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String signed(double v) {
        return Double.isNaN(v) ? "" : (v >= 0 ? "+" : "") + fmt(v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
