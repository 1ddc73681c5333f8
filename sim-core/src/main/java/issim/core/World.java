package issim.core;

import issim.core.engine.EventType;
import issim.core.engine.Phase;
import issim.core.engine.RandomStreams;
import issim.core.engine.Scheduler;
import issim.core.engine.Steps;
import issim.core.intervention.CoLocatedTeams;
import issim.core.intervention.CommonAssessmentRollout;
import issim.core.intervention.IntegratedServicesLeaderRole;
import issim.core.intervention.Intervention;
import issim.core.intervention.JointTrainingProgramme;
import issim.core.intervention.NoBlameReviews;
import issim.core.intervention.Pacing;
import issim.core.intervention.PooledBudgets;
import issim.core.intervention.SchoolBasedOfficer;
import issim.core.intervention.ThreeTierProgramme;
import issim.core.model.Child;
import issim.core.model.Locality;
import issim.core.model.NeedLevels;
import issim.core.model.Population;
import issim.core.model.TrustMatrix;
import issim.core.observe.Counters;
import issim.core.observe.MonthlyMeasures;
import issim.core.observe.MonthlyReport;
import issim.core.observe.Observer;
import issim.core.params.Interventions;
import issim.core.params.ModelParameters;
import issim.core.params.TrustParameters;
import issim.core.process.Adoption;
import issim.core.process.Calendar;
import issim.core.process.ChildChanges;
import issim.core.process.ConcernResponse;
import issim.core.process.Context;
import issim.core.process.Costs;
import issim.core.process.FamilyTrust;
import issim.core.process.Handlers;
import issim.core.process.InForce;
import issim.core.process.InformationSharing;
import issim.core.process.LifeCourse;
import issim.core.process.NeedDynamics;
import issim.core.process.Noticing;
import issim.core.process.Referrals;
import issim.core.process.Remits;
import issim.core.process.Safeguarding;
import issim.core.process.Support;
import issim.core.process.TeamAroundTheChild;
import issim.core.process.TrustDynamics;
import issim.core.process.Workforce;
import issim.core.process.YouthJustice;
import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;

/**
 * The simulated locality: MASON's {@link SimState}, built from one immutable {@link
 * ModelParameters} and a seed. As in MASON's own tutorials, the world builds its population in
 * {@link #start()} and schedules its processes; here it does only that. The rules live in {@code
 * issim.core.process}, one class per submodel in the order of docs/ODD.md §7, and the interventions
 * in {@code issim.core.intervention}.
 *
 * <p>Time is in days. MASON's schedule runs the coarse steps (weekly trust, monthly adoption and
 * observation, the yearly school calendar, interventions starting); everything that happens to one
 * child is an event in the model's own queue, drained up to each coarse step. A child nothing
 * happens to costs nothing. Schedule time 0 is the start of the warm-up, a 1st of September; model
 * day 0, where observation and interventions start, is {@code warmupDays} later.
 */
public final class World extends SimState {
    private static final long serialVersionUID = 1L;

    private final ModelParameters params;
    private final long runSeed;
    private final transient List<Observer> observers = new ArrayList<>();
    private transient Scheduler events;
    private transient Context ctx;
    private transient NeedLevels levels;
    private transient Handlers handlers;
    private transient NeedDynamics need;
    private transient Support support;
    private transient Referrals referrals;
    private transient TeamAroundTheChild teamAroundTheChild;
    private transient InformationSharing sharing;
    private transient ConcernResponse concernResponse;
    private transient Safeguarding safeguarding;
    private transient Noticing noticing;
    private transient YouthJustice youthJustice;
    private transient LifeCourse lifeCourse;
    private transient TrustDynamics trustDynamics;
    private transient FamilyTrust familyTrust;
    private transient Adoption adoption;
    private transient Costs costs;
    private transient Pacing pacing;
    private transient MonthlyMeasures measures;

    public World(ModelParameters params, long seed) {
        super(seed);
        this.params = params;
        this.runSeed = seed;
    }

    /**
     * Runs the whole horizon and returns the monthly reports (a convenience for callers and tests).
     */
    public static List<MonthlyReport> run(ModelParameters params, long seed, Observer... extra) {
        List<MonthlyReport> reports = new ArrayList<>();
        World w = new World(params, seed);
        w.addObserver(reports::add);
        for (Observer o : extra) {
            w.addObserver(o);
        }
        w.runToEnd();
        return reports;
    }

    public void addObserver(Observer observer) {
        observers.add(observer);
    }

    /** Starts the world and steps it to the end of the horizon. */
    public void runToEnd() {
        start();
        double end = endTime();
        while (schedule.getTime() < end && schedule.step(this)) {
            // MASON runs the coarse steps; each drains the event queue up to its own time.
        }
        events.advanceTo(end);
        finish();
    }

    /** Schedule time at which the run ends. */
    public double endTime() {
        return params.warmupDays() + params.horizonDays();
    }

    @Override
    public void start() {
        super.start();
        RandomStreams streams = new RandomStreams(runSeed);
        events = new Scheduler(1 << 14);
        Locality locality = Locality.build(params, streams.services()::nextDouble);
        TrustParameters tp = params.trust();
        ctx =
                new Context(
                        params,
                        events,
                        new Steps(schedule, events),
                        streams,
                        new Counters(),
                        locality,
                        new Population(),
                        new TrustMatrix(
                                locality.practitioners(), tp.withinAgency(), tp.acrossAgencies()),
                        new InForce());
        wireProcesses();
        registerEventHandlers();
        Workforce.trainInCommonAssessment(
                ctx, params.interventions().commonAssessment().baselineTrainedShare());
        pacing = new Pacing(ctx, interventions(), params.interventions().staggerDays());
        lifeCourse.populate();
        scheduleCoarseSteps();
    }

    /** The submodels of docs/ODD.md §7, each given the collaborators it calls. */
    private void wireProcesses() {
        levels = new NeedLevels(params.need());
        handlers = new Handlers(ctx.locality());
        Remits remits = new Remits(params.agencies(), params.sharing(), levels);
        ChildChanges changes = new ChildChanges();
        need = new NeedDynamics(ctx, levels, observers, changes);
        support = new Support(ctx, need, levels, handlers, remits, changes);
        referrals = new Referrals(ctx, levels, handlers, support);
        teamAroundTheChild =
                new TeamAroundTheChild(ctx, need, levels, handlers, remits, support, referrals);
        sharing = new InformationSharing(ctx, handlers);
        concernResponse =
                new ConcernResponse(
                        ctx, levels, remits, sharing, referrals, teamAroundTheChild, support);
        safeguarding = new Safeguarding(ctx, need, handlers, support);
        noticing = new Noticing(ctx, need, levels, handlers, safeguarding, concernResponse);
        youthJustice = new YouthJustice(ctx, need, levels, handlers, referrals);
        changes.listen(noticing);
        changes.listen(youthJustice);
        lifeCourse = new LifeCourse(ctx, need, noticing, youthJustice);
        trustDynamics = new TrustDynamics(ctx);
        familyTrust = new FamilyTrust(ctx);
        adoption = new Adoption(ctx);
        costs = new Costs(ctx);
        measures =
                new MonthlyMeasures(
                        params,
                        ctx.population(),
                        ctx.locality(),
                        ctx.counters(),
                        ctx.trust(),
                        referrals.book(),
                        levels,
                        need::advance);
    }

    /**
     * Who handles each kind of event in the model's own queue (docs/ODD.md §3.2). Events about a
     * child who has left the locality are dropped. Each handler is its own lambda, so each call
     * stays monomorphic and inlined on the hot path.
     */
    private void registerEventHandlers() {
        Population people = ctx.population();
        events.register(
                EventType.LIFE_EVENT,
                id -> {
                    Child c = people.child(id);
                    if (c.present()) {
                        need.onLifeEvent(c);
                    }
                });
        events.register(
                EventType.CHECK,
                id -> {
                    Child c = people.child(id);
                    if (c.present()) {
                        noticing.onCheck(c);
                    }
                });
        events.register(
                EventType.CONCERN,
                id -> {
                    Child c = people.child(id);
                    if (c.present()) {
                        noticing.onConcern(c);
                    }
                });
        events.register(EventType.PLAN_END, id -> support.endPlan(people.plan(id)));
        events.register(
                EventType.ASB,
                id -> {
                    Child c = people.child(id);
                    if (c.present()) {
                        youthJustice.onIncident(c);
                    }
                });
        events.register(EventType.REFERRAL_TIMEOUT, referrals::onTimeout);
        events.register(
                EventType.BIRTHDAY,
                id -> {
                    Child c = people.child(id);
                    if (c.present()) {
                        lifeCourse.onBirthday(c);
                    }
                });
        events.register(EventType.BIRTH, id -> lifeCourse.onBirth());
        events.requireAllHandlers();
    }

    /** The scenario's enabled interventions, in the order they start (docs/ODD.md §7.14). */
    private List<Intervention> interventions() {
        Interventions iv = params.interventions();
        List<Intervention> out = new ArrayList<>();
        if (iv.coLocation().enabled()) {
            out.add(new CoLocatedTeams(ctx, iv.coLocation()));
        }
        if (iv.schoolPoliceOfficer().enabled()) {
            out.add(new SchoolBasedOfficer(ctx, iv.schoolPoliceOfficer(), youthJustice));
        }
        if (iv.threeTier().enabled()) {
            out.add(
                    new ThreeTierProgramme(
                            ctx,
                            iv.threeTier(),
                            youthJustice,
                            lifeCourse,
                            support,
                            teamAroundTheChild,
                            handlers,
                            levels));
        }
        if (iv.commonAssessment().enabled()) {
            out.add(
                    new CommonAssessmentRollout(
                            ctx, iv.commonAssessment(), teamAroundTheChild, adoption));
        }
        if (iv.leader().enabled()) {
            out.add(
                    new IntegratedServicesLeaderRole(
                            ctx, iv.leader(), adoption, teamAroundTheChild, trustDynamics));
        }
        if (iv.budgets().pooled()) {
            out.add(new PooledBudgets(iv.budgets(), support));
        }
        if (iv.jointTraining().enabled()) {
            out.add(new JointTrainingProgramme(ctx, iv.jointTraining()));
        }
        if (iv.noBlameCulture().enabled()) {
            out.add(new NoBlameReviews(safeguarding));
        }
        return out;
    }

    /** The coarse steps of docs/ODD.md §3.3. */
    private void scheduleCoarseSteps() {
        Steps steps = ctx.steps();
        steps.every(Calendar.YEAR, Calendar.YEAR, Phase.LIFE_COURSE, lifeCourse::newSchoolYear);
        pacing.schedule(params.warmupDays());
        steps.every(7, 7, Phase.TRUST, trustDynamics::week);
        scheduleMonth(0);
        measures.reset();
    }

    private void scheduleMonth(int m) {
        ctx.steps()
                .once(
                        Calendar.monthEnd(m),
                        Phase.MONTH_END,
                        () -> {
                            ctx.population().pruneFamilies();
                            adoption.month();
                            costs.month();
                            pacing.bookMonthlyCosts();
                            familyTrust.month();
                            pacing.month();
                            observeMonth();
                            scheduleMonth(m + 1);
                        });
    }

    private void observeMonth() {
        double now = ctx.now();
        if (now < params.warmupDays() - 1e-9) {
            measures.reset();
            return;
        }
        MonthlyReport report = measures.report(now, now - params.warmupDays());
        if (report.month() == 0) {
            return; // the day-0 reading only sets the baseline for differencing
        }
        for (Observer o : observers) {
            o.onMonth(report);
        }
    }

    /** Runs every pending event strictly before schedule time {@code time}. */
    public void advanceTo(double time) {
        events.advanceTo(time);
    }

    /** The current time (see {@link Scheduler#now()}). */
    public double now() {
        return events.now();
    }

    public ModelParameters params() {
        return params;
    }

    /** What the processes see: for tests and for building an intervention by hand. */
    public Context context() {
        return ctx;
    }

    public Locality locality() {
        return ctx.locality();
    }

    public Population population() {
        return ctx.population();
    }

    public TrustMatrix trust() {
        return ctx.trust();
    }

    public Counters counters() {
        return ctx.counters();
    }

    public NeedLevels levels() {
        return levels;
    }

    public Handlers handlers() {
        return handlers;
    }

    public NeedDynamics need() {
        return need;
    }

    public LifeCourse lifeCourse() {
        return lifeCourse;
    }

    public Noticing noticing() {
        return noticing;
    }

    public InformationSharing sharing() {
        return sharing;
    }

    public Referrals referrals() {
        return referrals;
    }

    public Support support() {
        return support;
    }

    public TeamAroundTheChild teamAroundTheChild() {
        return teamAroundTheChild;
    }

    public ConcernResponse concernResponse() {
        return concernResponse;
    }

    public Safeguarding safeguarding() {
        return safeguarding;
    }

    public YouthJustice youthJustice() {
        return youthJustice;
    }

    public TrustDynamics trustDynamics() {
        return trustDynamics;
    }

    public Adoption adoption() {
        return adoption;
    }

    /** The scenario's interventions and their pacing. */
    public Pacing pacing() {
        return pacing;
    }
}
