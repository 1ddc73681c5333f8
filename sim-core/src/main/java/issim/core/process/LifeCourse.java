package issim.core.process;

import ec.util.MersenneTwisterFast;
import issim.core.domain.Ages;
import issim.core.domain.RiskFactor;
import issim.core.model.Child;
import issim.core.model.Family;
import issim.core.model.Population;
import issim.core.model.Site;
import issim.core.observe.Tally;
import issim.core.params.LocalityParameters;
import issim.core.params.PopulationParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * Life course (docs/ODD.md §7.1): the starting population, and each 1st of September ageing, school
 * entry at 5, transfer at 11, leaving school at 16 and the locality at 18, and a cohort of births
 * that keeps the population stationary. Everything here draws from the population stream only, so
 * every scenario run with one seed has the same children.
 */
public final class LifeCourse {
    /** Something that happens to the school year as a whole each 1st of September. */
    @FunctionalInterface
    public interface SchoolYearListener {
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
    private final MersenneTwisterFast random;
    private final LocalityParameters locality;
    private final PopulationParameters population;
    private final Population people;
    private final List<SchoolYearListener> schoolYearListeners = new ArrayList<>();
    private final int cohort;

    public LifeCourse(
            Context ctx, NeedDynamics need, Noticing noticing, YouthJustice youthJustice) {
        this.ctx = ctx;
        this.need = need;
        this.noticing = noticing;
        this.youthJustice = youthJustice;
        this.random = ctx.streams().population();
        this.locality = ctx.params().locality();
        this.population = ctx.params().population();
        this.people = ctx.population();
        this.cohort = (int) Math.round(locality.children() / (double) Ages.ADULT);
    }

    /** Registers something to do for the whole school at each turn of the school year. */
    public void onNewSchoolYear(SchoolYearListener listener) {
        schoolYearListeners.add(listener);
    }

    /** Creates the starting families and children. */
    public void populate() {
        int target = locality.children();
        while (people.children().size() < target) {
            Family f = newFamily();
            int n = 1 + poisson(locality.childrenPerFamily() - 1);
            for (int i = 0; i < n && people.children().size() < target; i++) {
                addChild(f, random.nextInt(Ages.ADULT), 0);
            }
        }
    }

    private Family newFamily() {
        int quintile = 1 + random.nextInt(5);
        int mask = 0;
        double gradient = Math.exp(population.deprivationGradient() * (quintile - 3));
        double[] prevalence = {
            population.domesticViolence(),
            population.substanceMisuse(),
            population.mentalIllHealth(),
            population.worklessness()
        };
        for (RiskFactor r : RiskFactor.values()) {
            if (random.nextDouble() < Math.min(0.95, prevalence[r.ordinal()] * gradient)) {
                mask |= r.bit();
            }
        }
        return people.newFamily(quintile, mask, ctx.params().trust().familyInitial());
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

    private Child addChild(Family f, int age, double time) {
        Child c = people.newChild(f, age);
        double gradient = ctx.params().youthJustice().deprivationGradient() * (f.quintile() - 3);
        c.setAsbPropensity(
                Math.exp(
                        gradient
                                + ASB_RISK_GRADIENT * f.riskCount()
                                + population.asbPropensitySpread() * random.nextGaussian()));
        assignSchool(c);
        need.initialise(c, time);
        need.scheduleNextLifeEvent(c, time);
        noticing.firstCheck(c, time + random.nextDouble() * Noticing.CHECK_INTERVAL);
        youthJustice.changed(c);
        return c;
    }

    /**
     * Families live nearer some schools than others: more deprived families are likelier to be in
     * the catchment of the higher-numbered schools, so schools differ in need and ASB.
     */
    private void assignSchool(Child c) {
        int age = c.age();
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

    /**
     * 1st of September: everyone a year older; leavers go, schools change, a new cohort is born.
     */
    public void newSchoolYear() {
        double now = ctx.now();
        List<Child> present = people.children();
        List<Child> stay = new ArrayList<>(present.size() + cohort);
        for (Child c : present) {
            need.advance(c, now);
            c.setAge(c.age() + 1);
            if (c.age() >= Ages.ADULT) {
                c.leave();
                ctx.counters().add(Tally.LEFT);
                continue;
            }
            stay.add(c);
            Site before = c.school();
            assignSchool(c);
            if (c.school() != before || c.age() == Ages.YOUTH_JUSTICE_MIN) {
                youthJustice.changed(c);
            }
        }
        people.keepOnly(stay);
        for (int i = 0; i < cohort; i++) {
            Family f;
            List<Child> here = people.children();
            if (random.nextDouble() < population.siblingBirthShare() && !here.isEmpty()) {
                f = here.get(random.nextInt(here.size())).family();
            } else {
                f = newFamily();
            }
            addChild(f, 0, now);
            ctx.counters().add(Tally.BORN);
        }
        for (SchoolYearListener l : schoolYearListeners) {
            l.newSchoolYear();
        }
    }
}
