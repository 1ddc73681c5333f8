package issim.core.process;

import issim.core.World;
import issim.core.model.AgencyKind;
import issim.core.model.Child;
import issim.core.model.CommitmentStage;
import issim.core.model.Family;
import issim.core.model.Outcome;
import issim.core.model.Practitioner;
import issim.core.observe.AgencyTally;
import issim.core.observe.Counters;
import issim.core.observe.MonthlyReport;
import issim.core.observe.Observation;
import issim.core.observe.Tally;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly outcome curves of DESIGN.md §2: outcome means overall and by deprivation quintile,
 * levels of need, unmet need and days to help, referrals and their fate, assessments and plans,
 * protection, harm and reviews, youth justice, NEET, trust (practitioner, agency-by-agency,
 * family), commitment stages, caseload use and cost. Counts are for the month; stocks are at its
 * end.
 */
public final class MonthlyMeasures {
    private final World world;
    private Counters previous;
    private int month;

    public MonthlyMeasures(World world) {
        this.world = world;
    }

    /** Starts differencing from now. */
    public void reset() {
        previous = world.counters().snapshot();
        month = 0;
    }

    public MonthlyReport report(double now) {
        List<Observation> out = new ArrayList<>(256);
        Counters c = world.counters();
        outcomes(now, out);
        for (Tally t : Tally.values()) {
            if (t != Tally.HELP_DELAY_DAYS) {
                out.add(new Observation(t.key(), "all", c.get(t) - previous.get(t)));
            }
        }
        long helped = c.get(Tally.HELP_STARTED) - previous.get(Tally.HELP_STARTED);
        if (helped > 0) {
            out.add(
                    new Observation(
                            "days_to_help",
                            "all",
                            (c.get(Tally.HELP_DELAY_DAYS) - previous.get(Tally.HELP_DELAY_DAYS))
                                    / (double) helped));
        }
        referrals(c, out);
        trust(out);
        workforce(c, out);
        previous = c.snapshot();
        return new MonthlyReport(month++, world.day(now), out);
    }

    private void outcomes(double now, List<Observation> out) {
        List<Child> children = world.lifeCourse().children();
        double[][] sum = new double[6][Outcome.COUNT];
        int[] count = new int[6];
        int[] level = new int[5];
        int unmet = 0,
                inNeed = 0,
                protection = 0,
                aged10to17 = 0,
                aged16to17 = 0,
                neet = 0,
                fte = 0;
        double neetLevel = world.params().youthJustice().neetLevel();
        for (Child ch : children) {
            world.need().advance(ch, now);
            int q = ch.family().quintile();
            for (int k = 0; k < Outcome.COUNT; k++) {
                sum[0][k] += ch.outcome(k);
                sum[q][k] += ch.outcome(k);
            }
            count[0]++;
            count[q]++;
            int lv = world.need().level(ch);
            level[lv]++;
            if (lv >= 2 && ch.openPlans() == 0) {
                unmet++;
            }
            if (ch.socialCareCase()) {
                inNeed++;
            }
            if (ch.protectionPlan()) {
                protection++;
            }
            if (ch.age() >= YouthJustice.MIN_AGE) {
                aged10to17++;
                if (ch.firstTimeEntrant()) {
                    fte++;
                }
            }
            if (ch.age() >= LifeCourse.SCHOOL_LEAVING_AGE) {
                aged16to17++;
                if (ch.outcome(Outcome.ECONOMIC_WELL_BEING) < neetLevel) {
                    neet++;
                }
            }
        }
        for (Outcome o : Outcome.values()) {
            String m = "outcome." + o.key();
            out.add(new Observation(m, "all", sum[0][o.ordinal()] / Math.max(1, count[0])));
            for (int q = 1; q <= 5; q++) {
                out.add(new Observation(m, "q" + q, sum[q][o.ordinal()] / Math.max(1, count[q])));
            }
        }
        double n = Math.max(1, children.size());
        for (int lv = 1; lv <= 4; lv++) {
            out.add(new Observation("need_level_share", Integer.toString(lv), level[lv] / n));
        }
        out.add(new Observation("unmet_need_share", "all", unmet / n));
        out.add(new Observation("children", "all", children.size()));
        out.add(new Observation("aged_10_17", "all", aged10to17));
        out.add(new Observation("children_in_need_per_10k", "all", inNeed * 10_000 / n));
        out.add(new Observation("protection_plans_per_10k", "all", protection * 10_000 / n));
        out.add(
                new Observation(
                        "neet_share_16_17",
                        "all",
                        aged16to17 == 0 ? 0 : neet / (double) aged16to17));
        out.add(
                new Observation(
                        "ever_first_time_entrant_share_10_17",
                        "all",
                        aged10to17 == 0 ? 0 : fte / (double) aged10to17));
        long ftes =
                world.counters().get(Tally.FIRST_TIME_ENTRANTS)
                        - previous.get(Tally.FIRST_TIME_ENTRANTS);
        out.add(
                new Observation(
                        "first_time_entrants_per_1000_10_17_year",
                        "all",
                        aged10to17 == 0 ? 0 : ftes * 12 * 1000.0 / aged10to17));
        long toSocialCare =
                world.counters().get(AgencyKind.SOCIAL_CARE, AgencyTally.REFERRALS_MADE)
                        - previous.get(AgencyKind.SOCIAL_CARE, AgencyTally.REFERRALS_MADE);
        out.add(
                new Observation(
                        "social_care_referrals_per_10k_year",
                        "all",
                        toSocialCare * 12 * 10_000 / n));
    }

    private void referrals(Counters c, List<Observation> out) {
        for (AgencyTally t : AgencyTally.values()) {
            long total = 0;
            for (AgencyKind a : AgencyKind.ALL_KINDS) {
                long v = c.get(a, t) - previous.get(a, t);
                total += v;
                if (v != 0) {
                    out.add(new Observation(t.key(), a.key(), v));
                }
            }
            out.add(new Observation(t.key(), "all", total));
        }
        for (AgencyKind a : AgencyKind.ALL_KINDS) {
            int w = world.referrals().waiting(a);
            if (w != 0) {
                out.add(new Observation("referrals_waiting", a.key(), w));
            }
        }
        out.add(new Observation("referrals_waiting", "all", world.referrals().waitingTotal()));
    }

    private void trust(List<Observation> out) {
        TrustNetwork.Summary t = world.trust().summary();
        out.add(new Observation("trust_practitioners", "all", t.meanTrust()));
        out.add(new Observation("trust_across_agencies", "all", t.meanAcrossAgencies()));
        for (AgencyKind a : AgencyKind.ALL_KINDS) {
            for (AgencyKind b : AgencyKind.ALL_KINDS) {
                out.add(new Observation("trust_agency", a.key() + ">" + b.key(), t.agency(a, b)));
            }
        }
        double[] sum = new double[AgencyKind.COUNT];
        int families = 0;
        for (Family f : world.lifeCourse().residentFamilies()) {
            families++;
            for (int a = 0; a < AgencyKind.COUNT; a++) {
                sum[a] += f.trust(AgencyKind.of(a));
            }
        }
        double all = 0;
        for (AgencyKind a : AgencyKind.ALL_KINDS) {
            double mean = sum[a.ordinal()] / Math.max(1, families);
            out.add(new Observation("trust_family", a.key(), mean));
            all += mean / AgencyKind.COUNT;
        }
        out.add(new Observation("trust_family", "all", all));
    }

    private void workforce(Counters c, List<Observation> out) {
        double[] shares = world.adoption().stageShares();
        for (CommitmentStage s : CommitmentStage.values()) {
            out.add(new Observation("commitment_stage_share", s.key(), shares[s.ordinal()]));
        }
        int[] load = new int[AgencyKind.COUNT];
        int[] capacity = new int[AgencyKind.COUNT];
        for (Practitioner p : world.locality().practitioners()) {
            load[p.agency().ordinal()] += p.caseload();
            capacity[p.agency().ordinal()] += p.capacity();
        }
        double total = 0;
        for (AgencyKind a : AgencyKind.ALL_KINDS) {
            if (capacity[a.ordinal()] > 0) {
                out.add(
                        new Observation(
                                "caseload_use",
                                a.key(),
                                load[a.ordinal()] / (double) capacity[a.ordinal()]));
            }
            double spent = c.cost(a) - previous.cost(a);
            total += spent;
            out.add(new Observation("cost", a.key(), spent));
        }
        out.add(new Observation("cost", "all", total));
    }
}
