package issim.core.process;

import issim.core.World;
import issim.core.model.AgencyKind;
import issim.core.model.Lever;
import issim.core.model.Practitioner;
import issim.core.model.Role;
import issim.core.model.Site;
import issim.core.params.Interventions;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a scenario's interventions in place at day 0, after the warm-up, one after another {@code
 * staggerDays} apart when change is paced (004 ch.5).
 */
public final class InterventionSetup {
    private InterventionSetup() {}

    /** Before the population exists: the baseline's common-assessment training. */
    public static void prepare(World world) {
        double baseline = issim.core.params.CommonAssessment.baseline().trainedShare();
        var random = world.streams().services();
        for (Practitioner p : world.locality().practitioners()) {
            p.setCafTrained(
                    random.nextDouble()
                            < Math.min(
                                    baseline,
                                    world.params()
                                            .interventions()
                                            .commonAssessment()
                                            .trainedShare()));
        }
    }

    /** Schedules each enabled intervention's start on MASON's schedule. */
    public static void schedule(World world, double day0) {
        Interventions iv = world.params().interventions();
        List<Lever> order = new ArrayList<>();
        if (iv.coLocation().enabled()) {
            order.add(Lever.CO_LOCATION);
        }
        if (iv.schoolPoliceOfficer().enabled()) {
            order.add(Lever.SCHOOL_POLICE_OFFICER);
        }
        if (iv.threeTier().enabled()) {
            order.add(Lever.THREE_TIER);
        }
        if (iv.commonAssessment().lineManagerSupport()
                || iv.commonAssessment().trainedShare()
                        > issim.core.params.CommonAssessment.baseline().trainedShare()) {
            order.add(Lever.COMMON_ASSESSMENT);
        }
        if (iv.leader().enabled()) {
            order.add(Lever.INTEGRATED_SERVICES_LEADER);
        }
        if (iv.budgets().pooled()) {
            order.add(Lever.POOLED_BUDGETS);
        }
        if (iv.jointTraining().enabled()) {
            order.add(Lever.JOINT_TRAINING);
        }
        for (int i = 0; i < order.size(); i++) {
            Lever lever = order.get(i);
            world.schedule.scheduleOnce(
                    day0 + (double) i * iv.staggerDays(),
                    1,
                    state -> {
                        world.advanceTo(state.schedule.getTime());
                        start(world, lever);
                    });
        }
    }

    static void start(World world, Lever lever) {
        Interventions iv = world.params().interventions();
        var counters = world.counters();
        world.activate(lever);
        switch (lever) {
            case CO_LOCATION -> {
                var co = iv.coLocation();
                List<Site> hosts = world.locality().secondarySchools().subList(0, co.schools());
                for (Site school : hosts) {
                    for (AgencyKind agency : co.agencies()) {
                        Practitioner p = pickForColocation(world, agency, school);
                        if (p != null) {
                            world.locality().colocate(p, school, co.daysPerWeek());
                        }
                    }
                    counters.spend(AgencyKind.SCHOOL, co.setUpCost());
                }
            }
            case SCHOOL_POLICE_OFFICER -> world.youthJustice().startSchoolOfficer();
            case THREE_TIER -> world.youthJustice().startThreeTier();
            case COMMON_ASSESSMENT -> {
                var caf = iv.commonAssessment();
                var random = world.streams().services();
                double before = issim.core.params.CommonAssessment.baseline().trainedShare();
                double extra = Math.max(0, (caf.trainedShare() - before) / (1 - before));
                for (Practitioner p : world.locality().practitioners()) {
                    if (!p.cafTrained() && random.nextDouble() < extra) {
                        p.setCafTrained(true);
                        counters.spend(p.agency(), caf.trainingCost());
                    }
                }
            }
            case JOINT_TRAINING -> {
                var jt = iv.jointTraining();
                var random = world.streams().services();
                List<Practitioner> trained = new ArrayList<>();
                for (Practitioner p : world.locality().practitioners()) {
                    if (random.nextDouble() < jt.coverage()) {
                        p.setJointlyTrained(true);
                        trained.add(p);
                        counters.spend(p.agency(), jt.costPerPractitioner());
                    }
                }
                world.trust().narrowGap(trained, jt.gapNarrowing());
            }
            case INTEGRATED_SERVICES_LEADER, POOLED_BUDGETS -> {
                // In force from now on: the processes consult World.active.
            }
        }
    }

    /**
     * The practitioner an agency bases in a host school: a school nurse, social worker or EWO not
     * yet co-located.
     */
    private static Practitioner pickForColocation(World world, AgencyKind agency, Site school) {
        Role preferred =
                switch (agency) {
                    case HEALTH -> Role.SCHOOL_NURSE;
                    case SCHOOL -> Role.EDUCATION_WELFARE_OFFICER;
                    case SOCIAL_CARE -> Role.SOCIAL_WORKER;
                    case POLICE -> Role.POLICE_OFFICER;
                    case YOUTH_SERVICE -> Role.YOUTH_WORKER;
                    case YOUTH_OFFENDING -> Role.YOT_WORKER;
                    case CHILDRENS_CENTRE -> Role.CHILDRENS_CENTRE_WORKER;
                    case CONNEXIONS -> Role.PERSONAL_ADVISER;
                };
        for (Practitioner p : world.locality().of(agency)) {
            if (p.role() == preferred && !p.colocated()) {
                return p;
            }
        }
        return null;
    }
}
