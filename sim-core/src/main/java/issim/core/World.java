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
import issim.core.model.ReferralBook;
import issim.core.model.Site;
import issim.core.model.TrustMatrix;
import issim.core.observe.Counters;
import issim.core.observe.MonthlyMeasures;
import issim.core.observe.MonthlyReport;
import issim.core.observe.Observer;
import issim.core.observe.ObserverList;
import issim.core.params.CommonAssessment;
import issim.core.params.Interventions;
import issim.core.params.ModelParameters;
import issim.core.params.TrustParameters;
import issim.core.process.Adoption;
import issim.core.process.Calendar;
import issim.core.process.Care;
import issim.core.process.CaseloadPressure;
import issim.core.process.ChildChanges;
import issim.core.process.ConcernResponse;
import issim.core.process.Context;
import issim.core.process.Costs;
import issim.core.process.FamilyCircumstances;
import issim.core.process.FamilyTrust;
import issim.core.process.Handlers;
import issim.core.process.InForce;
import issim.core.process.InformationSharing;
import issim.core.process.LifeCourse;
import issim.core.process.NationalShock;
import issim.core.process.NeedDynamics;
import issim.core.process.Noticing;
import issim.core.process.Participation;
import issim.core.process.Referrals;
import issim.core.process.Remits;
import issim.core.process.Safeguarding;
import issim.core.process.StatutoryPathway;
import issim.core.process.Support;
import issim.core.process.TeamAroundTheChild;
import issim.core.process.TrustDynamics;
import issim.core.process.Turnover;
import issim.core.process.Workforce;
import issim.core.process.YouthJustice;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private ModelParameters params;
    private final long runSeed;
    private final ObserverList observers = new ObserverList();

    /** Set by the step at the end of the warm-up, where the interventions are yet to be built. */
    private boolean warmedUp;

    /** For a copy to branch from: the end of the warm-up leaves the interventions unbuilt. */
    private boolean stopAtWarmUp;

    private Scheduler events;
    private Context ctx;
    private NeedLevels levels;
    private Handlers handlers;
    private NeedDynamics need;
    private Support support;
    private StatutoryPathway pathway;
    private Care care;
    private FamilyCircumstances circumstances;
    private CaseloadPressure pressure;
    private Referrals referrals;
    private TeamAroundTheChild teamAroundTheChild;
    private InformationSharing sharing;
    private ConcernResponse concernResponse;
    private Safeguarding safeguarding;
    private Noticing noticing;
    private YouthJustice youthJustice;
    private LifeCourse lifeCourse;
    private Participation participation;
    private Turnover turnover;
    private TrustDynamics trustDynamics;
    private FamilyTrust familyTrust;
    private Adoption adoption;
    private Costs costs;
    private Pacing pacing;
    private MonthlyMeasures measures;

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

    /**
     * A world at the end of its warm-up, kept as a serialized copy: each branch is a fresh copy.
     */
    public static final class Snapshot {
        private final ModelParameters parameters;
        private final long seed;
        private final byte[] bytes;

        Snapshot(ModelParameters parameters, long seed, byte[] bytes) {
            this.parameters = parameters;
            this.seed = seed;
            this.bytes = bytes;
        }

        /** The warm-up parameters it was made with (see {@link World#warmUpParameters}). */
        public ModelParameters parameters() {
            return parameters;
        }

        public long seed() {
            return seed;
        }

        /** Size of the copy, in bytes. */
        public int size() {
            return bytes.length;
        }

        static byte[] copy(World w) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            try (ObjectOutputStream o = new ObjectOutputStream(out)) {
                o.writeObject(w);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy the world", e);
            }
            return out.toByteArray();
        }

        World world() {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                return (World) in.readObject();
            } catch (IOException | ClassNotFoundException e) {
                throw new IllegalStateException("cannot read back a copy of the world", e);
            }
        }
    }

    /** Starts the world and steps it to the end of the horizon. */
    public void runToEnd() {
        start();
        runRest();
    }

    /**
     * Runs the warm-up of {@code params} with {@code seed} and keeps a copy of the world at its
     * end, before any intervention exists. Scenarios whose {@link #warmUpParameters} agree branch
     * from it with {@link #run(Snapshot, ModelParameters, Observer...)}, each exactly as if it had
     * been run from the start (docs/ODD.md §3.3).
     */
    public static Snapshot warmUp(ModelParameters params, long seed) {
        World w = new World(params, seed);
        w.stopAtWarmUp = true;
        w.start();
        w.runWarmUp();
        return new Snapshot(warmUpParameters(params), seed, Snapshot.copy(w));
    }

    /** Runs {@code params} from a warm-up it shares, and returns the monthly reports. */
    public static List<MonthlyReport> run(
            Snapshot warm, ModelParameters params, Observer... extra) {
        if (!warm.parameters().equals(warmUpParameters(params))) {
            throw new IllegalArgumentException(
                    "the scenario's parameters differ from the warm-up's before day 0");
        }
        World w = warm.world();
        List<MonthlyReport> reports = new ArrayList<>();
        w.addObserver(reports::add);
        for (Observer o : extra) {
            w.addObserver(o);
        }
        w.params = params;
        w.ctx.continueWith(params);
        w.beginInterventions();
        w.runRest();
        return reports;
    }

    /**
     * What a run's warm-up depends on: everything but the interventions and the horizon, except the
     * parts of the common assessment its mechanism uses from the start (the workforce trained
     * before any roll-out; consent, plan length and the integrated plan's effect). Two scenarios
     * with equal warm-up parameters have identical worlds at day 0.
     */
    public static ModelParameters warmUpParameters(ModelParameters p) {
        CommonAssessment caf = p.interventions().commonAssessment();
        CommonAssessment mechanism =
                new CommonAssessment(
                        false,
                        caf.baselineTrainedShare(),
                        caf.baselineTrainedShare(),
                        false,
                        caf.consentBase(),
                        caf.integratedPlanMultiplier(),
                        caf.planDays(),
                        0,
                        0);
        return p.withHorizonDays(1).with(Interventions.none().with(mechanism));
    }

    private void endWarmUp() {
        warmedUp = true;
        if (!stopAtWarmUp) {
            beginInterventions();
        }
    }

    private void runWarmUp() {
        while (!warmedUp && schedule.step(this)) {
            // MASON runs the coarse steps up to the end of the warm-up, and stops there.
        }
    }

    /**
     * Day 0: the scenario's interventions are built afresh from its own parameters (which, for a
     * branch, are not the warm-up's) and their starts scheduled.
     */
    private void beginInterventions() {
        pacing = new Pacing(ctx, interventions(), params.interventions().staggerDays());
        pacing.schedule(params.warmupDays());
        new NationalShock(ctx).schedule(params.warmupDays());
    }

    private void runRest() {
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
        // Built now so a test can start one by hand; rebuilt, and scheduled, at day 0.
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
        costs = new Costs(ctx);
        care = new Care(ctx, costs);
        circumstances = new FamilyCircumstances(ctx, need, changes);
        support =
                new Support(
                        ctx, need, levels, handlers, remits, changes, costs, care, circumstances);
        ReferralBook book = new ReferralBook();
        pressure = new CaseloadPressure(ctx, book);
        pathway = new StatutoryPathway(ctx, need, support, costs, care, pressure);
        referrals = new Referrals(ctx, levels, handlers, support, pathway, book, pressure);
        teamAroundTheChild =
                new TeamAroundTheChild(
                        ctx, need, levels, handlers, remits, support, referrals, costs);
        sharing = new InformationSharing(ctx, handlers, levels);
        concernResponse =
                new ConcernResponse(
                        ctx, levels, remits, sharing, referrals, teamAroundTheChild, support);
        safeguarding = new Safeguarding(ctx, need, handlers, support);
        noticing = new Noticing(ctx, need, levels, handlers, safeguarding, concernResponse);
        youthJustice = new YouthJustice(ctx, need, levels, handlers, referrals);
        changes.listen(noticing);
        changes.listen(youthJustice);
        participation = new Participation(ctx, need);
        turnover = new Turnover(ctx);
        lifeCourse =
                new LifeCourse(ctx, need, noticing, youthJustice, participation, circumstances);
        lifeCourse.onNewSchoolYear(participation::newSchoolYear);
        trustDynamics = new TrustDynamics(ctx);
        familyTrust = new FamilyTrust(ctx);
        adoption = new Adoption(ctx);
        measures =
                new MonthlyMeasures(
                        ctx.population(),
                        ctx.locality(),
                        ctx.counters(),
                        ctx.trust(),
                        referrals.book(),
                        levels,
                        need::advance,
                        this::hostSchools);
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
        events.register(EventType.ASSESSMENT_STAGE, pathway::onStage);
        events.register(
                EventType.FAMILY_CHANGE, id -> circumstances.onChange(people.families().get(id)));
        events.requireAllHandlers();
    }

    /** The scenario's enabled interventions, in the order they start (docs/ODD.md §7.14). */
    private List<Intervention> interventions() {
        Interventions iv = params.interventions();
        List<Intervention> out = new ArrayList<>();
        if (iv.coLocation().enabled()) {
            out.add(new CoLocatedTeams(ctx, iv.coLocation(), levels));
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

    /**
     * Each intervention in force that is based in schools, by key, with its host schools' numbers.
     * Read through the current {@link #pacing}, which is rebuilt at day 0.
     */
    private Map<String, List<Integer>> hostSchools() {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        List<Site> secondaries = ctx.locality().secondarySchools();
        for (Intervention iv : pacing.inForce()) {
            List<Site> hosts = iv.hosts();
            if (!hosts.isEmpty()) {
                List<Integer> numbers = new ArrayList<>(hosts.size());
                for (Site school : hosts) {
                    numbers.add(secondaries.indexOf(school) + 1);
                }
                out.put(iv.kind().key(), numbers);
            }
        }
        return out;
    }

    /** The coarse steps of docs/ODD.md §3.3. */
    private void scheduleCoarseSteps() {
        Steps steps = ctx.steps();
        steps.once(params.warmupDays(), Phase.BRANCH, this::endWarmUp);
        steps.every(Calendar.YEAR, Calendar.YEAR, Phase.LIFE_COURSE, lifeCourse::newSchoolYear);
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
                            lifeCourse.monthOfMoves();
                            ctx.population().compact();
                            turnover.month();
                            adoption.month();
                            costs.month();
                            care.month();
                            pacing.bookMonthlyCosts();
                            familyTrust.month();
                            pacing.month();
                            participation.month();
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
        for (Observer o : observers.all()) {
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

    public StatutoryPathway pathway() {
        return pathway;
    }

    public Care care() {
        return care;
    }

    public FamilyCircumstances circumstances() {
        return circumstances;
    }

    public CaseloadPressure pressure() {
        return pressure;
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
