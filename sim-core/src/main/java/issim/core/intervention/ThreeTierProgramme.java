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
 * all agencies and an integrated plan. It lends youth justice its {@link Diversion} hook: pupils
 * known to the programme get fewer formal responses. Costs: per tier 1 pupil, tier 2 place and tier
 * 3 family, booked as delivered.
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
            tier = Arrays.copyOf(tier, Math.max(child.id() + 1, tier.length * 2));
        }
        tier[child.id()] = (byte) Math.max(tier[child.id()], t);
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
                                    c.setAsbPropensity(c.asbPropensity() * (1 - p.tier1Effect()));
                                    youthJustice.changed(c);
                                }
                            }
                        });
    }

    @Override
    public boolean covers(Child child) {
        return child.school() != null && schools.contains(child.school());
    }

    @Override
    public double formalMultiplier(Child child) {
        return covers(child) && tier(child) > 0 ? p.diversionMultiplier() : 1;
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
                c.setAsbPropensity(c.asbPropensity() * (1 - p.tier3Effect()));
                ctx.counters().add(Tally.TIER3_FAMILIES);
                ctx.counters().spend(AgencyKind.YOUTH_OFFENDING, p.tier3Cost());
            }
        } else if (tier(c) < 2) {
            Practitioner worker =
                    support.allocate(
                            c, AgencyKind.YOUTH_SERVICE, handlers.of(c, AgencyKind.YOUTH_SERVICE));
            if (worker == null) {
                return;
            }
            double[] lift = new double[Outcome.COUNT];
            AgencyParameters ys = ctx.params().agencies().youthService();
            lift[Outcome.POSITIVE_CONTRIBUTION.ordinal()] = ys.supportLift();
            lift[Outcome.ENJOY_AND_ACHIEVE.ordinal()] =
                    ys.supportLift() * ys.remit().enjoyAndAchieve();
            support.open(
                    PlanKind.GROUP_WORK, c, new Practitioner[] {worker}, lift, ys.supportDays());
            reach(c, 2);
            c.setAsbPropensity(c.asbPropensity() * (1 - p.tier2Effect()));
            ctx.counters().add(Tally.TIER2_PLACES);
            ctx.counters().spend(AgencyKind.YOUTH_SERVICE, p.tier2Cost());
        }
    }
}
