package issim.experiments.output;

import issim.core.observe.Measure;
import issim.experiments.run.Series;
import issim.experiments.stats.Statistics;
import issim.experiments.stats.Summary;
import issim.scenarios.Scenario;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decision table that opens a comparison's report (docs/ODD.md §7.13): for each scenario, the
 * change in the planners' indicators among the children it reaches — its host schools' pupils and
 * their Year 8 cohorts — and across the locality, each with its 95% interval; the demand it puts on
 * children's social care; its full extra cost and what an outcome avoided costs; and why.
 *
 * <p>Every figure is over the whole horizon, pooled child by child (a rate is the group's total
 * over its children's time), and paired by seed. A cost per outcome is priced from the same
 * replications' numbers as the verdict on that outcome beside it, and only where that verdict is
 * "better": the two cannot disagree.
 */
final class DecisionTable {
    /** How one replication's value is had: among some schools' pupils, or (null) everyone. */
    @FunctionalInterface
    private interface Value {
        double of(Series s, Set<Integer> schools);
    }

    /** What a row is: an outcome for children, or a demand on a service (no better direction). */
    private enum Kind {
        OUTCOME,
        DEMAND
    }

    /**
     * A row: its label, which way is better, whether it is an outcome or a demand, how its values
     * are written, and its value in a group (NaN where it has none: the Year 8 cohort is the
     * exposed group's only; the financial years' returns are the locality's).
     */
    private record Indicator(
            String label, Measure.Better better, Kind kind, Scale scale, Value value) {}

    /** First-time entrants (NI 111): priced per entrant avoided. */
    private static final Indicator ENTRANTS =
            new Indicator(
                    "First-time entrants per 100,000 aged 10-17 a year (NI 111)",
                    Measure.Better.LOWER,
                    Kind.OUTCOME,
                    Scale.RATE,
                    (s, g) ->
                            ExposedGroups.pooled(
                                    s,
                                    Measure.FIRST_TIME_ENTRANTS_PER_100K_10_17_YEAR,
                                    Measure.AGED_10_17,
                                    g));

    /** Unmet need: priced per child-year avoided. */
    private static final Indicator UNMET_NEED =
            new Indicator(
                    "Share of children with unmet need",
                    Measure.Better.LOWER,
                    Kind.OUTCOME,
                    Scale.SHARE,
                    (s, g) ->
                            ExposedGroups.pooled(s, Measure.UNMET_NEED_SHARE, Measure.CHILDREN, g));

    /** Significant harm, the locality's: priced per incident avoided. */
    private static final Indicator HARM =
            new Indicator(
                    "Significant harm incidents per 10,000 children a year",
                    Measure.Better.LOWER,
                    Kind.OUTCOME,
                    Scale.RARE,
                    (s, g) -> g == null ? perTenThousandAYear(s) : Double.NaN);

    /** Referrals to social care: in the demand sentence. */
    private static final Indicator REFERRALS =
            new Indicator(
                    "Referrals to social care per 10,000 a year",
                    Measure.Better.NEITHER,
                    Kind.DEMAND,
                    Scale.RATE,
                    (s, g) ->
                            ExposedGroups.pooled(
                                    s,
                                    Measure.SOCIAL_CARE_REFERRALS_PER_10K_YEAR,
                                    Measure.CHILDREN,
                                    g));

    /** Children in need: in the demand sentence. */
    private static final Indicator IN_NEED =
            new Indicator(
                    "Children in need per 10,000",
                    Measure.Better.NEITHER,
                    Kind.DEMAND,
                    Scale.RATE,
                    (s, g) ->
                            ExposedGroups.pooled(
                                    s, Measure.CHILDREN_IN_NEED_PER_10K, Measure.CHILDREN, g));

    private static final List<Indicator> OUTCOMES =
            List.of(
                    ENTRANTS,
                    new Indicator(
                            "Year 8 cohort of day 0: share ever a first-time entrant by the end",
                            Measure.Better.LOWER,
                            Kind.OUTCOME,
                            Scale.SHARE,
                            (s, g) ->
                                    g == null
                                            ? Double.NaN
                                            : ExposedGroups.cohortMean(
                                                    s,
                                                    Measure.COHORT_EVER_FIRST_TIME_ENTRANT_SHARE,
                                                    g)),
                    new Indicator(
                            "NEET at 16-18 (NI 117); exposed: the Year 8 cohort once 16-18",
                            Measure.Better.LOWER,
                            Kind.OUTCOME,
                            Scale.SHARE,
                            (s, g) ->
                                    g == null
                                            ? locality(s, Measure.NEET_SHARE_16_18)
                                            : ExposedGroups.cohortMean(
                                                    s, Measure.COHORT_NEET_SHARE, g)),
                    UNMET_NEED,
                    new Indicator(
                            "Children whose need spans two or more outcomes and no agency knows"
                                    + " all of, per 10,000 (the silo effect)",
                            Measure.Better.LOWER,
                            Kind.OUTCOME,
                            Scale.RATE,
                            (s, g) ->
                                    ExposedGroups.pooled(
                                            s,
                                            Measure.FRAGMENTED_NEED_PER_10K,
                                            Measure.CHILDREN,
                                            g)),
                    HARM,
                    new Indicator(
                            "Days from need onset to help",
                            Measure.Better.LOWER,
                            Kind.OUTCOME,
                            Scale.RATE,
                            (s, g) -> g == null ? locality(s, Measure.DAYS_TO_HELP) : Double.NaN),
                    new Indicator(
                            Measure.INITIAL_ASSESSMENTS_IN_TIME_SHARE_FY.label(),
                            Measure.INITIAL_ASSESSMENTS_IN_TIME_SHARE_FY.better(),
                            Kind.OUTCOME,
                            Scale.SHARE,
                            localityOnly(Measure.INITIAL_ASSESSMENTS_IN_TIME_SHARE_FY)),
                    new Indicator(
                            Measure.REPEAT_PROTECTION_PLAN_SHARE_FY.label(),
                            Measure.REPEAT_PROTECTION_PLAN_SHARE_FY.better(),
                            Kind.OUTCOME,
                            Scale.SHARE,
                            localityOnly(Measure.REPEAT_PROTECTION_PLAN_SHARE_FY)),
                    new Indicator(
                            Measure.RE_REFERRAL_SHARE_FY.label(),
                            Measure.RE_REFERRAL_SHARE_FY.better(),
                            Kind.OUTCOME,
                            Scale.SHARE,
                            localityOnly(Measure.RE_REFERRAL_SHARE_FY)));

    private static final List<Indicator> DEMAND =
            List.of(
                    REFERRALS,
                    new Indicator(
                            Measure.REFERRALS_TO_ASSESSMENT_SHARE_FY.label(),
                            Measure.Better.NEITHER,
                            Kind.DEMAND,
                            Scale.SHARE,
                            localityOnly(Measure.REFERRALS_TO_ASSESSMENT_SHARE_FY)),
                    IN_NEED,
                    new Indicator(
                            "Protection plans per 10,000",
                            Measure.Better.NEITHER,
                            Kind.DEMAND,
                            Scale.RATE,
                            (s, g) ->
                                    ExposedGroups.pooled(
                                            s,
                                            Measure.PROTECTION_PLANS_PER_10K,
                                            Measure.CHILDREN,
                                            g)),
                    new Indicator(
                            "Children looked after per 10,000",
                            Measure.Better.NEITHER,
                            Kind.DEMAND,
                            Scale.RATE,
                            (s, g) ->
                                    g == null
                                            ? locality(s, Measure.LOOKED_AFTER_PER_10K)
                                            : Double.NaN));

    private DecisionTable() {}

    static void render(
            StringBuilder h, List<List<Series>> results, List<Scenario> scenarios, int years) {
        List<Series> baseline = results.get(0);
        String base = HtmlReport.esc(baseline.get(0).scenario());
        h.append("<h2>The decision in one table</h2>\n<p>")
                .append(
                        "For each scenario: how the indicators planners report change among the"
                                + " children it reaches (the exposed group: the pupils of its host"
                                + " schools, and their Year 8 of day 0 followed to 18) and across the")
                .append(" locality; what it asks of children's social care; what it costs in full;")
                .append(" and what an outcome avoided costs. Values are over the ")
                .append(years)
                .append(" simulated years after day 0, a rate being the group's total over its")
                .append(
                        " children's time (so it can differ a little from the diagnostics' means of")
                .append(" monthly values); the financial years' returns (NI 59, NI 65, NI 68,")
                .append(" re-referrals) are the locality's. Each change is the scenario minus ")
                .append(base)
                .append(
                        " on the same seed, with its 95% confidence interval over replications"
                                + " (Student's t). ▼ and ▲ are the direction of the change; it is"
                                + " <span class=\"good\">better</span> or <span class=\"bad\">worse</span>"
                                + " only where the whole interval lies on one side of zero. Demand is not"
                                + " judged: finding more need is a cost and may be a gain. A cost per"
                                + " outcome is given only where that outcome is better; below zero, it is a"
                                + " net saving. Shares are"
                                + " in per cent, and their changes in percentage points.</p>\n");
        for (int i = 1; i < results.size(); i++) {
            scenario(h, results.get(i), baseline, scenarios.get(i));
        }
    }

    private static void scenario(
            StringBuilder h, List<Series> scenario, List<Series> baseline, Scenario described) {
        List<Set<Integer>> hosts = ExposedGroups.hostSchools(scenario);
        boolean exposed = hosts.stream().noneMatch(Set::isEmpty);
        h.append("<h3>").append(HtmlReport.esc(scenario.get(0).scenario())).append("</h3>\n<p>");
        if (exposed) {
            h.append("<b>Exposed:</b> the pupils of the host schools (")
                    .append(ExposedGroups.hostNames(scenario))
                    .append("), ")
                    .append(CostTable.money(meanPupils(scenario, hosts)))
                    .append(" pupils on average, and their Year 8 of day 0.");
        } else {
            h.append("<b>Exposed:</b> ")
                    .append(
                            hosts.stream().allMatch(Set::isEmpty)
                                    ? "the whole locality: this scenario has no host schools."
                                    : "host schools in some replications only (an intervention not"
                                            + " started by the end of the run): the locality only.");
        }
        String why = InterventionNotes.summary(described.parameters().interventions());
        if (!why.isEmpty()) {
            h.append(" <b>Why:</b> ").append(HtmlReport.esc(why));
        }
        h.append("</p>\n<table>\n<tr><th rowspan=\"2\">indicator</th>")
                .append(
                        "<th colspan=\"3\">exposed group</th><th colspan=\"3\">locality</th></tr>\n")
                .append("<tr><th>baseline</th><th>change (95% CI)</th><th>judged</th>")
                .append("<th>baseline</th><th>change (95% CI)</th><th>judged</th></tr>\n");
        section(h, "Outcomes for children");
        Map<Indicator, Statistics[]> d =
                rows(h, OUTCOMES, scenario, baseline, exposed ? hosts : null);
        section(h, "Demand on children's social care");
        d.putAll(rows(h, DEMAND, scenario, baseline, exposed ? hosts : null));
        section(h, "Costs over the horizon (GBP)");
        double[] extra = CostTable.fullExtra(scenario, baseline);
        Statistics cost = Statistics.of(extra);
        h.append("<tr><td>Full extra cost: spending, practitioner time, placements</td>")
                .append("<td colspan=\"6\" class=\"n\">")
                .append(CostTable.withInterval(cost, CostTable::money))
                .append("</td></tr>\n");
        Value entrants = (s, g) -> ExposedGroups.total(s, Measure.FIRST_TIME_ENTRANTS, g);
        Value unmet = (s, g) -> ExposedGroups.childYears(s, Measure.UNMET_NEED_SHARE, g);
        Value harm = (s, g) -> ExposedGroups.total(s, Measure.SIGNIFICANT_HARM, g);
        costRow(
                h,
                "Cost per first-time entrant avoided",
                extra,
                exposed ? avoided(scenario, baseline, hosts, entrants) : null,
                d.get(ENTRANTS)[0],
                avoided(scenario, baseline, null, entrants),
                d.get(ENTRANTS)[1],
                "per entrant avoided");
        costRow(
                h,
                "Cost per child-year of unmet need avoided",
                extra,
                exposed ? avoided(scenario, baseline, hosts, unmet) : null,
                d.get(UNMET_NEED)[0],
                avoided(scenario, baseline, null, unmet),
                d.get(UNMET_NEED)[1],
                "per child-year avoided");
        costRow(
                h,
                "Cost per significant harm incident avoided",
                extra,
                null,
                null,
                avoided(scenario, baseline, null, harm),
                d.get(HARM)[1],
                "per incident avoided");
        h.append("</table>\n");
        if (exposed) {
            h.append(postponed(d.get(ENTRANTS)[0], d.get(ENTRANTS)[1]));
        }
        h.append("<p>")
                .append(
                        demandSentence(
                                d.get(REFERRALS)[0],
                                d.get(IN_NEED)[0],
                                d.get(REFERRALS)[1],
                                d.get(IN_NEED)[1],
                                scenario.size()))
                .append("</p>\n");
    }

    private static void section(StringBuilder h, String title) {
        h.append("<tr><th colspan=\"7\">").append(HtmlReport.esc(title)).append("</th></tr>\n");
    }

    /** Writes the indicators' rows; by indicator, its paired differences as {@link #row}. */
    private static Map<Indicator, Statistics[]> rows(
            StringBuilder h,
            List<Indicator> indicators,
            List<Series> scenario,
            List<Series> baseline,
            List<Set<Integer>> hosts) {
        Map<Indicator, Statistics[]> out = new IdentityHashMap<>();
        for (Indicator k : indicators) {
            out.put(k, row(h, k, scenario, baseline, hosts));
        }
        return out;
    }

    /**
     * Writes one indicator's row and returns its paired differences, exposed group then locality
     * (null where the row has no value for the group).
     */
    private static Statistics[] row(
            StringBuilder h,
            Indicator k,
            List<Series> scenario,
            List<Series> baseline,
            List<Set<Integer>> hosts) {
        h.append("<tr><td>").append(HtmlReport.esc(k.label())).append("</td>");
        Statistics exposed = hosts == null ? null : cells(h, k, scenario, baseline, hosts);
        if (hosts == null) {
            h.append("<td></td><td></td><td></td>");
        }
        Statistics locality = cells(h, k, scenario, baseline, null);
        h.append("</tr>\n");
        return new Statistics[] {exposed, locality};
    }

    /** The three cells of one group: baseline, change with interval, judgement. */
    private static Statistics cells(
            StringBuilder h,
            Indicator k,
            List<Series> scenario,
            List<Series> baseline,
            List<Set<Integer>> hosts) {
        double[] in = perReplication(scenario, hosts, k.value()),
                out = perReplication(baseline, hosts, k.value());
        Statistics b = Statistics.of(out);
        if (b.n() == 0) {
            h.append("<td></td><td></td><td></td>");
            return null;
        }
        Statistics d = Statistics.paired(in, out);
        String judged;
        String css;
        if (k.kind() == Kind.DEMAND) {
            judged = demand(d);
            css = "n";
        } else {
            HtmlReport.Verdict v = HtmlReport.Verdict.of(k.better(), d);
            judged = v.text(d);
            css = v.cssClass();
        }
        h.append("<td class=\"n\">")
                .append(k.scale().level(b.mean()))
                .append("</td><td class=\"")
                .append(css)
                .append("\">")
                .append(CostTable.withInterval(d, k.scale()::change))
                .append(k.scale().changeUnit())
                .append("</td><td class=\"")
                .append(css)
                .append("\">")
                .append(judged)
                .append("</td>");
        return d;
    }

    /** A demand's change in words: more or less only where its interval excludes zero. */
    static String demand(Statistics d) {
        if (!d.hasInterval()) {
            return "n/a";
        }
        if (d.above(0)) {
            return "▲ more";
        }
        if (d.below(0)) {
            return "▼ less";
        }
        return "no clear change";
    }

    /**
     * One cost-per-outcome row: the full extra cost over the outcomes avoided in each group, priced
     * only where the group's verdict on that outcome (its paired difference) is better.
     */
    private static void costRow(
            StringBuilder h,
            String label,
            double[] extra,
            double[] avoidedExposed,
            Statistics effectExposed,
            double[] avoidedLocality,
            Statistics effectLocality,
            String unit) {
        h.append("<tr><td>").append(HtmlReport.esc(label)).append("</td>");
        for (int c = 0; c < 2; c++) {
            double[] avoided = c == 0 ? avoidedExposed : avoidedLocality;
            Statistics effect = c == 0 ? effectExposed : effectLocality;
            h.append("<td colspan=\"3\" class=\"n\">");
            if (avoided != null && effect != null) {
                h.append(CostTable.costPer(extra, avoided, unit, effect));
            }
            h.append("</td>");
        }
        h.append("</tr>\n");
    }

    /** Each replication's value in its own group (its host schools, or null: the locality). */
    private static double[] perReplication(
            List<Series> runs, List<Set<Integer>> hosts, Value value) {
        double[] out = new double[runs.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = value.of(runs.get(r), hosts == null ? null : hosts.get(r));
        }
        return out;
    }

    /** Per replication, the baseline's {@code amount} minus the scenario's, in a group. */
    private static double[] avoided(
            List<Series> scenario, List<Series> baseline, List<Set<Integer>> hosts, Value amount) {
        double[] base = perReplication(baseline, hosts, amount),
                with = perReplication(scenario, hosts, amount);
        for (int r = 0; r < base.length; r++) {
            base[r] -= with[r];
        }
        return base;
    }

    /**
     * What the scenario asks of children's social care, said plainly: finding more need is a demand
     * someone has to meet. A statistic is null where the group has no such measure.
     */
    static String demandSentence(
            Statistics referralsExposed,
            Statistics inNeedExposed,
            Statistics referralsLocality,
            Statistics inNeedLocality,
            int replications) {
        StringBuilder s = new StringBuilder("<b>Demand on children's social care.</b> ");
        if (replications < 2) {
            return s.append("With one replication there is no interval, so no change is judged.")
                    .toString();
        }
        s.append(clause("Among the exposed pupils", referralsExposed, inNeedExposed))
                .append(clause("Across the locality", referralsLocality, inNeedLocality));
        boolean moreInNeed = rises(inNeedExposed) || rises(inNeedLocality);
        boolean moreReferrals = rises(referralsExposed) || rises(referralsLocality);
        if (moreInNeed) {
            s.append(
                    "The scenario finds more need, and children's social care has to meet it:"
                            + " plan its capacity with the change.");
        } else if (moreReferrals) {
            s.append(
                    "The scenario sends children's social care more referrals, though no clear"
                            + " rise in children in need: plan its front door's capacity with the"
                            + " change.");
        }
        return s.toString().trim();
    }

    /**
     * A caution where first-time entrants fall clearly among the host schools' pupils but not
     * across the locality: a pupil diverted at school may still enter the system after leaving it,
     * where the exposed group no longer counts them, so the entrants the exposed group avoids may
     * only be put off.
     */
    static String postponed(Statistics exposed, Statistics locality) {
        if (exposed == null || locality == null || !exposed.below(0) || locality.below(0)) {
            return "";
        }
        return "<p class=\"caveat\"><b>Entrants avoided or put off?</b> First-time entrants fall"
                + " clearly among the host schools' pupils but not across the locality: some of"
                + " the entrants avoided at school may only enter later, after leaving it. Read"
                + " the cost per entrant avoided for the exposed group with the Year 8 cohort's"
                + " row, which follows the same children to 18.</p>\n";
    }

    private static boolean rises(Statistics d) {
        return d != null && d.above(0);
    }

    /** "Where, referrals ... and children in need .... ", or "" if neither was measured there. */
    private static String clause(String where, Statistics referrals, Statistics inNeed) {
        List<String> parts = new ArrayList<>();
        if (referrals != null) {
            parts.add("referrals " + moves(referrals, "per 10,000 a year"));
        }
        if (inNeed != null) {
            parts.add("children in need " + moves(inNeed, "per 10,000"));
        }
        return parts.isEmpty() ? "" : where + ", " + String.join(" and ", parts) + ". ";
    }

    /**
     * "rise by x unit (95% CI ...)", "fall by x unit (...)", or "show no clear change (x unit, 95%
     * CI ...)": the size after "rise" or "fall", the signed change where there is no clear one.
     */
    private static String moves(Statistics d, String unit) {
        String ci =
                "95% CI " + Scale.RATE.change(d.low()) + " to " + Scale.RATE.change(d.high()) + ")";
        if (d.above(0) || d.below(0)) {
            return (d.above(0) ? "rise by " : "fall by ")
                    + Scale.decimals(Math.abs(d.mean()), 1, false)
                    + " "
                    + unit
                    + " ("
                    + ci;
        }
        return "show no clear change (" + Scale.RATE.change(d.mean()) + " " + unit + ", " + ci;
    }

    /** The mean, over replications and months, of the host schools' pupils taken together. */
    private static double meanPupils(List<Series> scenario, List<Set<Integer>> hosts) {
        double sum = 0;
        for (int r = 0; r < scenario.size(); r++) {
            sum +=
                    ExposedGroups.total(scenario.get(r), Measure.CHILDREN, hosts.get(r))
                            / scenario.get(r).months();
        }
        return sum / scenario.size();
    }

    /** A locality-wide measure's run mean. */
    private static double locality(Series s, Measure m) {
        return Summary.runMean(s, new Series.Key(m.key(), Shown.ALL));
    }

    /** A row the locality has and the exposed group does not (the financial years' returns). */
    private static Value localityOnly(Measure m) {
        return (s, g) -> g == null ? locality(s, m) : Double.NaN;
    }

    /** Significant harm incidents per 10,000 children a year over the run. */
    private static double perTenThousandAYear(Series s) {
        double childMonths = ExposedGroups.total(s, Measure.CHILDREN, null);
        return childMonths == 0
                ? Double.NaN
                : ExposedGroups.total(s, Measure.SIGNIFICANT_HARM, null)
                        * 12
                        * 10_000
                        / childMonths;
    }
}
