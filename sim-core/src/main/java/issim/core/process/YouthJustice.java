package issim.core.process;

import issim.core.domain.AgencyKind;
import issim.core.domain.Ages;
import issim.core.domain.Outcome;
import issim.core.engine.EventType;
import issim.core.engine.KeyedStream;
import issim.core.model.Child;
import issim.core.model.NeedLevels;
import issim.core.model.Practitioner;
import issim.core.model.Site;
import issim.core.observe.Tally;
import issim.core.params.YouthJusticeParameters;
import java.io.Serializable;

/**
 * Youth justice (docs/ODD.md §7.10). Children aged 10-17 commit anti-social behaviour at a rate set
 * by their propensity and their need in making a positive contribution (redrawn whenever either
 * changes, and when a plan starts or ends). Police learn of some incidents and respond informally
 * or formally; a first formal sanction makes a first-time entrant, and the label lowers later
 * outcomes and raises propensity. A school-based officer and a prevention programme change this
 * through their hooks ({@link SchoolPolicing}, {@link Diversion}).
 */
public final class YouthJustice implements ChildChanges.Listener, Serializable {
    private final Context ctx;
    private final NeedDynamics need;
    private final NeedLevels levels;
    private final Handlers handlers;
    private final Referrals referrals;
    private final YouthJusticeParameters p;
    private final KeyedStream random;
    private final long[] detectedBySchool;
    private SchoolPolicing schoolPolicing;
    private Diversion diversion;

    public YouthJustice(
            Context ctx,
            NeedDynamics need,
            NeedLevels levels,
            Handlers handlers,
            Referrals referrals) {
        this.ctx = ctx;
        this.need = need;
        this.levels = levels;
        this.handlers = handlers;
        this.referrals = referrals;
        this.p = ctx.params().youthJustice();
        this.random = ctx.streams().behaviour();
        this.detectedBySchool = new long[ctx.locality().sites().size()];
    }

    /** The hook of a school-based officer; at most one. */
    public void policeSchoolsWith(SchoolPolicing policing) {
        if (schoolPolicing != null) {
            throw new IllegalStateException("schools already have an officer");
        }
        schoolPolicing = policing;
    }

    /** The school-based officer withdrawn: from now on no school has one. */
    public void endSchoolPolicing(SchoolPolicing policing) {
        if (schoolPolicing != policing) {
            throw new IllegalStateException("schools are not policed by this officer");
        }
        schoolPolicing = null;
    }

    /** The hook of a prevention programme; at most one. */
    public void divertWith(Diversion programme) {
        if (diversion != null) {
            throw new IllegalStateException("a diversion programme is already in place");
        }
        diversion = programme;
    }

    /** The child's circumstances changed: redraw the time of the next incident. */
    @Override
    public void changed(Child c) {
        if (c.age() < Ages.YOUTH_JUSTICE_MIN || c.age() > Ages.YOUTH_JUSTICE_MAX) {
            return;
        }
        ctx.events().supersede(EventType.ASB, c.id());
        double rate = ratePerDay(c);
        if (rate > 0) {
            ctx.events()
                    .schedule(
                            EventType.ASB,
                            ctx.now() + random.nextExponential(c.id(), rate),
                            c.id());
        }
    }

    double ratePerDay(Child c) {
        double severity = levels.severity(c, Outcome.POSITIVE_CONTRIBUTION.ordinal());
        double programme = diversion == null ? 1 : diversion.propensityMultiplier(c);
        return p.asbRate()
                / Calendar.YEAR
                * c.asbPropensity()
                * programme
                * (1 + p.needEffect() * severity);
    }

    public void onIncident(Child c) {
        double now = ctx.now();
        need.advance(c, now);
        Site school = c.school();
        boolean atSchool = school != null && draw(c) < p.atSchoolShare();
        SchoolPolicing officer = schoolPolicing;
        boolean officerHere =
                atSchool
                        && officer != null
                        && officer.covers(school)
                        && draw(c) < officer.presence();
        if (officerHere && officer.preventionFocus() && draw(c) < officer.preventionChance(c)) {
            changed(c); // prevented: the officer's presence and relationships defuse it
            return;
        }
        ctx.counters().add(Tally.ASB_INCIDENTS);
        if (atSchool) {
            ctx.counters().add(Tally.ASB_AT_SCHOOL);
        }
        double detect =
                !atSchool
                        ? p.detectCommunity()
                        : officerHere ? officer.detection() : p.detectSchool();
        if (draw(c) < detect) {
            respond(
                    c,
                    officerHere ? officer.officer() : handlers.of(c, AgencyKind.POLICE),
                    officerHere);
        }
        changed(c);
    }

    private double draw(Child c) {
        return random.next(c.id());
    }

    private void respond(Child c, Practitioner officer, boolean schoolOfficerHandles) {
        ctx.counters().add(Tally.ASB_DETECTED);
        c.addDetectedIncident();
        if (c.school() != null) {
            detectedBySchool[c.school().id()]++;
        }
        c.learn(AgencyKind.POLICE, Outcome.POSITIVE_CONTRIBUTION.bit());
        if (draw(c) < formalProbability(c, schoolOfficerHandles)) {
            ctx.counters().add(Tally.FORMAL_RESPONSES);
            if (!c.firstTimeEntrant()) {
                c.markFirstTimeEntrant();
                ctx.counters().add(Tally.FIRST_TIME_ENTRANTS);
                if (c.school() != null) {
                    // By school as well, so that the effect on a host school's pupils can be told.
                    ctx.counters().addAtSite(Tally.FIRST_TIME_ENTRANTS, c.school().id());
                }
                c.shiftLasting(Outcome.POSITIVE_CONTRIBUTION.ordinal(), -p.labelPenalty());
                c.shiftLasting(Outcome.ECONOMIC_WELL_BEING.ordinal(), -p.labelPenalty());
                c.setAsbPropensity(c.asbPropensity() * p.labelPropensity());
                need.recomputeSetPoints(c);
            }
            return;
        }
        if (diversion != null && diversion.covers(c)) {
            diversion.respondInformally(c);
        } else if (officer != null && draw(c) < p.informalReferralShare()) {
            referrals.refer(c, officer, AgencyKind.YOUTH_SERVICE);
        }
    }

    /** The chance a detected incident gets a formal response. */
    public double formalProbability(Child c, boolean schoolOfficerHandles) {
        double q = p.formalFirst() + p.formalPerPrior() * Math.max(0, c.detectedIncidents() - 1);
        if (p.detectionTarget()) {
            q *= p.detectionTargetMultiplier();
        }
        if (schoolOfficerHandles) {
            q *= schoolPolicing.formalMultiplier(p.detectionTargetMultiplier());
        }
        if (diversion != null) {
            q *= diversion.formalMultiplier(c);
        }
        return Math.max(0, Math.min(1, q));
    }

    /** Incidents police have learnt of at or around {@code school} so far (its ASB ranking). */
    public long detectedAt(Site school) {
        return detectedBySchool[school.id()];
    }
}
