package issim.core.process;

import ec.util.MersenneTwisterFast;
import issim.core.domain.Ages;
import issim.core.domain.RiskFactor;
import issim.core.engine.EventType;
import issim.core.model.Child;
import issim.core.model.Family;
import issim.core.model.Population;
import issim.core.model.Site;
import issim.core.observe.Tally;
import issim.core.params.LocalityParameters;
import issim.core.params.PopulationParameters;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Life course (docs/ODD.md §7.1): the starting population; births spread evenly through the year,
 * as many a year as keep the population stationary; each child ageing on its birthday and leaving
 * the locality on its 18th; and each 1st of September the school year, set by age on 31 August:
 * Reception at 4, transfer to secondary school at 11, the end of school at 16. Nothing but the
 * school year happens to a whole cohort on one day, so the outcome curves have no yearly sawtooth.
 * Everything here draws from the population stream only, so every scenario run with one seed has
 * the same children.
 */
public final class LifeCourse implements Serializable {
    /** Something that happens to the school year as a whole each 1st of September. */
    @FunctionalInterface
    public interface SchoolYearListener extends Serializable {
        void newSchoolYear();
    }

    /** ASB propensity rises by this in log terms per family risk factor (assumption). */
    private static final double ASB_RISK_GRADIENT = 0.25;

    /** Children per family are 1 + Poisson, capped at this many more. */
    private static final int MAX_EXTRA_CHILDREN = 5;

    private final Context ctx;
    private final NeedDynamics need;
    private final Noticing noticing;
    private final YouthJustice youthJustice;
    private final Participation participation;
    private final FamilyCircumstances circumstances;
    private final MersenneTwisterFast random;
    private final LocalityParameters locality;
    private final PopulationParameters population;
    private final Population people;
    private final List<SchoolYearListener> schoolYearListeners = new ArrayList<>();

    /** Days between births: 18 years of births make the starting number of children. */
    private final double birthInterval;

    /** Month ends so far: the month a family forms in, and the one it moves at. */
    private int month;

    private final ArrivalHistories arrivalHistories = new ArrivalHistories();
    private final MoveCalendar moves;

    public LifeCourse(
            Context ctx,
            NeedDynamics need,
            Noticing noticing,
            YouthJustice youthJustice,
            Participation participation,
            FamilyCircumstances circumstances) {
        this.ctx = ctx;
        this.circumstances = circumstances;
        this.need = need;
        this.noticing = noticing;
        this.youthJustice = youthJustice;
        this.participation = participation;
        this.random = ctx.streams().population();
        this.locality = ctx.params().locality();
        this.population = ctx.params().population();
        this.people = ctx.population();
        this.birthInterval = Ages.ADULT * Calendar.YEAR / locality.children();
        this.moves = new MoveCalendar(population.moveRate());
    }

    /** Registers something to do for the whole school at each turn of the school year. */
    public void onNewSchoolYear(SchoolYearListener listener) {
        schoolYearListeners.add(listener);
    }

    /**
     * Creates the starting families and children, born at times spread over the 18 years before the
     * start, and schedules the first birth.
     */
    public void populate() {
        formFamilies(locality.children(), 0, c -> {});
        ctx.events().schedule(EventType.BIRTH, random.nextDouble() * birthInterval, 0);
    }

    /**
     * Forms new families until {@code children} children have joined them at {@code now}: each
     * family of {@code 1 + min(Poisson(childrenPerFamily − 1), 5)} children (the last cut at the
     * count), each child born at a time uniform over the 18 years before and then passed to {@code
     * joined}.
     */
    private void formFamilies(int children, double now, Consumer<Child> joined) {
        int added = 0;
        while (added < children) {
            Family f = newFamily();
            int n = 1 + poisson(locality.childrenPerFamily() - 1);
            for (int i = 0; i < n && added < children; i++, added++) {
                joined.accept(
                        addChild(f, now - random.nextDouble() * Ages.ADULT * Calendar.YEAR, now));
            }
        }
    }

    private Family newFamily() {
        int quintile = locality.deprivation().quintileAt(random.nextDouble());
        int mask = 0;
        for (RiskFactor r : RiskFactor.values()) {
            if (random.nextDouble() < circumstances.prevalence(quintile, r)) {
                mask |= r.bit();
            }
        }
        Family f = people.newFamily(quintile, mask, ctx.params().trust().familyInitial());
        circumstances.formed(f, ctx.now());
        moves.enrol(f, month, ctx.streams());
        return f;
    }

    private int poisson(double mean) {
        double l = Math.exp(-mean), prod = random.nextDouble();
        int k = 0;
        while (prod > l) {
            prod *= random.nextDouble();
            k++;
        }
        return Math.min(k, MAX_EXTRA_CHILDREN);
    }

    /** A child born at schedule time {@code born} joins family {@code f} at time {@code time}. */
    private Child addChild(Family f, double born, double time) {
        int age = (int) Math.floor((time - born) / Calendar.YEAR);
        Child c = people.newChild(f, age, born);
        c.setSchoolYearAge(ageOnLast31August(born, time));
        double gradient = ctx.params().youthJustice().deprivationGradient() * (f.quintile() - 3);
        c.setAsbPropensity(
                Math.exp(
                        gradient
                                + ASB_RISK_GRADIENT * f.riskCount()
                                + population.asbPropensitySpread() * random.nextGaussian()));
        assignSchool(c);
        ctx.events().schedule(EventType.BIRTHDAY, born + (age + 1) * Calendar.YEAR, c.id());
        need.initialise(c, time);
        need.scheduleNextLifeEvent(c, time);
        noticing.firstCheck(c, time + random.nextDouble() * Noticing.CHECK_INTERVAL);
        youthJustice.changed(c);
        return c;
    }

    /** Age on the last 31 August at or before {@code time} of a child born at {@code born}. */
    static int ageOnLast31August(double born, double time) {
        // Schedule time 0 is a 1st of September, so each multiple of a year is one; 31 August is
        // the day before.
        double lastSeptember = Math.floor(time / Calendar.YEAR) * Calendar.YEAR;
        return (int) Math.floor((lastSeptember - 1 - born) / Calendar.YEAR);
    }

    /**
     * Families live nearer some schools than others: more deprived families are likelier to be in
     * the catchment of the higher-numbered schools, so schools differ in need and ASB.
     */
    private void assignSchool(Child c) {
        int age = c.schoolYearAge();
        List<Site> schools;
        if (age >= Ages.PRIMARY && age < Ages.SECONDARY) {
            schools = ctx.locality().primarySchools();
        } else if (age >= Ages.SECONDARY && age < Ages.SCHOOL_LEAVING) {
            schools = ctx.locality().secondarySchools();
        } else {
            c.setSchool(null);
            return;
        }
        double position =
                ((c.family().quintile() - 1) + 2 * ctx.streams().catchment(c.family().id())) / 6.0;
        c.setSchool(schools.get(Math.min(schools.size() - 1, (int) (position * schools.size()))));
    }

    /** A birth: to a family living here, or a new one; the next comes one interval later. */
    public void onBirth() {
        double now = ctx.now();
        Family f;
        List<Child> here = people.children();
        Child sibling = null;
        if (random.nextDouble() < population.siblingBirthShare() && !here.isEmpty()) {
            sibling = here.get(random.nextInt(here.size()));
        }
        // A child who left since the last month end has no family here to join any more.
        f = sibling != null && sibling.present() ? sibling.family() : newFamily();
        addChild(f, now, now);
        ctx.counters().add(Tally.BORN);
        ctx.events().schedule(EventType.BIRTH, now + birthInterval, 0);
    }

    /**
     * Month end: the families due to move ({@link MoveCalendar}: each with the monthly chance of
     * {@code population.moveRate}) move away, every child with it (a looked-after child stays the
     * authority's, counted until its care ends); as many children arrive, in new families, at ages
     * spread over childhood like the locality's, with histories from where they lived before
     * ({@link ArrivalHistories}). When a family moves is fixed by the family, so every scenario run
     * with one seed sees the same moves and the same children (docs/ODD.md §4.9, §7.1).
     */
    public void monthOfMoves() {
        int thisMonth = month++;
        if (population.moveRate() <= 0) {
            return;
        }
        double now = ctx.now();
        // Measured once a year through the warm-up and at its last month end, then held: a pass
        // over every child each month cost a tenth of a run.
        double warmup = ctx.params().warmupDays();
        if (!arrivalHistories.measured()
                || (now < warmup && (thisMonth % 12 == 0 || now >= warmup - 31))) {
            arrivalHistories.measure(people.children());
        }
        int moved = 0;
        for (Family f : moves.dueAt(thisMonth)) {
            if (!f.resident()) {
                continue;
            }
            for (Child c : f.children()) {
                if (c.present()) {
                    need.advance(c, now);
                    if (c.lookedAfter()) {
                        people.leaveInCare(c);
                    } else {
                        people.leave(c);
                    }
                    ctx.counters().add(Tally.MOVED_AWAY);
                    moved++;
                }
            }
        }
        formFamilies(
                moved,
                now,
                c -> {
                    // England counted a plan anywhere as a repeat, and an entrant once.
                    if (random.nextDouble() < arrivalHistories.everPlan(c)) {
                        c.recordEarlierProtectionPlan();
                    }
                    if (random.nextDouble() < arrivalHistories.entrant(c)) {
                        c.markFirstTimeEntrant();
                    }
                    ctx.counters().add(Tally.MOVED_IN);
                });
    }

    /** A birthday: a year older; at 18 the child leaves the locality; at 10, youth justice. */
    public void onBirthday(Child c) {
        c.setAge(c.age() + 1);
        if (c.age() >= Ages.ADULT) {
            participation.leftAt18(c);
            people.leave(c);
            ctx.counters().add(Tally.LEFT);
            return;
        }
        if (c.age() == Ages.YOUTH_JUSTICE_MIN) {
            youthJustice.changed(c);
        }
        ctx.events().schedule(EventType.BIRTHDAY, ctx.now() + Calendar.YEAR, c.id());
    }

    /**
     * 1st of September: each child's school year moves on with its age on 31 August; those who
     * change school are seen afresh by youth justice; the school-wide programmes start their year.
     */
    public void newSchoolYear() {
        double now = ctx.now();
        people.compact();
        for (Child c : people.children()) {
            c.setSchoolYearAge(ageOnLast31August(c.birthTime(), now));
            Site before = c.school();
            assignSchool(c);
            if (c.school() != before) {
                need.advance(c, now);
                youthJustice.changed(c);
            }
        }
        for (SchoolYearListener l : schoolYearListeners) {
            l.newSchoolYear();
        }
    }
}
