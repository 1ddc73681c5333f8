package issim.core.intervention;

import issim.core.domain.AgencyKind;
import issim.core.domain.Ages;
import issim.core.domain.InterventionKind;
import issim.core.domain.Outcome;
import issim.core.domain.PlanKind;
import issim.core.engine.Phase;
import issim.core.model.Child;
import issim.core.model.NeedLevels;
import issim.core.model.Practitioner;
import issim.core.model.Site;
import issim.core.observe.Tally;
import issim.core.params.AgencyParameters;
import issim.core.params.ThreeTierPrevention;
import issim.core.process.Context;
import issim.core.process.Diversion;
import issim.core.process.Handlers;
import issim.core.process.LifeCourse;
import issim.core.process.Support;
import issim.core.process.TeamAroundTheChild;
import issim.core.process.YouthJustice;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Wigan's Partners in Prevention (000 case study 2). At its start the programme's schools are
 * chosen by their ASB ranking; each September its Year 8 takes tier 1, a six-week universal
 * programme; a pupil whose incident police deal with informally goes to tier 2, youth-service group
 * work, and once incidents repeat to tier 3, a YOT/YISP assessment with a family group meeting of
 * all agencies and an integrated plan. Tier 2 also takes the pupils the school identifies at the
 * end of tier 1: those whose school knows of a need in their positive contribution. It lends youth
 * justice its {@link Diversion} hook: the young people worked with at tier 2 or 3 get fewer formal
 * responses, an effect that fades like other lasting gains (docs/ODD.md §7.10). Before version 0.2
 * every pupil of a programme school from Year 8 had formal responses halved for the rest of their
 * school years, which gave most of the programme's effect by assumption. Costs: per tier 1 pupil,
 * tier 2 place and tier 3 family, booked as delivered.
 */
public final class ThreeTierProgramme implements Intervention, Diversion, Serializable {
    private final Context ctx;
    private final ThreeTierPrevention p;
    private final YouthJustice youthJustice;
    private final LifeCourse lifeCourse;
    private final Support support;
    private final TeamAroundTheChild teamAroundTheChild;
    private final Handlers handlers;
    private final NeedLevels levels;
    private final List<Site> schools = new ArrayList<>();

    /** Highest tier each child (by id) has reached: 0 none, 1 to 3. */
    private byte[] tier = new byte[1024];

    /** When each child (by id) was first worked with at tier 2 or 3; NaN if never. */
    private double[] workedWithSince = nanArray(1024);

    /**
     * Each child's rate of anti-social behaviour as the tiers left it (the product of {@code 1 −
     * effect} over the tiers it took), and when the last was applied: the effect fades from then.
     */
    private double[] propensityKept = onesArray(1024);

    private double[] effectSince = nanArray(1024);

    public ThreeTierProgramme(
            Context ctx,
            ThreeTierPrevention p,
            YouthJustice youthJustice,
            LifeCourse lifeCourse,
            Support support,
            TeamAroundTheChild teamAroundTheChild,
            Handlers handlers,
            NeedLevels levels) {
        this.ctx = ctx;
        this.p = p;
        this.youthJustice = youthJustice;
        this.lifeCourse = lifeCourse;
        this.support = support;
        this.teamAroundTheChild = teamAroundTheChild;
        this.handlers = handlers;
        this.levels = levels;
    }

    @Override
    public InterventionKind kind() {
        return InterventionKind.THREE_TIER;
    }

    /** Chooses the schools by ASB ranking (detected incidents so far) and starts tier 1. */
    @Override
    public void start() {
        schools.addAll(
                HostSchools.choose(
                        ctx.locality().secondarySchools(),
                        p.schools(),
                        p.hostSchools(),
                        s -> youthJustice.detectedAt(s)));
        youthJustice.divertWith(this);
        lifeCourse.onNewSchoolYear(this::deliverTier1);
        deliverTier1(); // the programme starts with this year's Year 8
    }

    /** The programme's schools, highest ASB ranking first. */
    public List<Site> schools() {
        return List.copyOf(schools);
    }

    @Override
    public List<Site> hosts() {
        return schools();
    }

    /** Highest tier {@code child} has reached (0: none). */
    public int tier(Child child) {
        return child.id() < tier.length ? tier[child.id()] : 0;
    }

    private void reach(Child child, int t) {
        if (child.id() >= tier.length) {
            int size = Math.max(child.id() + 1, tier.length * 2);
            tier = Arrays.copyOf(tier, size);
            int old = workedWithSince.length;
            workedWithSince = Arrays.copyOf(workedWithSince, size);
            Arrays.fill(workedWithSince, old, size, Double.NaN);
            propensityKept = Arrays.copyOf(propensityKept, size);
            Arrays.fill(propensityKept, old, size, 1.0);
            effectSince = Arrays.copyOf(effectSince, size);
            Arrays.fill(effectSince, old, size, Double.NaN);
        }
        tier[child.id()] = (byte) Math.max(tier[child.id()], t);
        if (t >= 2 && Double.isNaN(workedWithSince[child.id()])) {
            workedWithSince[child.id()] = ctx.now();
        }
    }

    /**
     * A tier's effect on the child's rate of anti-social behaviour: it compounds with what is left
     * of earlier tiers' and fades from now like other lasting gains (docs/ODD.md §7.10).
     */
    private void lowerPropensity(Child c, double effect) {
        if (effect == 0) {
            return; // nothing to apply, and no reason to redraw the child's next incident
        }
        int id = c.id();
        double left = 1 - propensityMultiplier(c);
        propensityKept[id] = (1 - left) * (1 - effect);
        effectSince[id] = ctx.now();
        youthJustice.changed(c);
    }

    @Override
    public double propensityMultiplier(Child child) {
        int id = child.id();
        if (id >= effectSince.length || Double.isNaN(effectSince[id])) {
            return 1;
        }
        double kept =
                Math.pow(
                        0.5, (ctx.now() - effectSince[id]) / ctx.params().need().lastingHalfLife());
        return 1 - (1 - propensityKept[id]) * kept;
    }

    private static double[] onesArray(int n) {
        double[] a = new double[n];
        Arrays.fill(a, 1.0);
        return a;
    }

    private static double[] nanArray(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /**
     * Tier 1: the universal programme for every Year 8 pupil in the programme's schools. Pupils are
     * known to the programme from its first week; its effect on propensity comes when it ends.
     */
    private void deliverTier1() {
        List<Child> cohort = new ArrayList<>();
        for (Child c : ctx.population().children()) {
            if (c.schoolYearAge() == Ages.YEAR_8 && schools.contains(c.school())) {
                cohort.add(c);
                reach(c, 1);
                ctx.counters().add(Tally.TIER1_PUPILS);
                ctx.counters().spend(AgencyKind.SCHOOL, p.tier1Cost());
            }
        }
        ctx.steps()
                .once(
                        ctx.now() + 7.0 * p.tier1Weeks(),
                        Phase.INTERVENTIONS,
                        () -> {
                            for (Child c : cohort) {
                                if (c.present()) {
                                    lowerPropensity(c, p.tier1Effect());
                                    if (identifiedBySchool(c)) {
                                        offerTier2(c);
                                    }
                                }
                            }
                        });
    }

    @Override
    public boolean covers(Child child) {
        return child.school() != null && schools.contains(child.school());
    }

    /**
     * Identification in school (000 case study 2): at the end of tier 1 the school puts forward the
     * pupils it knows to have a need in their positive contribution.
     */
    private boolean identifiedBySchool(Child c) {
        int behaviour = Outcome.POSITIVE_CONTRIBUTION.bit();
        return covers(c)
                && tier(c) < 2
                && (c.known(AgencyKind.SCHOOL) & behaviour) != 0
                && (levels.needMask(c) & behaviour) != 0;
    }

    /**
     * Fewer formal responses for a young person worked with at tier 2 or 3, fading with the
     * half-life of other lasting gains ({@code need.lastingHalfLife}).
     */
    @Override
    public double formalMultiplier(Child child) {
        if (!covers(child) || tier(child) < 2) {
            return 1;
        }
        double since = ctx.now() - workedWithSince[child.id()];
        double kept = Math.pow(0.5, since / ctx.params().need().lastingHalfLife());
        return 1 - (1 - p.diversionMultiplier()) * kept;
    }

    /** Tier 2 for a pupil known for ASB; tier 3 once incidents repeat (000 case study 2). */
    @Override
    public void respondInformally(Child c) {
        if (c.detectedIncidents() >= p.tier3Incidents() && tier(c) < 3) {
            Practitioner yot =
                    support.allocate(
                            c,
                            AgencyKind.YOUTH_OFFENDING,
                            handlers.of(c, AgencyKind.YOUTH_OFFENDING));
            if (yot == null) {
                return;
            }
            int needMask = levels.needMask(c) | Outcome.POSITIVE_CONTRIBUTION.bit();
            c.learn(AgencyKind.YOUTH_OFFENDING, needMask);
            int days = ctx.params().agencies().yotYisp().supportDays();
            if (teamAroundTheChild.meet(c, yot, needMask, PlanKind.FAMILY_SUPPORT, days) != null) {
                reach(c, 3);
                lowerPropensity(c, p.tier3Effect());
                ctx.counters().add(Tally.TIER3_FAMILIES);
                ctx.counters().spend(AgencyKind.YOUTH_OFFENDING, p.tier3Cost());
            }
        } else if (tier(c) < 2) {
            offerTier2(c);
        }
    }

    /** Tier 2: youth-service group work, if a youth worker can take the pupil on. */
    private void offerTier2(Child c) {
        Practitioner worker =
                support.allocate(
                        c, AgencyKind.YOUTH_SERVICE, handlers.of(c, AgencyKind.YOUTH_SERVICE));
        if (worker == null) {
            return;
        }
        double[] lift = new double[Outcome.COUNT];
        AgencyParameters ys = ctx.params().agencies().youthService();
        lift[Outcome.POSITIVE_CONTRIBUTION.ordinal()] = ys.supportLift();
        lift[Outcome.ENJOY_AND_ACHIEVE.ordinal()] = ys.supportLift() * ys.remit().enjoyAndAchieve();
        support.open(PlanKind.GROUP_WORK, c, new Practitioner[] {worker}, lift, ys.supportDays());
        reach(c, 2);
        lowerPropensity(c, p.tier2Effect());
        ctx.counters().add(Tally.TIER2_PLACES);
        ctx.counters().spend(AgencyKind.YOUTH_SERVICE, p.tier2Cost());
    }
}
