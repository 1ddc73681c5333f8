package issim.core.intervention;

import issim.core.domain.AgencyKind;
import issim.core.domain.InterventionKind;
import issim.core.domain.Role;
import issim.core.model.Practitioner;
import issim.core.model.Site;
import issim.core.params.CoLocation;
import issim.core.process.Context;
import java.io.Serializable;
import java.util.List;

/**
 * A multi-agency team based in secondary schools (000 case study 3; 003, schools as hubs). At its
 * start each named agency bases one practitioner in each host school for some days a week; from
 * then on the mechanisms see it through the locality: shared sites widen what the school sees
 * (noticing), make sharing likelier and contacts known (sharing, referral), and build trust week by
 * week (trust). Costs: a set-up cost per host school at the start, and a running cost per school.
 */
public final class CoLocatedTeams implements Intervention, Serializable {
    private final Context ctx;
    private final CoLocation p;

    public CoLocatedTeams(Context ctx, CoLocation p) {
        this.ctx = ctx;
        this.p = p;
    }

    @Override
    public InterventionKind kind() {
        return InterventionKind.CO_LOCATION;
    }

    /** The host schools: the first {@code schools} secondary schools. */
    public List<Site> hosts() {
        return ctx.locality().secondarySchools().subList(0, p.schools());
    }

    @Override
    public void start() {
        for (Site school : hosts()) {
            for (AgencyKind agency : p.agencies()) {
                Practitioner based = pick(agency);
                if (based != null) {
                    ctx.locality().colocate(based, school, p.daysPerWeek());
                }
            }
            ctx.counters().spend(AgencyKind.SCHOOL, p.setUpCost());
        }
    }

    @Override
    public void bookMonthlyCost() {
        ctx.counters().spend(AgencyKind.SCHOOL, p.runningCost() * p.schools() / 12);
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
