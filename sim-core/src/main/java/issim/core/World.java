package issim.core;

import issim.core.engine.EventQueue;
import issim.core.engine.Events;
import issim.core.engine.RandomStreams;
import issim.core.model.Child;
import issim.core.model.Family;
import issim.core.model.Locality;
import issim.core.model.Plan;
import issim.core.observe.Counters;
import issim.core.observe.MonthlyReport;
import issim.core.observe.Observer;
import issim.core.params.ModelParameters;
import issim.core.process.Adoption;
import issim.core.process.ConcernResponse;
import issim.core.process.Costs;
import issim.core.process.InformationSharing;
import issim.core.process.InterventionSetup;
import issim.core.process.LifeCourse;
import issim.core.process.MonthlyMeasures;
import issim.core.process.NeedDynamics;
import issim.core.process.Noticing;
import issim.core.process.Referrals;
import issim.core.process.Safeguarding;
import issim.core.process.Support;
import issim.core.process.TeamAroundTheChild;
import issim.core.process.TrustNetwork;
import issim.core.process.YouthJustice;
import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;

/**
 * The simulated locality: MASON's {@link SimState}, built from one immutable {@link
 * ModelParameters} and a seed. As in MASON's own tutorials, the world builds its population in
 * {@link #start()} and schedules its processes; the rules live in the process classes of {@code
 * issim.core.process}.
 *
 * <p>Time is in days. MASON's schedule runs the coarse processes (weekly trust, monthly adoption
 * and observation, yearly life course); everything that happens to one child is an event in the
 * model's own {@link EventQueue}, drained up to each coarse step. A child nothing happens to costs
 * nothing. Schedule time 0 is the start of the warm-up, a 1st of September; model day 0, where
 * observation and interventions start, is {@code warmupDays} later.
 */
public final class World extends SimState {
    private static final long serialVersionUID = 1L;

    public static final double MONTH = 365.0 / 12;
    public static final double YEAR = 365.0;

    static final int LIFE_EVENT = 1,
            CHECK = 2,
            CONCERN = 3,
            PLAN_END = 4,
            ASB = 5,
            REFERRAL_TIMEOUT = 6;

    private final ModelParameters params;
    private final long runSeed;

    /** The model's clock: the time of the event being handled, or of the coarse step. */
    private double clock;

    private final transient List<Observer> observers = new ArrayList<>();
    private transient RandomStreams streams;
    private transient EventQueue queue;
    private transient Locality locality;
    private final transient List<Family> families = new ArrayList<>();
    private final transient List<Child> childrenById = new ArrayList<>();
    private final transient List<Plan> plansById = new ArrayList<>();
    private transient Counters counters;
    private final java.util.EnumMap<issim.core.model.Lever, Double> active =
            new java.util.EnumMap<>(issim.core.model.Lever.class);

    private transient NeedDynamics need;
    private transient LifeCourse lifeCourse;
    private transient TrustNetwork trust;
    private transient Noticing noticing;
    private transient InformationSharing sharing;
    private transient Referrals referrals;
    private transient Support support;
    private transient TeamAroundTheChild teamAroundTheChild;
    private transient ConcernResponse concernResponse;
    private transient Safeguarding safeguarding;
    private transient YouthJustice youthJustice;
    private transient Adoption adoption;
    private transient Costs costs;
    private transient issim.core.process.FamilyTrust familyTrust;
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
        advanceTo(end);
        finish();
    }

    /** Schedule time at which the run ends. */
    public double endTime() {
        return params.warmupDays() + params.horizonDays();
    }

    @Override
    public void start() {
        super.start();
        streams = new RandomStreams(runSeed);
        queue = new EventQueue(1 << 14);
        counters = new Counters();
        families.clear();
        childrenById.clear();
        plansById.clear();
        active.clear();
        clock = 0;
        locality = Locality.build(params, streams.services()::nextDouble);
        trust = new TrustNetwork(this);
        need = new NeedDynamics(this);
        sharing = new InformationSharing(this);
        support = new Support(this);
        referrals = new Referrals(this);
        teamAroundTheChild = new TeamAroundTheChild(this);
        concernResponse = new ConcernResponse(this);
        noticing = new Noticing(this);
        safeguarding = new Safeguarding(this);
        youthJustice = new YouthJustice(this);
        adoption = new Adoption(this);
        costs = new Costs(this);
        familyTrust = new issim.core.process.FamilyTrust(this);
        measures = new MonthlyMeasures(this);
        lifeCourse = new LifeCourse(this);
        InterventionSetup.prepare(this);
        lifeCourse.populate();

        // Coarse processes on MASON's schedule. Orderings at equal times: life course first, then
        // interventions, trust, adoption, and observation last, so a month's report sees the month.
        schedule.scheduleRepeating(
                YEAR,
                0,
                state -> {
                    advanceTo(state.schedule.getTime());
                    lifeCourse.newSchoolYear();
                },
                YEAR);
        double day0 = params.warmupDays();
        InterventionSetup.schedule(this, day0);
        schedule.scheduleRepeating(
                7,
                2,
                state -> {
                    advanceTo(state.schedule.getTime());
                    trust.week();
                },
                7);
        scheduleMonth(0);
        measures.reset();
    }

    /**
     * Month ends at exact times (m × 365 / 12, rounded once), rather than by repeated addition, so
     * the last month of a run falls exactly on the horizon with the year's other steps.
     */
    private static double monthEnd(int m) {
        return m * 365 / 12.0;
    }

    private void scheduleMonth(int m) {
        schedule.scheduleOnce(
                monthEnd(m),
                3,
                state -> {
                    advanceTo(state.schedule.getTime());
                    adoption.month();
                    costs.month();
                    familyTrust.month();
                    youthJustice.month();
                    observeMonth();
                    scheduleMonth(m + 1);
                });
    }

    private void observeMonth() {
        double now = schedule.getTime();
        if (now < params.warmupDays() - 1e-9) {
            measures.reset();
            return;
        }
        MonthlyReport report = measures.report(now);
        if (report.month() == 0) {
            return; // the day-0 reading only sets the baseline for differencing
        }
        for (Observer o : observers) {
            o.onMonth(report);
        }
    }

    /** Runs every pending event strictly before {@code time}. */
    public void advanceTo(double time) {
        while (queue.peekTime() < time) {
            long event = queue.pop();
            clock = queue.lastTime();
            dispatch(event);
        }
        clock = Math.max(clock, time);
    }

    private void dispatch(long event) {
        int id = Events.id(event);
        switch (Events.type(event)) {
            case LIFE_EVENT -> {
                Child c = childrenById.get(id);
                if (c.present()) {
                    need.onLifeEvent(c);
                }
            }
            case CHECK -> {
                Child c = childrenById.get(id);
                if (c.present() && Events.current(event, c.checkVersion())) {
                    noticing.onCheck(c);
                }
            }
            case CONCERN -> {
                Child c = childrenById.get(id);
                if (c.present() && Events.current(event, c.checkVersion())) {
                    noticing.onConcern(c);
                }
            }
            case PLAN_END -> support.endPlan(plansById.get(id));
            case ASB -> {
                Child c = childrenById.get(id);
                if (c.present() && Events.current(event, c.asbVersion())) {
                    youthJustice.onIncident(c);
                }
            }
            case REFERRAL_TIMEOUT -> referrals.onTimeout(id);
            default -> throw new IllegalStateException("unknown event type " + Events.type(event));
        }
    }

    /**
     * Runs {@code action} at schedule time {@code time}, as a coarse step after everything before
     * it.
     */
    public void at(double time, Runnable action) {
        schedule.scheduleOnce(
                time,
                1,
                state -> {
                    advanceTo(state.schedule.getTime());
                    action.run();
                });
    }

    /**
     * Schedules an internal event. Process classes call this; the type constants are
     * package-private.
     */
    public void scheduleLifeEvent(double time, Child c) {
        queue.schedule(time, Events.encode(LIFE_EVENT, 0, c.id()));
    }

    public void scheduleCheck(double time, Child c) {
        queue.schedule(time, Events.encode(CHECK, c.checkVersion(), c.id()));
    }

    public void scheduleConcern(double time, Child c) {
        queue.schedule(time, Events.encode(CONCERN, c.checkVersion(), c.id()));
    }

    public void schedulePlanEnd(double time, Plan plan) {
        queue.schedule(time, Events.encode(PLAN_END, 0, plan.id()));
    }

    public void scheduleAsb(double time, Child c) {
        queue.schedule(time, Events.encode(ASB, c.asbVersion(), c.id()));
    }

    public void scheduleReferralTimeout(double time, int referralId) {
        queue.schedule(time, Events.encode(REFERRAL_TIMEOUT, 0, referralId));
    }

    /**
     * The current time: while events are being handled, the time of the event in hand; otherwise
     * the time of the coarse step that is running (MASON's clock runs ahead to the step's time
     * before the step drains the events before it, so it cannot serve here).
     */
    public double now() {
        return clock;
    }

    /** Model day (0 at the end of the warm-up) of schedule time {@code time}. */
    public double day(double time) {
        return time - params.warmupDays();
    }

    /** Whether an intervention is in force now (after the warm-up and its place in the pacing). */
    public boolean active(issim.core.model.Lever lever) {
        return active.containsKey(lever);
    }

    /** Schedule time an intervention came into force, or NaN if it has not. */
    public double activatedAt(issim.core.model.Lever lever) {
        return active.getOrDefault(lever, Double.NaN);
    }

    /** Switches an intervention on; called by {@link InterventionSetup} at its start day. */
    public void activate(issim.core.model.Lever lever) {
        active.put(lever, now());
    }

    public ModelParameters params() {
        return params;
    }

    public RandomStreams streams() {
        return streams;
    }

    public Locality locality() {
        return locality;
    }

    public List<Family> families() {
        return families;
    }

    /** Every child ever in the locality, by id; those who left have {@code present() == false}. */
    public List<Child> childrenById() {
        return childrenById;
    }

    public List<Plan> plansById() {
        return plansById;
    }

    public Counters counters() {
        return counters;
    }

    public NeedDynamics need() {
        return need;
    }

    public LifeCourse lifeCourse() {
        return lifeCourse;
    }

    public TrustNetwork trust() {
        return trust;
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

    public Adoption adoption() {
        return adoption;
    }

    public List<Observer> observers() {
        return observers;
    }
}
