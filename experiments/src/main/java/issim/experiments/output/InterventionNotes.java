package issim.experiments.output;

import issim.core.params.Interventions;
import issim.scenarios.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's "how each intervention works, and on what evidence" (docs/ODD.md §7.14): for each
 * intervention a compared scenario puts in place, what it changes in the model, where its effect
 * sizes come from, and what is an assumption. A planner reads the effects table beside these, so
 * that no effect is a number without a reason.
 */
final class InterventionNotes {
    /** One intervention's note: its name, how it works in the model, and its evidence. */
    private record Note(String name, String how, String evidence) {}

    private static final Note CO_LOCATION =
            new Note(
                    "Co-location in schools",
                    "Practitioners of other agencies (a social worker, a school nurse, an education"
                            + " welfare officer...) are based in the host schools for some days a week."
                            + " Being together, they share what each knows of a child more often, know"
                            + " whom to ask, and build trust by informal contact; the school sees need"
                            + " through their eyes. It finds need that silos miss, so it can add demand on"
                            + " children's social care as it lowers unmet need.",
                    "Report 000 case study 3 (co-located social care, health and education welfare in"
                            + " a school) and report 003 (schools as service hubs); trust between"
                            + " co-located staff grows over months, as report 002 describes (nine"
                            + " months). The size of the sharing bonus and the days on site are"
                            + " assumptions (docs/ODD.md §7.4, §7.11).");

    private static final String OFFICER_EVIDENCE =
            "Report 000 case study 3: one officer shared by two schools, half a week each, 30%"
                    + " of the salary paid by the schools; prevention against detection focus"
                    + " from case studies 2 and 3. The University of York's evaluation of Safer"
                    + " School Partnerships (2006; Hansard 19 June 2007) found unauthorised"
                    + " absence down by 0.2 per cent and pupils with A* to C grades at GCSE up"
                    + " by 2.2 per cent against schools without, but could not measure offending"
                    + " (the data were not held): the effect on first-time entrants here is an"
                    + " assumption, to be read as such (docs/ODD.md §7.10).";

    /** The officer with a prevention focus, as the case studies recommend. */
    private static final Note OFFICER =
            new Note(
                    "School-based police officer",
                    "A police officer spends part of the week in the host schools, with a"
                            + " prevention focus: present, some incidents are prevented or dealt with"
                            + " informally rather than by a formal response, and pupils' families come"
                            + " to trust the police more.",
                    OFFICER_EVIDENCE);

    /** The officer working to a detection target (policeOfficer.detectionTarget). */
    private static final Note OFFICER_DETECTING =
            new Note(
                    "School-based police officer with a detection target",
                    "A police officer spends part of the week in the host schools, working to a"
                            + " detection target: the officer detects more incidents and responds"
                            + " formally more often, which raises first-time entrants, though"
                            + " pupils' families still come to trust the police more.",
                    OFFICER_EVIDENCE);

    private static final Note THREE_TIER =
            new Note(
                    "Three-tier youth crime prevention",
                    "In the programme schools, Year 8 pupils take a six-week universal course (tier"
                            + " 1); pupils the school identifies join youth-service group work (tier 2);"
                            + " those most at risk get a youth inclusion and support panel with their"
                            + " family (tier 3). Young people worked with at tier 2 or 3 are diverted"
                            + " from formal responses, and the gains fade.",
                    "Report 000 case study 2: Wigan's Partners in Prevention, 11.6% fewer first-time"
                            + " entrants in 2007-08 borough-wide; most of that was England's fall of"
                            + " about 10% that year, so the effects are set to Wigan's fall net of the"
                            + " national trend. No evaluation of the era found an effect of the"
                            + " universal tier on offending (tier 1 has none here); the tier 2 and 3"
                            + " effect sizes and the diversion are calibrated to that net fall, not"
                            + " measured (docs/ODD.md §7.10).");

    private static final Note COMMON_ASSESSMENT =
            new Note(
                    "Common assessment with a Team Around the Child",
                    "More practitioners are trained to lead a common assessment: one shared"
                            + " assessment, with the family's consent, in place of each agency's own,"
                            + " and a meeting of the agencies involved that agrees one integrated plan."
                            + " Families are assessed once instead of several times, so fewer tire and"
                            + " leave; line managers' support lets practitioners still at formal"
                            + " compliance lead.",
                    "Report 002 §4 (the Common Assessment Framework and lead professional; supported"
                            + " practitioners adopt it more easily; patchy early roll-out) and report 003"
                            + " (CAF and Team Around the Child). The integrated plan's greater effect,"
                            + " consent and attendance are assumptions; a common assessment episode"
                            + " cost under £3,000 on average (NFER 2011).");

    private static final Note LEADER =
            new Note(
                    "Integrated services leader",
                    "A leader across the agencies sponsors integrated working, so practitioners move"
                            + " through the stages of accepting it faster, brokers trust between agencies"
                            + " week by week, and raises attendance at Team Around the Child meetings.",
                    "Report 002 §4.6 (the Integrated Services Leader role; trust and attendance grew"
                            + " over nine months) and report 004 ch. 5 (sponsorship of change); the"
                            + " sizes are assumptions.");

    private static final Note POOLED =
            new Note(
                    "Pooled budgets",
                    "A share of each agency's capacity can be bought from a common pot when its own"
                            + " is full, so help is not refused for want of a budget where capacity"
                            + " binds (never for protection plans, a statutory duty held anyway).",
                    "Report 004 (pooled against aligned budgets) and report 003 (locality partnerships"
                            + " with delegated budgets); the pot's size is an assumption.");

    private static final Note JOINT_TRAINING =
            new Note(
                    "Joint training",
                    "Practitioners of different agencies trained together start from a narrower trust"
                            + " gap between agencies, so they share and accept referrals more readily.",
                    "Report 004 ch. 5 (small cross-cutting groups, quick wins); the coverage and the"
                            + " narrowing are assumptions.");

    private static final Note NO_BLAME =
            new Note(
                    "No-blame culture",
                    "Serious case reviews become learning events: they no longer make the"
                            + " practitioners involved risk averse (less sharing, defensive referral,"
                            + " higher thresholds, defensive practice in social care) and they raise"
                            + " trust among the agencies involved instead of lowering it.",
                    "Report 004 ch. 2 and 6 (blame after child deaths and defensive practice; after-"
                            + "action reviews; the best nursing units reported up to ten times more"
                            + " errors); the sizes of the trust changes are assumptions.");

    private static final Note NATIONAL_SHOCK =
            new Note(
                    "National blame shock",
                    "From its start every practitioner becomes more risk averse, fading over years:"
                            + " referrers refer sooner, the front door asks for more before accepting,"
                            + " sharing falls, and social workers enquire, hold conferences and keep"
                            + " children on protection plans at a higher level of safety (defensive"
                            + " practice), so enquiries, protection plans and care applications rise.",
                    "England after November 2008: referrals about +12% by 2009-10, children on"
                            + " protection plans +17% and +34% at 31 March 2009 and 2010, care"
                            + " applications +41% (DCSF/DfE, Cafcass); report 004 ch. 2 and 6. The"
                            + " size of the shock is an assumption; defensive practice is calibrated"
                            + " to the rise in protection, which the model reaches about half to"
                            + " two-thirds of, fading where England's went on.");

    private InterventionNotes() {}

    /** The notes for what {@code iv} puts in place, in the order interventions start. */
    private static List<Note> of(Interventions iv) {
        List<Note> out = new ArrayList<>();
        if (iv.coLocation().enabled()) {
            out.add(CO_LOCATION);
        }
        if (iv.schoolPoliceOfficer().enabled()) {
            out.add(iv.schoolPoliceOfficer().detectionTarget() ? OFFICER_DETECTING : OFFICER);
        }
        if (iv.threeTier().enabled()) {
            out.add(THREE_TIER);
        }
        if (iv.commonAssessment().enabled()) {
            out.add(COMMON_ASSESSMENT);
        }
        if (iv.leader().enabled()) {
            out.add(LEADER);
        }
        if (iv.budgets().pooled()) {
            out.add(POOLED);
        }
        if (iv.jointTraining().enabled()) {
            out.add(JOINT_TRAINING);
        }
        if (iv.noBlameCulture().enabled()) {
            out.add(NO_BLAME);
        }
        if (iv.nationalBlameShock().enabled()) {
            out.add(NATIONAL_SHOCK);
        }
        return out;
    }

    /**
     * Why a scenario's interventions work, in the model's words: each one's name and how it works,
     * for the decision table; the evidence is in the section this class renders.
     */
    static String summary(Interventions iv) {
        List<String> parts = new ArrayList<>();
        for (Note n : of(iv)) {
            parts.add(n.name() + ": " + n.how());
        }
        return String.join(" ", parts);
    }

    /** The section, for the scenarios after the baseline; nothing if none has an intervention. */
    static void render(StringBuilder h, List<Scenario> scenarios) {
        List<Note> seen = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i < scenarios.size(); i++) {
            for (Note n : of(scenarios.get(i).parameters().interventions())) {
                if (!seen.contains(n)) {
                    seen.add(n);
                    rows.append("<tr><td>")
                            .append(HtmlReport.esc(n.name()))
                            .append("</td><td>")
                            .append(HtmlReport.esc(n.how()))
                            .append("</td><td>")
                            .append(HtmlReport.esc(n.evidence()))
                            .append("</td></tr>\n");
                }
            }
        }
        if (seen.isEmpty()) {
            return;
        }
        h.append("<h2>How each intervention works, and on what evidence</h2>\n<p>")
                .append(
                        "What each intervention compared here changes in the model, and where its effect"
                                + " sizes come from; what no source gives is said to be an assumption."
                                + " docs/ODD.md §7.14 has every rule and parameter. The reports cited by"
                                + " number are: 000, <i>Building effective integrated leadership</i>"
                                + " (National College and Children's Workforce Network symposium,"
                                + " 2009); 002, <i>The Leadership Challenge</i> (Leeds Children's"
                                + " Services Scrutiny Board, 2008); 003, <i>Leading and Managing"
                                + " Multi-Agency Contexts</i> (NCSL seminar report, 2007); 004,"
                                + " <i>The Leadership Imperative</i> (Demos, 2005).</p>\n")
                .append(
                        "<table>\n<tr><th>intervention</th><th>how it works in the model</th>"
                                + "<th>evidence</th></tr>\n")
                .append(rows)
                .append("</table>\n");
    }
}
