package issim.core.intervention;

import issim.core.domain.AgencyKind;
import issim.core.domain.InterventionKind;
import issim.core.domain.Role;
import issim.core.model.Child;
import issim.core.model.NeedLevels;
import issim.core.model.Practitioner;
import issim.core.model.Site;
import issim.core.params.CoLocation;
import issim.core.process.Context;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A multi-agency team based in secondary schools (000 case study 3; 003, schools as hubs). At its
 * start each named agency bases one practitioner in each host school for some days a week; from
 * then on the mechanisms see it through the locality: shared sites widen what the school sees
 * (noticing), make sharing likelier and contacts known (sharing, referral), and build trust week by
 * week (trust). Costs: a set-up cost per host school at the start, and a running cost per school.
 * Withdrawn, the team's practitioners go back to their own base full time: the trust they built
 * stays with them and fades as trust does, and none grows any more from being together.
 */
public final class CoLocatedTeams implements Intervention, Serializable {
    private final Context ctx;
    private final CoLocation p;
    private final NeedLevels levels;
    private List<Site> hosts = List.of();

    /** Who was based where, in the order they were, so a withdrawal can send each back. */
    private final List<Practitioner> members = new ArrayList<>();

    private final List<Site> memberSchools = new ArrayList<>();

    public CoLocatedTeams(Context ctx, CoLocation p, NeedLevels levels) {
        this.ctx = ctx;
        this.p = p;
        this.levels = levels;
    }

    @Override
    public InterventionKind kind() {
        return InterventionKind.CO_LOCATION;
    }

    /**
     * The host schools, chosen at the start: those the scenario names, or else the schools whose
     * pupils have the most additional need (the share at level 2 or above), where a team has most
     * to find (003: schools as hubs for the children who need most).
     */
    @Override
    public List<Site> hosts() {
        return hosts;
    }

    @Override
    public void start() {
        hosts =
                HostSchools.choose(
                        ctx.locality().secondarySchools(),
                        p.schools(),
                        p.hostSchools(),
                        this::shareInNeed);
        for (Site school : hosts) {
            for (AgencyKind agency : p.agencies()) {
                Practitioner based = pick(agency);
                if (based != null) {
                    ctx.locality().colocate(based, school, p.daysPerWeek());
                    members.add(based);
                    memberSchools.add(school);
                }
            }
            ctx.counters().spend(AgencyKind.SCHOOL, p.setUpCost());
        }
    }

    @Override
    public boolean withdrawable() {
        return true;
    }

    /**
     * Each practitioner it based in a school goes back to their own base; no host school is left.
     */
    @Override
    public void withdraw(double now) {
        for (int i = members.size() - 1; i >= 0; i--) {
            ctx.locality().withdraw(members.get(i), memberSchools.get(i), p.daysPerWeek());
        }
        members.clear();
        memberSchools.clear();
        hosts = List.of();
    }

    @Override
    public void bookMonthlyCost() {
        ctx.counters().spend(AgencyKind.SCHOOL, p.runningCost() * p.schools() / 12);
    }

    /** Share of a school's pupils at level 2 or above on the continuum of need now. */
    private double shareInNeed(Site school) {
        int pupils = 0, inNeed = 0;
        for (Child c : ctx.population().children()) {
            if (c.present() && c.school() == school) {
                pupils++;
                if (levels.level(c) >= 2) {
                    inNeed++;
                }
            }
        }
        return pupils == 0 ? 0 : inNeed / (double) pupils;
    }

    /**
     * The practitioner an agency bases in a host school: a school nurse, social worker, education
     * welfare officer (and so on by agency) not yet based elsewhere.
     */
    private Practitioner pick(AgencyKind agency) {
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
        for (Practitioner pr : ctx.locality().of(agency)) {
            if (pr.role() == preferred && !pr.colocated()) {
                return pr;
            }
        }
        return null;
    }
}
