package issim.experiments.output;

import issim.core.observe.Calibration;
import issim.core.observe.Measure;
import issim.core.params.OwnReturns;
import issim.experiments.stats.Summary;
import issim.scenarios.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The baseline beside England's rates of the era and the borough's own returns (docs/ODD.md §9),
 * with a warning where it lands far from both: a comparison on a baseline unlike the borough it
 * stands for answers a question about somewhere else.
 */
final class Benchmarks {
    /** Further than this from a reference, relatively, is far. */
    static final double FAR = 0.25;

    /** One row: the baseline's measure, England's figure (a calibration target), the own return. */
    private record Benchmark(Measure measure, Calibration.Target england, double own) {}

    private Benchmarks() {}

    private static List<Benchmark> of(OwnReturns own) {
        return List.of(
                new Benchmark(
                        Measure.CHILDREN_IN_NEED_PER_10K_31_MARCH,
                        Calibration.Target.CHILDREN_IN_NEED,
                        own.childrenInNeedPer10k()),
                new Benchmark(
                        Measure.PROTECTION_PLANS_PER_10K_31_MARCH,
                        Calibration.Target.PROTECTION_PLANS,
                        own.protectionPlansPer10k()),
                new Benchmark(
                        Measure.PROTECTION_PLANS_STARTED_PER_10K_FY,
                        Calibration.Target.PROTECTION_PLANS_STARTED,
                        0),
                new Benchmark(
                        Measure.LOOKED_AFTER_PER_10K_31_MARCH, Calibration.Target.LOOKED_AFTER, 0),
                new Benchmark(
                        Measure.LOOKED_AFTER_STARTED_PER_10K_FY,
                        Calibration.Target.LOOKED_AFTER_STARTED,
                        0),
                new Benchmark(
                        Measure.SOCIAL_CARE_REFERRALS_PER_10K_FY,
                        Calibration.Target.REFERRALS,
                        own.referralsPer10k()),
                new Benchmark(
                        Measure.FIRST_TIME_ENTRANTS_PER_100K_FY,
                        Calibration.Target.FIRST_TIME_ENTRANTS,
                        own.firstTimeEntrantsPer100k()),
                new Benchmark(Measure.NEET_SHARE_16_18, Calibration.Target.NEET, own.neetShare()),
                new Benchmark(
                        Measure.REPEAT_PROTECTION_PLAN_SHARE_FY,
                        Calibration.Target.REPEAT_PROTECTION_PLANS,
                        0),
                new Benchmark(
                        Measure.INITIAL_ASSESSMENTS_IN_TIME_SHARE_FY,
                        Calibration.Target.INITIAL_ASSESSMENTS_IN_TIME,
                        0),
                new Benchmark(
                        Measure.CORE_ASSESSMENTS_IN_TIME_SHARE_FY,
                        Calibration.Target.CORE_ASSESSMENTS_IN_TIME,
                        0),
                new Benchmark(Measure.RE_REFERRAL_SHARE_FY, Calibration.Target.RE_REFERRALS, 0));
    }

    static void render(StringBuilder h, List<Summary.Row> rows, Scenario baseline) {
        OwnReturns own = baseline.parameters().locality().returns();
        List<String> far = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        // Without the borough's returns, two columns of "not given" would only be noise.
        boolean anyOwn = !own.equals(OwnReturns.none());
        table.append("<table>\n<tr><th>measure</th><th>")
                .append(HtmlReport.esc(baseline.name()))
                .append("</th><th>England 2007-2010</th><th>difference</th>")
                .append(anyOwn ? "<th>own return</th><th>difference</th>" : "")
                .append("<th>source of England's figure</th></tr>\n");
        for (Benchmark b : of(own)) {
            Summary.Row r = HtmlReport.find(rows, baseline.name(), Shown.of(b.measure()));
            if (r == null) {
                continue;
            }
            double model = r.stats().mean();
            double england = b.england().value();
            double fromEngland = model / england - 1;
            boolean hasOwn = b.own() > 0;
            double fromOwn = hasOwn ? model / b.own() - 1 : Double.NaN;
            // Only a figure the baseline is calibrated to warns: the others are known to differ
            // (docs/ODD.md §9).
            boolean farFromEngland = b.england().calibrated() && Math.abs(fromEngland) > FAR;
            boolean farFromOwn = !hasOwn || Math.abs(fromOwn) > FAR;
            if (farFromEngland && farFromOwn) {
                far.add(b.measure().label());
            }
            table.append("<tr><td>")
                    .append(HtmlReport.esc(b.measure().label()))
                    .append("</td><td class=\"n\">")
                    .append(value(b.measure(), model))
                    .append("</td><td class=\"n\">")
                    .append(value(b.measure(), england))
                    .append("</td><td class=\"n\">")
                    .append(percent(fromEngland, farFromEngland))
                    .append(b.england().calibrated() ? "" : " (not calibrated to)");
            if (anyOwn) {
                table.append("</td><td class=\"n\">")
                        .append(hasOwn ? value(b.measure(), b.own()) : "not given")
                        .append("</td><td class=\"n\">")
                        .append(hasOwn ? percent(fromOwn, Math.abs(fromOwn) > FAR) : "");
            }
            table.append("</td><td>")
                    .append(HtmlReport.esc(b.england().source()))
                    .append("</td></tr>\n");
        }
        table.append("</table>\n");
        h.append("<h2>The baseline beside England and the borough's own returns</h2>\n<p>")
                .append(
                        "The baseline's run means beside England's published rates of the era and, where the scenario gives")
                .append(" them (locality.returns), the borough's own")
                .append(anyOwn ? "" : "; this scenario gives none")
                .append(". A difference of more than ")
                .append(Math.round(FAR * 100))
                .append(
                        "% from a figure the baseline is calibrated to, or from the borough's own,"
                                + " is marked ⚠; the figures it is not calibrated to are known to"
                                + " differ (docs/ODD.md §9).</p>\n");
        if (!far.isEmpty()) {
            h.append(
                            "<p class=\"caveat\"><b>⚠ Warning.</b> The baseline lands far from England's rate")
                    .append(
                            own.equals(OwnReturns.none())
                                    ? ""
                                    : " and from the borough's own return")
                    .append(" in: ")
                    .append(HtmlReport.esc(String.join("; ", far)))
                    .append(
                            ". Its differences describe a locality unlike the one it stands for: check the"
                                    + " locality's profile (deprivation mix, family risk factors, staffing) before"
                                    + " reading the comparison.</p>\n");
        }
        h.append(table);
    }

    private static String value(Measure m, double v) {
        return m.unit().equals("share") ? Scale.SHARE.level(v) : HtmlReport.fmt(v);
    }

    private static String percent(double d, boolean far) {
        return String.format(Locale.ROOT, "%+.0f%%", 100 * d) + (far ? " ⚠" : "");
    }
}
