package issim.core.observe;

import issim.core.domain.AgencyKind;
import issim.core.domain.Ages;
import issim.core.domain.CommitmentStage;
import issim.core.domain.Outcome;
import issim.core.model.Child;
import issim.core.model.Family;
import issim.core.model.Locality;
import issim.core.model.NeedLevels;
import issim.core.model.Population;
import issim.core.model.Practitioner;
import issim.core.model.ReferralBook;
import issim.core.model.Site;
import issim.core.model.TrustMatrix;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The monthly outcome curves (docs/ODD.md §4.11): outcome means overall and by deprivation
 * quintile, levels of need, unmet need and days to help, referrals and their fate, assessments and
 * plans, protection, harm and reviews, youth justice, NEET, trust (practitioner, agency-by-agency,
 * family), commitment stages, caseload use and cost; then unmet need, children in need, protection
 * plans and first-time entrants among each secondary school's pupils, and which schools host each
 * intervention in force. Counts are for the month; stocks are at its end. It only reads the model,
 * but for bringing each child's lazily kept outcomes up to date.
 */
public final class MonthlyMeasures implements Serializable {
    private final Population population;
    private final Locality locality;
    private final Counters counters;
    private final TrustMatrix trust;
    private final ReferralBook referrals;
    private final NeedLevels levels;
    private final UpToDate upToDate;
    private final Hosts hosts;

    /** For each site id, the number (from 1) of the secondary school it is, or 0. */
    private final int[] schoolNumber;

    private Counters previous;
    private int month;

    /**
     * The Year 8 of each secondary school in the school year that starts at day 0, by school number
     * (index 0 unused), fixed at the first report: a cohort followed to 18.
     */
    private List<List<Child>> cohorts;

    /** The counters at the last 31 March after day 0, or null before the first. */
    private Counters yearStart;

    /** This month's stocks, from the pass over the children, for the financial year's figures. */
    private transient Stocks stocks;

    private record Stocks(
            int children, int inNeed, int protection, int lookedAfter, int aged10to17) {}

    /** Schedule time 0 is a 1st of September, so every 12th month end from the 7th is 31 March. */
    private static final int MARCH_END = 7;

    public MonthlyMeasures(
            Population population,
            Locality locality,
            Counters counters,
            TrustMatrix trust,
            ReferralBook referrals,
            NeedLevels levels,
            UpToDate upToDate,
            Hosts hosts) {
        this.population = population;
        this.locality = locality;
        this.counters = counters;
        this.trust = trust;
        this.referrals = referrals;
        this.levels = levels;
        this.upToDate = upToDate;
        this.hosts = hosts;
        this.schoolNumber = new int[locality.sites().size()];
        List<Site> secondaries = locality.secondarySchools();
        for (int i = 0; i < secondaries.size(); i++) {
            schoolNumber[secondaries.get(i).id()] = i + 1;
        }
    }

    /**
     * Brings a child's outcome indices, which are kept lazily between events, up to a time. The
     * observation reads them in the same pass over the children that brings them up to date: a
     * second pass over every child would cost a measured several per cent of a run.
     */
    @FunctionalInterface
    public interface UpToDate extends Serializable {
        void bringUpTo(Child c, double time);
    }

    /**
     * The secondary schools hosting each intervention in force: by intervention key, the school
     * numbers (from 1) in the order it chose them; interventions without host schools are left out.
     * Observation may not depend on the interventions, so the world lends it this view of them.
     */
    @FunctionalInterface
    public interface Hosts extends Serializable {
        Map<String, List<Integer>> schools();
    }

    /** Starts differencing from now. */
    public void reset() {
        previous = counters.snapshot();
        month = 0;
    }

    /** The report for the month ending at schedule time {@code now}, model day {@code day}. */
    public MonthlyReport report(double now, double day) {
        List<Observation> out = new ArrayList<>(256);
        Counters c = counters;
        // The secondary schools' observations come after all others, which keep their order.
        List<Observation> bySchool = new ArrayList<>(64);
        outcomes(now, out, bySchool);
        for (Tally t : Tally.values()) {
            if (t.measure() != null) {
                out.add(new Observation(t.measure(), "all", c.get(t) - previous.get(t)));
            }
        }
        meanPerCase(out, Measure.DAYS_TO_HELP, Tally.HELP_DELAY_DAYS, 1, Tally.HELP_STARTED);
        out.add(
                new Observation(
                        Measure.CARE_PROCEEDINGS_UNDER_WAY,
                        "all",
                        c.get(Tally.CARE_APPLICATIONS) - c.get(Tally.CARE_PROCEEDINGS_CONCLUDED)));
        meanPerCase(
                out,
                Measure.CARE_PROCEEDINGS_WEEKS,
                Tally.CARE_PROCEEDINGS_DAYS,
                7,
                Tally.CARE_PROCEEDINGS_CONCLUDED);
        referrals(c, out);
        trust(out);
        workforce(c, out);
        if (Math.round(now * 12 / 365) % 12 == MARCH_END) {
            if (yearStart != null) {
                List<Observation> year = new ArrayList<>();
                financialYear(c, year);
                for (Observation o : year) {
                    if (!Double.isNaN(o.value())) { // a share of nothing is not observed
                        out.add(o);
                    }
                }
            }
            yearStart = c.snapshot();
        }
        out.addAll(bySchool);
        cohorts(out);
        hostSchools(out);
        previous = c.snapshot();
        return new MonthlyReport(month++, day, out);
    }

    private void outcomes(double now, List<Observation> out, List<Observation> bySchool) {
        List<Child> children = population.children();
        double[][] sum = new double[6][Outcome.COUNT];
        int[] count = new int[6];
        int[] level = new int[5];
        int unmet = 0,
                inNeed = 0,
                protection = 0,
                lookedAfter = 0,
                aged10to17 = 0,
                aged16to18 = 0,
                neet = 0,
                fte = 0,
                multiNeed = 0,
                fragmented = 0;
        // The same counts among each secondary school's pupils, by school number (index 0 unused).
        int schools = locality.secondarySchools().size() + 1;
        int[] pupils = new int[schools],
                pupilsUnmet = new int[schools],
                pupilsInNeed = new int[schools],
                pupilsProtected = new int[schools],
                pupils10to17 = new int[schools],
                pupilsFragmented = new int[schools];
        // Indexed loops over the population's views: their iterators cost a measured tenth of a
        // run in the monthly sweeps.
        for (int i = 0, size = children.size(); i < size; i++) {
            Child ch = children.get(i);
            upToDate.bringUpTo(ch, now);
            int q = ch.family().quintile();
            for (int k = 0; k < Outcome.COUNT; k++) {
                sum[0][k] += ch.outcome(k);
                sum[q][k] += ch.outcome(k);
            }
            count[0]++;
            count[q]++;
            int lv = levels.level(ch);
            level[lv]++;
            boolean isUnmet = lv >= 2 && ch.openPlans() == 0;
            boolean isInNeed = ch.socialCareCase();
            boolean isProtected = ch.protectionPlan();
            if (isUnmet) {
                unmet++;
            }
            if (isInNeed) {
                inNeed++;
            }
            if (isProtected) {
                protection++;
            }
            if (ch.lookedAfter()) {
                lookedAfter++;
            }
            boolean isFragmented = false;
            if (lv >= 2) {
                int need = levels.needMask(ch);
                if (Integer.bitCount(need) >= 2) {
                    multiNeed++;
                    isFragmented = fragmented(ch, need);
                    fragmented += isFragmented ? 1 : 0;
                }
            }
            Site school = ch.school();
            int s = school == null || !ch.present() ? 0 : schoolNumber[school.id()];
            if (s > 0) {
                pupils[s]++;
                pupilsUnmet[s] += isUnmet ? 1 : 0;
                pupilsInNeed[s] += isInNeed ? 1 : 0;
                pupilsProtected[s] += isProtected ? 1 : 0;
                pupilsFragmented[s] += isFragmented ? 1 : 0;
                pupils10to17[s] += ch.age() >= Ages.YOUTH_JUSTICE_MIN ? 1 : 0;
            }
            if (ch.age() >= Ages.YOUTH_JUSTICE_MIN) {
                aged10to17++;
                if (ch.firstTimeEntrant()) {
                    fte++;
                }
            }
            if (ch.schoolYearAge() >= Ages.SCHOOL_LEAVING) {
                aged16to18++;
                neet += ch.neet() ? 1 : 0;
            }
        }
        List<Child> adults = population.youngAdults();
        for (int i = 0, size = adults.size(); i < size; i++) {
            aged16to18++;
            neet += adults.get(i).neet() ? 1 : 0;
        }
        // Children looked after whose families moved away are still the authority's.
        int elsewhere = population.lookedAfterElsewhere();
        inNeed += elsewhere;
        lookedAfter += elsewhere;
        stocks = new Stocks(children.size(), inNeed, protection, lookedAfter, aged10to17);
        for (Outcome o : Outcome.values()) {
            Measure m = Measure.of(o);
            out.add(new Observation(m, "all", sum[0][o.ordinal()] / Math.max(1, count[0])));
            for (int q = 1; q <= 5; q++) {
                out.add(new Observation(m, "q" + q, sum[q][o.ordinal()] / Math.max(1, count[q])));
            }
        }
        double n = Math.max(1, children.size());
        for (int lv = 1; lv <= 4; lv++) {
            out.add(new Observation(Measure.NEED_LEVEL_SHARE, Integer.toString(lv), level[lv] / n));
        }
        out.add(new Observation(Measure.UNMET_NEED_SHARE, "all", unmet / n));
        out.add(new Observation(Measure.CHILDREN, "all", children.size()));
        out.add(new Observation(Measure.AGED_10_17, "all", aged10to17));
        out.add(new Observation(Measure.CHILDREN_IN_NEED_PER_10K, "all", inNeed * 10_000 / n));
        out.add(new Observation(Measure.PROTECTION_PLANS_PER_10K, "all", protection * 10_000 / n));
        out.add(new Observation(Measure.LOOKED_AFTER_PER_10K, "all", lookedAfter * 10_000 / n));
        out.add(new Observation(Measure.FRAGMENTED_NEED_PER_10K, "all", fragmented * 10_000 / n));
        out.add(
                new Observation(
                        Measure.FRAGMENTED_NEED_SHARE,
                        "all",
                        multiNeed == 0 ? 0 : fragmented / (double) multiNeed));
        out.add(
                new Observation(
                        Measure.NEET_SHARE_16_18,
                        "all",
                        aged16to18 == 0 ? 0 : neet / (double) aged16to18));
        out.add(
                new Observation(
                        Measure.EVER_FIRST_TIME_ENTRANT_SHARE_10_17,
                        "all",
                        aged10to17 == 0 ? 0 : fte / (double) aged10to17));
        long ftes =
                counters.get(Tally.FIRST_TIME_ENTRANTS) - previous.get(Tally.FIRST_TIME_ENTRANTS);
        out.add(
                new Observation(
                        Measure.FIRST_TIME_ENTRANTS_PER_100K_10_17_YEAR,
                        "all",
                        aged10to17 == 0 ? 0 : ftes * 12 * 100_000.0 / aged10to17));
        long toSocialCare =
                counters.get(AgencyKind.SOCIAL_CARE, AgencyTally.REFERRALS_MADE)
                        - previous.get(AgencyKind.SOCIAL_CARE, AgencyTally.REFERRALS_MADE);
        out.add(
                new Observation(
                        Measure.SOCIAL_CARE_REFERRALS_PER_10K_YEAR,
                        "all",
                        toSocialCare * 12 * 10_000 / n));
        for (ReferralSource source : ReferralSource.values()) {
            out.add(
                    new Observation(
                            Measure.SOCIAL_CARE_REFERRALS_BY_SOURCE,
                            source.key(),
                            counters.referralsToSocialCare(source)
                                    - previous.referralsToSocialCare(source)));
        }
        List<Site> secondaries = locality.secondarySchools();
        for (int s = 1; s < schools; s++) {
            String group = Measure.schoolGroup(s);
            double p = Math.max(1, pupils[s]);
            // The pupils, so that a group of schools can be pooled child by child.
            bySchool.add(new Observation(Measure.CHILDREN, group, pupils[s]));
            bySchool.add(new Observation(Measure.AGED_10_17, group, pupils10to17[s]));
            bySchool.add(new Observation(Measure.UNMET_NEED_SHARE, group, pupilsUnmet[s] / p));
            bySchool.add(
                    new Observation(
                            Measure.CHILDREN_IN_NEED_PER_10K,
                            group,
                            pupilsInNeed[s] * 10_000.0 / p));
            bySchool.add(
                    new Observation(
                            Measure.PROTECTION_PLANS_PER_10K,
                            group,
                            pupilsProtected[s] * 10_000.0 / p));
            bySchool.add(
                    new Observation(
                            Measure.FRAGMENTED_NEED_PER_10K,
                            group,
                            pupilsFragmented[s] * 10_000.0 / p));
            int site = secondaries.get(s - 1).id();
            long entrants =
                    counters.getAtSite(Tally.FIRST_TIME_ENTRANTS, site)
                            - previous.getAtSite(Tally.FIRST_TIME_ENTRANTS, site);
            long referred =
                    counters.getAtSite(Tally.REFERRALS_TO_SOCIAL_CARE, site)
                            - previous.getAtSite(Tally.REFERRALS_TO_SOCIAL_CARE, site);
            bySchool.add(
                    new Observation(
                            Measure.SOCIAL_CARE_REFERRALS_PER_10K_YEAR,
                            group,
                            referred * 12 * 10_000.0 / p));
            bySchool.add(new Observation(Measure.FIRST_TIME_ENTRANTS, group, entrants));
            bySchool.add(
                    new Observation(
                            Measure.FIRST_TIME_ENTRANTS_PER_100K_10_17_YEAR,
                            group,
                            pupils10to17[s] == 0
                                    ? 0
                                    : entrants * 12 * 100_000.0 / pupils10to17[s]));
        }
    }

    /**
     * England's yearly returns (docs/ODD.md §4.11): stocks at 31 March, and flows over the
     * financial year then ending — referrals, their sources, re-referrals and the share going on to
     * assessment (NI 68), repeat protection plans (NI 65) and first-time entrants (NI 111).
     */
    private void financialYear(Counters c, List<Observation> out) {
        Counters y = yearStart;
        double n = Math.max(1, stocks.children());
        out.add(
                new Observation(
                        Measure.CHILDREN_IN_NEED_PER_10K_31_MARCH,
                        "all",
                        stocks.inNeed() * 10_000 / n));
        out.add(
                new Observation(
                        Measure.PROTECTION_PLANS_PER_10K_31_MARCH,
                        "all",
                        stocks.protection() * 10_000 / n));
        out.add(
                new Observation(
                        Measure.LOOKED_AFTER_PER_10K_31_MARCH,
                        "all",
                        stocks.lookedAfter() * 10_000 / n));
        AgencyKind sc = AgencyKind.SOCIAL_CARE;
        long referred =
                c.get(sc, AgencyTally.REFERRALS_MADE) - y.get(sc, AgencyTally.REFERRALS_MADE);
        long assessed =
                c.get(sc, AgencyTally.REFERRALS_ACCEPTED)
                        - y.get(sc, AgencyTally.REFERRALS_ACCEPTED);
        out.add(
                new Observation(
                        Measure.SOCIAL_CARE_REFERRALS_PER_10K_FY, "all", referred * 10_000 / n));
        perTenThousand(
                c,
                Tally.PROTECTION_PLANS_STARTED,
                Measure.PROTECTION_PLANS_STARTED_PER_10K_FY,
                n,
                out);
        perTenThousand(
                c, Tally.LOOKED_AFTER_STARTED, Measure.LOOKED_AFTER_STARTED_PER_10K_FY, n, out);
        perTenThousand(c, Tally.CARE_APPLICATIONS, Measure.CARE_APPLICATIONS_PER_10K_FY, n, out);
        perTenThousand(
                c, Tally.SECTION_47_ENQUIRIES, Measure.SECTION_47_ENQUIRIES_PER_10K_FY, n, out);
        long entrants = sinceYearStart(c, Tally.FIRST_TIME_ENTRANTS);
        out.add(
                new Observation(
                        Measure.FIRST_TIME_ENTRANTS_PER_100K_FY,
                        "all",
                        entrants * 100_000.0 / Math.max(1, stocks.aged10to17())));
        long started = sinceYearStart(c, Tally.PROTECTION_PLANS_STARTED);
        long repeats = sinceYearStart(c, Tally.REPEAT_PROTECTION_PLANS);
        out.add(
                new Observation(
                        Measure.REPEAT_PROTECTION_PLAN_SHARE_FY, "all", share(repeats, started)));
        out.add(
                new Observation(
                        Measure.REFERRALS_TO_ASSESSMENT_SHARE_FY,
                        "all",
                        share(assessed, referred)));
        out.add(
                new Observation(
                        Measure.INITIAL_ASSESSMENTS_IN_TIME_SHARE_FY,
                        "all",
                        share(
                                sinceYearStart(c, Tally.INITIAL_ASSESSMENTS_IN_TIME),
                                sinceYearStart(c, Tally.INITIAL_ASSESSMENTS))));
        out.add(
                new Observation(
                        Measure.CORE_ASSESSMENTS_IN_TIME_SHARE_FY,
                        "all",
                        share(
                                sinceYearStart(c, Tally.CORE_ASSESSMENTS_IN_TIME),
                                sinceYearStart(c, Tally.CORE_ASSESSMENTS))));
        long again = sinceYearStart(c, Tally.RE_REFERRALS);
        out.add(new Observation(Measure.RE_REFERRAL_SHARE_FY, "all", share(again, referred)));
        long fromAny = 0;
        for (ReferralSource source : ReferralSource.values()) {
            fromAny += c.referralsToSocialCare(source) - y.referralsToSocialCare(source);
        }
        for (ReferralSource source : ReferralSource.values()) {
            out.add(
                    new Observation(
                            Measure.REFERRAL_SOURCE_SHARE_FY,
                            source.key(),
                            share(
                                    c.referralsToSocialCare(source)
                                            - y.referralsToSocialCare(source),
                                    fromAny)));
        }
    }

    /** A count over the financial year per 10,000 of the {@code n} children at 31 March. */
    private void perTenThousand(
            Counters c, Tally tally, Measure measure, double n, List<Observation> out) {
        out.add(new Observation(measure, "all", sinceYearStart(c, tally) * 10_000 / n));
    }

    /** What was counted over the financial year now ending. */
    /**
     * This month's {@code sum} over {@code unit} per case counted in {@code cases} (days to help,
     * weeks of proceedings); nothing in a month with no case, so no 0 is averaged in.
     */
    private void meanPerCase(
            List<Observation> out, Measure m, Tally sum, double unit, Tally cases) {
        long n = counters.get(cases) - previous.get(cases);
        if (n > 0) {
            out.add(new Observation(m, "all", (counters.get(sum) - previous.get(sum)) / unit / n));
        }
    }

    private long sinceYearStart(Counters c, Tally tally) {
        return c.get(tally) - yearStart.get(tally);
    }

    /** A share, or NaN when nothing was counted (so no 0 is averaged in). */
    private static double share(long part, long whole) {
        return whole == 0 ? Double.NaN : part / (double) whole;
    }

    /**
     * Each school's Year 8 of day 0, followed (docs/ODD.md §4.11): the share ever a first-time
     * entrant, and, once they are past Year 11, the NEET share of those still of academic age
     * 16-18.
     */
    private void cohorts(List<Observation> out) {
        if (cohorts == null) {
            cohorts = new ArrayList<>();
            for (int s = 0;
                    s < schoolNumber.length && s <= locality.secondarySchools().size();
                    s++) {
                cohorts.add(new ArrayList<>());
            }
            List<Child> children = population.children();
            for (int i = 0, size = children.size(); i < size; i++) {
                Child ch = children.get(i);
                Site school = ch.school();
                if (ch.present() && ch.schoolYearAge() == Ages.YEAR_8 && school != null) {
                    int s = schoolNumber[school.id()];
                    if (s > 0) {
                        cohorts.get(s).add(ch);
                    }
                }
            }
        }
        for (int s = 1; s < cohorts.size(); s++) {
            List<Child> cohort = cohorts.get(s);
            int entrants = 0, older = 0, neet = 0;
            for (int i = 0, size = cohort.size(); i < size; i++) {
                Child ch = cohort.get(i);
                entrants += ch.firstTimeEntrant() ? 1 : 0;
                if (ch.present() ? ch.schoolYearAge() >= Ages.SCHOOL_LEAVING : isYoungAdult(ch)) {
                    older++;
                    neet += ch.neet() ? 1 : 0;
                }
            }
            String group = Measure.cohortGroup(s);
            out.add(
                    new Observation(
                            Measure.COHORT_EVER_FIRST_TIME_ENTRANT_SHARE,
                            group,
                            cohort.isEmpty() ? 0 : entrants / (double) cohort.size()));
            if (older > 0) {
                out.add(new Observation(Measure.COHORT_NEET_SHARE, group, neet / (double) older));
            }
        }
    }

    private boolean isYoungAdult(Child ch) {
        return population.youngAdults().contains(ch);
    }

    /**
     * The silo effect (docs/ODD.md §4.11): some agency knows part of the child's need, and none
     * knows all of it.
     */
    private static boolean fragmented(Child ch, int need) {
        boolean anyKnows = false;
        for (AgencyKind a : AgencyKind.ALL_KINDS) {
            int known = ch.known(a) & need;
            if (known == need) {
                return false;
            }
            anyKnows |= known != 0;
        }
        return anyKnows;
    }

    private void hostSchools(List<Observation> out) {
        for (Map.Entry<String, List<Integer>> e : hosts.schools().entrySet()) {
            List<Integer> schools = e.getValue();
            for (int i = 0; i < schools.size(); i++) {
                out.add(
                        new Observation(
                                Measure.HOST_SCHOOL,
                                Measure.hostGroup(e.getKey(), i + 1),
                                schools.get(i)));
            }
        }
    }

    private void referrals(Counters c, List<Observation> out) {
        for (AgencyTally t : AgencyTally.values()) {
            long total = 0;
            for (AgencyKind a : AgencyKind.ALL_KINDS) {
                long v = c.get(a, t) - previous.get(a, t);
                total += v;
                if (v != 0) {
                    out.add(new Observation(t.measure(), a.key(), v));
                }
            }
            out.add(new Observation(t.measure(), "all", total));
        }
        for (AgencyKind a : AgencyKind.ALL_KINDS) {
            int w = referrals.waiting(a);
            if (w != 0) {
                out.add(new Observation(Measure.REFERRALS_WAITING, a.key(), w));
            }
        }
        out.add(new Observation(Measure.REFERRALS_WAITING, "all", referrals.waitingTotal()));
    }

    private void trust(List<Observation> out) {
        TrustMatrix.Summary t = trust.summary();
        out.add(new Observation(Measure.TRUST_PRACTITIONERS, "all", t.meanTrust()));
        out.add(new Observation(Measure.TRUST_ACROSS_AGENCIES, "all", t.meanAcrossAgencies()));
        for (AgencyKind a : AgencyKind.ALL_KINDS) {
            for (AgencyKind b : AgencyKind.ALL_KINDS) {
                out.add(
                        new Observation(
                                Measure.TRUST_AGENCY, a.key() + ">" + b.key(), t.agency(a, b)));
            }
        }
        double[] sum = new double[AgencyKind.COUNT];
        int families = 0, withProblems = 0;
        List<Family> resident = population.residentFamilies();
        for (int i = 0, size = resident.size(); i < size; i++) {
            Family f = resident.get(i);
            families++;
            withProblems += f.riskMask() != 0 ? 1 : 0;
            for (int a = 0; a < AgencyKind.COUNT; a++) {
                sum[a] += f.trust(AgencyKind.of(a));
            }
        }
        double all = 0;
        for (AgencyKind a : AgencyKind.ALL_KINDS) {
            double mean = sum[a.ordinal()] / Math.max(1, families);
            out.add(new Observation(Measure.TRUST_FAMILY, a.key(), mean));
            all += mean / AgencyKind.COUNT;
        }
        out.add(new Observation(Measure.TRUST_FAMILY, "all", all));
        out.add(
                new Observation(
                        Measure.FAMILIES_WITH_PARENTAL_PROBLEMS,
                        "all",
                        withProblems / (double) Math.max(1, families)));
    }

    private void workforce(Counters c, List<Observation> out) {
        List<Practitioner> staff = locality.practitioners();
        double[] shares = new double[CommitmentStage.COUNT];
        for (Practitioner pr : staff) {
            shares[pr.stage().ordinal()] += 1.0 / staff.size();
        }
        for (CommitmentStage s : CommitmentStage.values()) {
            out.add(new Observation(Measure.COMMITMENT_STAGE_SHARE, s.key(), shares[s.ordinal()]));
        }
        int[] load = new int[AgencyKind.COUNT];
        int[] capacity = new int[AgencyKind.COUNT];
        int[] over = new int[AgencyKind.COUNT];
        int agencyStaff = 0;
        for (Practitioner p : staff) {
            load[p.agency().ordinal()] += p.caseload();
            capacity[p.agency().ordinal()] += p.capacity();
            over[p.agency().ordinal()] += Math.max(0, p.caseload() - p.capacity());
            agencyStaff += p.agencyStaff() ? 1 : 0;
        }
        int overAll = 0;
        for (AgencyKind a : AgencyKind.ALL_KINDS) {
            overAll += over[a.ordinal()];
            out.add(new Observation(Measure.CASES_OVER_CAPACITY, a.key(), over[a.ordinal()]));
        }
        out.add(new Observation(Measure.CASES_OVER_CAPACITY, "all", overAll));
        out.add(
                new Observation(
                        Measure.AGENCY_STAFF_SHARE,
                        "all",
                        agencyStaff / (double) Math.max(1, staff.size())));
        double total = 0;
        for (AgencyKind a : AgencyKind.ALL_KINDS) {
            if (capacity[a.ordinal()] > 0) {
                out.add(
                        new Observation(
                                Measure.CASELOAD_USE,
                                a.key(),
                                load[a.ordinal()] / (double) capacity[a.ordinal()]));
            }
            double spent = c.cost(a) - previous.cost(a);
            total += spent;
            out.add(new Observation(Measure.COST, a.key(), spent));
        }
        out.add(new Observation(Measure.COST, "all", total));
        double time = 0;
        for (AgencyKind a : AgencyKind.ALL_KINDS) {
            double spent = c.timeCost(a) - previous.timeCost(a);
            time += spent;
            out.add(new Observation(Measure.PRACTITIONER_TIME_COST, a.key(), spent));
        }
        out.add(new Observation(Measure.PRACTITIONER_TIME_COST, "all", time));
        out.add(
                new Observation(
                        Measure.PLACEMENT_COST,
                        "all",
                        c.placementCost() - previous.placementCost()));
    }
}
