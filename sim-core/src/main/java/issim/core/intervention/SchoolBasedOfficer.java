package issim.core.intervention;

import issim.core.domain.AgencyKind;
import issim.core.domain.InterventionKind;
import issim.core.model.Child;
import issim.core.model.Family;
import issim.core.model.Practitioner;
import issim.core.model.Site;
import issim.core.params.SchoolPoliceOfficer;
import issim.core.process.Context;
import issim.core.process.SchoolPolicing;
import issim.core.process.YouthJustice;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A police officer shared between secondary schools (000 case study 3: two schools, half the week
 * each, 30% of the salary paid by the schools). At its start the officer is based in the schools;
 * it lends youth justice its {@link SchoolPolicing} hook: while there, the officer learns of more
 * incidents at school and, with a prevention focus, defuses some and answers more informally — or,
 * under a detection target, more formally. Each month pupils' families at its schools come to trust
 * the police more. Cost, in full (docs/ODD.md §7.13): the schools pay their share of the salary,
 * and the police bear the rest of the officer's time at the schools, time taken from other policing
 * (an opportunity cost). Withdrawn, the officer goes back to the station full time and schools have
 * no officer again; the trust pupils' families gained in the police stays and fades as families'
 * trust does.
 */
public final class SchoolBasedOfficer implements Intervention, SchoolPolicing, Serializable {
    private final Context ctx;
    private final SchoolPoliceOfficer p;
    private final YouthJustice youthJustice;
    private final List<Site> schools = new ArrayList<>();
    private Practitioner officer;

    public SchoolBasedOfficer(Context ctx, SchoolPoliceOfficer p, YouthJustice youthJustice) {
        this.ctx = ctx;
        this.p = p;
        this.youthJustice = youthJustice;
    }

    @Override
    public InterventionKind kind() {
        return InterventionKind.SCHOOL_POLICE_OFFICER;
    }

    @Override
    public void start() {
        officer = ctx.locality().of(AgencyKind.POLICE).get(0);
        // Named, or the schools with most anti-social behaviour known to police so far.
        schools.addAll(
                HostSchools.choose(
                        ctx.locality().secondarySchools(),
                        p.schools(),
                        p.hostSchools(),
                        s -> youthJustice.detectedAt(s)));
        for (Site s : schools) {
            ctx.locality().colocate(officer, s, 5 * p.weekShare());
        }
        youthJustice.policeSchoolsWith(this);
    }

    @Override
    public boolean withdrawable() {
        return true;
    }

    /** The officer leaves the schools: youth justice has no school officer any more. */
    @Override
    public void withdraw(double now) {
        youthJustice.endSchoolPolicing(this);
        for (int i = schools.size() - 1; i >= 0; i--) {
            ctx.locality().withdraw(officer, schools.get(i), 5 * p.weekShare());
        }
        schools.clear();
    }

    @Override
    public void bookMonthlyCost() {
        // The officer's time at the schools is an officer's salary for that share of the year
        // whoever pays it: the schools pay their share; the police lose the rest of that time to
        // other policing. Before version 0.2 the schools' share was netted against the police and
        // the scheme cost nothing.
        double salary = ctx.params().agencies().police().staffCost() / 12;
        double atSchools = p.schools() * p.weekShare();
        ctx.counters().spend(AgencyKind.SCHOOL, p.salaryShare() * salary);
        ctx.counters().spend(AgencyKind.POLICE, (atSchools - p.salaryShare()) * salary);
    }

    /** Pupils' families at the officer's schools come to trust the police more. */
    @Override
    public void month() {
        double gain = p.pupilTrustGain();
        for (Child c : ctx.population().children()) {
            if (c.school() != null && schools.contains(c.school())) {
                Family f = c.family();
                double t = f.trust(AgencyKind.POLICE);
                f.setTrust(AgencyKind.POLICE, t + (1 - t) * gain);
            }
        }
    }

    /** The officer's schools. */
    public List<Site> schools() {
        return List.copyOf(schools);
    }

    @Override
    public List<Site> hosts() {
        return schools();
    }

    @Override
    public boolean covers(Site school) {
        return schools.contains(school);
    }

    @Override
    public double presence() {
        return p.weekShare();
    }

    @Override
    public boolean preventionFocus() {
        return !p.detectionTarget();
    }

    /** Prevention works through relationships: it grows with the family's trust in police. */
    @Override
    public double preventionChance(Child child) {
        return p.preventionEffect() * (0.5 + child.family().trust(AgencyKind.POLICE));
    }

    @Override
    public double detection() {
        return p.detectAtSchool();
    }

    @Override
    public double formalMultiplier(double detectionTargetMultiplier) {
        return p.detectionTarget() ? detectionTargetMultiplier : p.preventionFormalMultiplier();
    }

    @Override
    public Practitioner officer() {
        return officer;
    }
}
