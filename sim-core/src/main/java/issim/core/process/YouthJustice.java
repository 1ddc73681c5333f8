package issim.core.process;

import issim.core.World;
import issim.core.engine.KeyedRandom;
import issim.core.model.AgencyKind;
import issim.core.model.Child;
import issim.core.model.Lever;
import issim.core.model.Outcome;
import issim.core.model.PlanKind;
import issim.core.model.Practitioner;
import issim.core.model.Site;
import issim.core.observe.Tally;
import issim.core.params.SchoolPoliceOfficer;
import issim.core.params.ThreeTierPrevention;
import issim.core.params.YouthJusticeParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * Youth justice (DESIGN.md §2 process 9) with the school-based police officer (000 case study 3)
 * and the three-tier prevention model (000 case study 2). Children aged 10-17 commit anti-social
 * behaviour at a rate set by their propensity and their need in making a positive contribution
 * (redrawn whenever either changes, and when a plan starts or ends). Police learn of some incidents
 * and respond informally or formally; a first formal sanction makes a first-time entrant, and the
 * label lowers later outcomes and raises propensity.
 */
public final class YouthJustice {
    public static final int MIN_AGE = 10, MAX_AGE = 17;

    /**
     * Share of informal responses that refer the child on to the youth service (DESIGN.md §2
     * process 9).
     */
    static final double INFORMAL_REFERRAL_SHARE = 0.25;

    /** Year 8 pupils are aged 12 on the 1st of September. */
    static final int YEAR_8_AGE = 12;

    private final World world;
    private final YouthJusticeParameters p;
    private final KeyedRandom random;
    private final List<Site> officerSchools = new ArrayList<>();
    private final List<Site> programmeSchools = new ArrayList<>();
    private final long[] detectedBySchool;
    private Practitioner schoolOfficer;

    public YouthJustice(World world) {
        this.world = world;
        this.p = world.params().youthJustice();
        this.random = world.streams().behaviour();
        this.detectedBySchool = new long[world.locality().sites().size()];
    }

    /** The child's circumstances changed: redraw the time of the next incident. */
    public void changed(Child c) {
        if (c.age() < MIN_AGE || c.age() > MAX_AGE) {
            return;
        }
        c.bumpAsbVersion();
        double rate = ratePerDay(c);
        if (rate > 0) {
            world.scheduleAsb(world.now() + random.exponential(c.id(), c.nextAsbDraw(), rate), c);
        }
    }

    double ratePerDay(Child c) {
        double need = world.need().severity(c, Outcome.POSITIVE_CONTRIBUTION.ordinal());
        return p.asbRate() / World.YEAR * c.asbPropensity() * (1 + p.needEffect() * need);
    }

    public void onIncident(Child c) {
        double now = world.now();
        world.need().advance(c, now);
        Site school = c.school();
        boolean atSchool = school != null && draw(c) < p.atSchoolShare();
        SchoolPoliceOfficer officer = world.params().interventions().schoolPoliceOfficer();
        boolean officerHere =
                atSchool
                        && world.active(Lever.SCHOOL_POLICE_OFFICER)
                        && officerSchools.contains(school)
                        && draw(c) < officer.weekShare();
        // Prevention works through relationships: it grows with pupils' families' trust in police.
        double prevent = officer.preventionEffect() * (0.5 + c.family().trust(AgencyKind.POLICE));
        if (officerHere && !officer.detectionTarget() && draw(c) < prevent) {
            changed(c); // prevented: the officer's presence and relationships defuse it
            return;
        }
        world.counters().add(Tally.ASB_INCIDENTS);
        if (atSchool) {
            world.counters().add(Tally.ASB_AT_SCHOOL);
        }
        double detect =
                !atSchool
                        ? p.detectCommunity()
                        : officerHere ? officer.detectAtSchool() : p.detectSchool();
        if (draw(c) < detect) {
            respond(
                    c,
                    officerHere ? schoolOfficer : world.noticing().handler(c, AgencyKind.POLICE),
                    officerHere);
        }
        changed(c);
    }

    private double draw(Child c) {
        return random.uniform(c.id(), c.nextAsbDraw());
    }

    private void respond(Child c, Practitioner officer, boolean schoolOfficerHandles) {
        world.counters().add(Tally.ASB_DETECTED);
        c.addDetectedIncident();
        if (c.school() != null) {
            detectedBySchool[c.school().id()]++;
        }
        c.learn(AgencyKind.POLICE, Outcome.POSITIVE_CONTRIBUTION.bit());
        if (draw(c) < formalProbability(c, schoolOfficerHandles)) {
            world.counters().add(Tally.FORMAL_RESPONSES);
            if (!c.firstTimeEntrant()) {
                c.markFirstTimeEntrant();
                world.counters().add(Tally.FIRST_TIME_ENTRANTS);
                c.shiftLasting(Outcome.POSITIVE_CONTRIBUTION.ordinal(), -p.labelPenalty());
                c.shiftLasting(Outcome.ECONOMIC_WELL_BEING.ordinal(), -p.labelPenalty());
                c.setAsbPropensity(c.asbPropensity() * p.labelPropensity());
                world.need().recomputeSetPoints(c);
            }
            return;
        }
        if (inProgramme(c)) {
            programmeResponse(c);
        } else if (officer != null && draw(c) < INFORMAL_REFERRAL_SHARE) {
            world.referrals().refer(c, officer, AgencyKind.YOUTH_SERVICE);
        }
    }

    /** The chance a detected incident gets a formal response. */
    public double formalProbability(Child c, boolean schoolOfficerHandles) {
        double q = p.formalFirst() + p.formalPerPrior() * Math.max(0, c.detectedIncidents() - 1);
        if (p.detectionTarget()) {
            q *= p.detectionTargetMultiplier();
        }
        if (schoolOfficerHandles) {
            SchoolPoliceOfficer officer = world.params().interventions().schoolPoliceOfficer();
            q *=
                    officer.detectionTarget()
                            ? p.detectionTargetMultiplier()
                            : officer.preventionFormalMultiplier();
        }
        if (inProgramme(c) && c.programmeTier() > 0) {
            q *= world.params().interventions().threeTier().diversionMultiplier();
        }
        return Math.max(0, Math.min(1, q));
    }

    private boolean inProgramme(Child c) {
        return world.active(Lever.THREE_TIER)
                && c.school() != null
                && programmeSchools.contains(c.school());
    }

    /** Tier 2 for a pupil known for ASB; tier 3 once incidents repeat (000 case study 2). */
    private void programmeResponse(Child c) {
        ThreeTierPrevention t = world.params().interventions().threeTier();
        if (c.detectedIncidents() >= t.tier3Incidents() && c.programmeTier() < 3) {
            Practitioner yot =
                    world.support()
                            .allocate(
                                    c,
                                    AgencyKind.YOUTH_OFFENDING,
                                    world.noticing().handler(c, AgencyKind.YOUTH_OFFENDING));
            if (yot == null) {
                return;
            }
            int needMask = 0;
            for (int k = 0; k < Outcome.COUNT; k++) {
                if (world.need().severity(c, k) > 0) {
                    needMask |= 1 << k;
                }
            }
            needMask |= Outcome.POSITIVE_CONTRIBUTION.bit();
            c.learn(AgencyKind.YOUTH_OFFENDING, needMask);
            if (world.teamAroundTheChild()
                            .meet(
                                    c,
                                    yot,
                                    needMask,
                                    PlanKind.FAMILY_SUPPORT,
                                    world.params().agencies().yotYisp().supportDays())
                    != null) {
                c.reachTier(3);
                c.setAsbPropensity(c.asbPropensity() * (1 - t.tier3Effect()));
                world.counters().add(Tally.TIER3_FAMILIES);
                world.counters().spend(AgencyKind.YOUTH_OFFENDING, t.tier3Cost());
            }
        } else if (c.programmeTier() < 2) {
            Practitioner worker =
                    world.support()
                            .allocate(
                                    c,
                                    AgencyKind.YOUTH_SERVICE,
                                    world.noticing().handler(c, AgencyKind.YOUTH_SERVICE));
            if (worker == null) {
                return;
            }
            double[] lift = new double[Outcome.COUNT];
            var ys = world.params().agencies().youthService();
            lift[Outcome.POSITIVE_CONTRIBUTION.ordinal()] = ys.supportLift();
            lift[Outcome.ENJOY_AND_ACHIEVE.ordinal()] =
                    ys.supportLift() * ys.remit().enjoyAndAchieve();
            world.support()
                    .open(
                            PlanKind.GROUP_WORK,
                            c,
                            new Practitioner[] {worker},
                            lift,
                            ys.supportDays());
            c.reachTier(2);
            c.setAsbPropensity(c.asbPropensity() * (1 - t.tier2Effect()));
            world.counters().add(Tally.TIER2_PLACES);
            world.counters().spend(AgencyKind.YOUTH_SERVICE, t.tier2Cost());
        }
    }

    /** Starts the school-based officer at the first {@code schools} secondary schools. */
    public void startSchoolOfficer() {
        SchoolPoliceOfficer o = world.params().interventions().schoolPoliceOfficer();
        List<Site> secondaries = world.locality().secondarySchools();
        schoolOfficer = world.locality().of(AgencyKind.POLICE).get(0);
        for (int i = 0; i < o.schools(); i++) {
            Site s = secondaries.get(i);
            officerSchools.add(s);
            world.locality().colocate(schoolOfficer, s, 5 * o.weekShare());
        }
    }

    /**
     * Chooses the programme's schools by their ASB ranking: detected incidents so far (000 case
     * study 2).
     */
    public void startThreeTier() {
        List<Site> ranked = new ArrayList<>(world.locality().secondarySchools());
        ranked.sort(
                (a, b) ->
                        a.id() == b.id()
                                ? 0
                                : detectedBySchool[b.id()] != detectedBySchool[a.id()]
                                        ? Long.compare(
                                                detectedBySchool[b.id()], detectedBySchool[a.id()])
                                        : Integer.compare(a.id(), b.id()));
        programmeSchools.addAll(
                ranked.subList(0, world.params().interventions().threeTier().schools()));
        deliverTier1(); // the programme starts with this year's Year 8
    }

    public List<Site> officerSchools() {
        return List.copyOf(officerSchools);
    }

    public List<Site> programmeSchools() {
        return List.copyOf(programmeSchools);
    }

    /** Each new school year, the programme's Year 8 takes tier 1. */
    public void newSchoolYear() {
        if (world.active(Lever.THREE_TIER)) {
            deliverTier1();
        }
    }

    /**
     * Tier 1: the universal programme for every Year 8 pupil in the programme's schools. Pupils are
     * known to the programme from its first week; its effect on propensity comes when it ends.
     */
    private void deliverTier1() {
        ThreeTierPrevention t = world.params().interventions().threeTier();
        List<Child> cohort = new ArrayList<>();
        for (Child c : world.lifeCourse().children()) {
            if (c.age() == YEAR_8_AGE && programmeSchools.contains(c.school())) {
                cohort.add(c);
                c.reachTier(1);
                world.counters().add(Tally.TIER1_PUPILS);
                world.counters().spend(AgencyKind.SCHOOL, t.tier1Cost());
            }
        }
        world.at(
                world.now() + 7.0 * t.tier1Weeks(),
                () -> {
                    for (Child c : cohort) {
                        if (c.present()) {
                            c.setAsbPropensity(c.asbPropensity() * (1 - t.tier1Effect()));
                            changed(c);
                        }
                    }
                });
    }

    /** Monthly: pupils' families at the officer's schools come to trust the police more. */
    public void month() {
        if (!world.active(Lever.SCHOOL_POLICE_OFFICER)) {
            return;
        }
        double gain = world.params().interventions().schoolPoliceOfficer().pupilTrustGain();
        for (Child c : world.lifeCourse().children()) {
            if (c.school() != null && officerSchools.contains(c.school())) {
                double t = c.family().trust(AgencyKind.POLICE);
                c.family().setTrust(AgencyKind.POLICE, t + (1 - t) * gain);
            }
        }
    }
}
