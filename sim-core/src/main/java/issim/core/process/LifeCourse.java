package issim.core.process;

import ec.util.MersenneTwisterFast;
import issim.core.World;
import issim.core.model.Child;
import issim.core.model.Family;
import issim.core.model.RiskFactor;
import issim.core.model.Site;
import issim.core.observe.Tally;
import issim.core.params.LocalityParameters;
import issim.core.params.PopulationParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * Life course (DESIGN.md §2 process 1): the starting population, and each 1st of September ageing,
 * school entry at 5, transfer at 11, leaving school at 16 and the locality at 18, and a cohort of
 * births that keeps the population stationary. Everything here draws from the population stream
 * only, so every scenario run with one seed has the same children.
 */
public final class LifeCourse {
    public static final int PRIMARY_AGE = 5,
            SECONDARY_AGE = 11,
            SCHOOL_LEAVING_AGE = 16,
            ADULT_AGE = 18;

    private final World world;
    private final MersenneTwisterFast random;
    private final LocalityParameters locality;
    private final PopulationParameters population;
    private final List<Child> present = new ArrayList<>();

    /**
     * Families with a child still in the locality, in order of creation. Children leave only in
     * {@link #newSchoolYear}, which prunes the list, so it never holds a family with no child here.
     */
    private final List<Family> resident = new ArrayList<>();

    private final int cohort;

    public LifeCourse(World world) {
        this.world = world;
        this.random = world.streams().population();
        this.locality = world.params().locality();
        this.population = world.params().population();
        this.cohort = (int) Math.round(locality.children() / (double) ADULT_AGE);
    }

    /** Children now living in the locality. */
    public List<Child> children() {
        return present;
    }

    /**
     * Families with at least one child in the locality, in order of creation. Families whose
     * children have all grown up are never met again, so the monthly processes skip them.
     */
    public List<Family> residentFamilies() {
        return resident;
    }

    /** Creates the starting families and children. */
    public void populate() {
        int target = locality.children();
        while (present.size() < target) {
            Family f = newFamily();
            int n = 1 + poisson(locality.childrenPerFamily() - 1);
            for (int i = 0; i < n && present.size() < target; i++) {
                addChild(f, random.nextInt(ADULT_AGE), 0);
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
        Family f =
                new Family(
                        world.families().size(),
                        quintile,
                        mask,
                        world.params().trust().familyInitial());
        world.families().add(f);
        resident.add(f);
        return f;
    }

    private int poisson(double mean) {
        double l = Math.exp(-mean), prod = random.nextDouble();
        int k = 0;
        while (prod > l) {
            prod *= random.nextDouble();
            k++;
        }
        return Math.min(k, 5);
    }

    private Child addChild(Family f, int age, double time) {
        Child c = new Child(world.childrenById().size(), f, age);
        world.childrenById().add(c);
        f.add(c);
        present.add(c);
        double gradient = world.params().youthJustice().deprivationGradient() * (f.quintile() - 3);
        c.setAsbPropensity(
                Math.exp(
                        gradient
                                + 0.25 * f.riskCount()
                                + population.asbPropensitySpread() * random.nextGaussian()));
        assignSchool(c);
        world.need().initialise(c, time);
        world.need().scheduleNextLifeEvent(c, time);
        world.scheduleCheck(time + random.nextDouble() * 30, c);
        world.youthJustice().changed(c);
        return c;
    }

    /**
     * Families live nearer some schools than others: more deprived families are likelier to be in
     * the catchment of the higher-numbered schools, so schools differ in need and ASB.
     */
    private void assignSchool(Child c) {
        int age = c.age();
        List<Site> schools;
        if (age >= PRIMARY_AGE && age < SECONDARY_AGE) {
            schools = world.locality().primarySchools();
        } else if (age >= SECONDARY_AGE && age < SCHOOL_LEAVING_AGE) {
            schools = world.locality().secondarySchools();
        } else {
            c.setSchool(null);
            return;
        }
        double position = ((c.family().quintile() - 1) + 2 * catchment(c.family())) / 6.0;
        c.setSchool(schools.get(Math.min(schools.size() - 1, (int) (position * schools.size()))));
    }

    /**
     * A family's place in its quintile's catchment: fixed per family, from a hash of its id and the
     * seed.
     */
    private double catchment(Family f) {
        long z = (f.id() + 1) * 0x9E3779B97F4A7C15L + world.seed() * 0xD1B54A32D192ED03L;
        z = (z ^ (z >>> 31)) * 0xBF58476D1CE4E5B9L;
        return ((z ^ (z >>> 29)) >>> 11) * 0x1.0p-53;
    }

    /**
     * 1st of September: everyone a year older; leavers go, schools change, a new cohort is born.
     */
    public void newSchoolYear() {
        double now = world.now();
        List<Child> stay = new ArrayList<>(present.size() + cohort);
        for (Child c : present) {
            world.need().advance(c, now);
            c.setAge(c.age() + 1);
            if (c.age() >= ADULT_AGE) {
                c.leave();
                world.counters().add(Tally.LEFT);
                continue;
            }
            stay.add(c);
            Site before = c.school();
            assignSchool(c);
            if (c.school() != before) {
                world.youthJustice().changed(c);
            } else if (c.age() == YouthJustice.MIN_AGE) {
                world.youthJustice().changed(c);
            }
        }
        present.clear();
        present.addAll(stay);
        resident.removeIf(f -> !f.resident());
        for (int i = 0; i < cohort; i++) {
            Family f;
            if (random.nextDouble() < 0.35 && !present.isEmpty()) {
                f = present.get(random.nextInt(present.size())).family();
            } else {
                f = newFamily();
            }
            addChild(f, 0, now);
            world.counters().add(Tally.BORN);
        }
        world.youthJustice().newSchoolYear();
    }
}
