package issim.core.model;

import issim.core.domain.AgencyKind;
import issim.core.domain.CommitmentStage;
import issim.core.domain.Role;
import issim.core.domain.SiteKind;
import issim.core.params.AgencyParameters;
import issim.core.params.ModelParameters;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleSupplier;

/** The sites of a locality and the practitioners of each agency, as built at the start of a run. */
public final class Locality implements Serializable {
    private final List<Site> sites = new ArrayList<>();
    private final List<Site> primarySchools = new ArrayList<>();
    private final List<Site> secondarySchools = new ArrayList<>();
    private final Map<SiteKind, Site> services = new EnumMap<>(SiteKind.class);
    private final List<Practitioner> practitioners = new ArrayList<>();
    private final Map<AgencyKind, List<Practitioner>> byAgency = new EnumMap<>(AgencyKind.class);
    private final Map<AgencyKind, List<Practitioner>> byAgencyView =
            new EnumMap<>(AgencyKind.class);

    /** Pastoral staff by site id (a list, not a map keyed by identity, so a copy keeps it). */
    private final List<List<Practitioner>> pastoralStaff = new ArrayList<>();

    private final List<List<Practitioner>> pastoralStaffView = new ArrayList<>();
    private final List<Site> sitesView = Collections.unmodifiableList(sites);
    private final List<Site> primaryView = Collections.unmodifiableList(primarySchools);
    private final List<Site> secondaryView = Collections.unmodifiableList(secondarySchools);
    private final List<Practitioner> practitionersView =
            Collections.unmodifiableList(practitioners);

    /**
     * For each site and agency, the first practitioner (by id) of the agency working there
     * part-time.
     */
    private Practitioner[][] colocatedAt;

    private int colocationVersion;

    private Locality() {
        for (AgencyKind kind : AgencyKind.values()) {
            List<Practitioner> staff = new ArrayList<>();
            byAgency.put(kind, staff);
            byAgencyView.put(kind, Collections.unmodifiableList(staff));
        }
    }

    /**
     * Builds the sites and staff. Staff numbers scale with the number of children; each starts at a
     * commitment stage drawn from the adoption shares with {@code stageDraws} (one uniform number
     * per practitioner, in order).
     */
    public static Locality build(ModelParameters p, DoubleSupplier stageDraws) {
        Locality l = new Locality();
        var loc = p.locality();
        for (int i = 0; i < loc.primarySchools(); i++) {
            l.primarySchools.add(l.site(SiteKind.PRIMARY_SCHOOL, "primary school " + (i + 1)));
        }
        for (int i = 0; i < loc.secondarySchools(); i++) {
            l.secondarySchools.add(
                    l.site(SiteKind.SECONDARY_SCHOOL, "secondary school " + (i + 1)));
        }
        for (SiteKind kind :
                List.of(
                        SiteKind.CHILDRENS_CENTRE,
                        SiteKind.HEALTH_CENTRE,
                        SiteKind.POLICE_STATION,
                        SiteKind.COUNCIL_OFFICE)) {
            l.services.put(
                    kind, l.site(kind, kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
        double scale = loc.children() / 10_000.0;
        double[] shares = p.adoption().startingShares();
        AgencyParameters school = p.agencies().school();
        for (Site s : l.primarySchools) {
            for (int i = 0; i < loc.pastoralStaffPerPrimary(); i++) {
                l.pastoralStaff
                        .get(s.id())
                        .add(l.hire(Role.TEACHER, s, school, shares, stageDraws));
            }
        }
        for (Site s : l.secondarySchools) {
            for (int i = 0; i < loc.pastoralStaffPerSecondary(); i++) {
                l.pastoralStaff
                        .get(s.id())
                        .add(l.hire(Role.TEACHER, s, school, shares, stageDraws));
            }
        }
        Site council = l.services.get(SiteKind.COUNCIL_OFFICE);
        // Education welfare officers: one per secondary school's worth of pupils, based centrally.
        for (int i = 0; i < loc.secondarySchools(); i++) {
            l.hire(Role.EDUCATION_WELFARE_OFFICER, council, school, shares, stageDraws);
        }
        Site health = l.services.get(SiteKind.HEALTH_CENTRE);
        int healthStaff = staff(p.agencies().health(), scale);
        Role[] healthRoles = {Role.HEALTH_VISITOR, Role.SCHOOL_NURSE, Role.GP};
        for (int i = 0; i < healthStaff; i++) {
            l.hire(healthRoles[i % 3], health, p.agencies().health(), shares, stageDraws);
        }
        l.hireMany(
                Role.SOCIAL_WORKER, council, p.agencies().socialCare(), scale, shares, stageDraws);
        l.hireMany(
                Role.POLICE_OFFICER,
                l.services.get(SiteKind.POLICE_STATION),
                p.agencies().police(),
                scale,
                shares,
                stageDraws);
        l.hireMany(
                Role.YOUTH_WORKER, council, p.agencies().youthService(), scale, shares, stageDraws);
        l.hireMany(Role.YOT_WORKER, council, p.agencies().yotYisp(), scale, shares, stageDraws);
        l.hireMany(
                Role.CHILDRENS_CENTRE_WORKER,
                l.services.get(SiteKind.CHILDRENS_CENTRE),
                p.agencies().childrensCentre(),
                scale,
                shares,
                stageDraws);
        l.hireMany(
                Role.PERSONAL_ADVISER,
                council,
                p.agencies().connexions(),
                scale,
                shares,
                stageDraws);
        l.colocatedAt = new Practitioner[l.sites.size()][AgencyKind.COUNT];
        return l;
    }

    private static int staff(AgencyParameters a, double scale) {
        return Math.max(1, (int) Math.round(a.staffPer10k() * scale));
    }

    private void hireMany(
            Role role,
            Site base,
            AgencyParameters a,
            double scale,
            double[] shares,
            DoubleSupplier draws) {
        int n = staff(a, scale);
        for (int i = 0; i < n; i++) {
            hire(role, base, a, shares, draws);
        }
    }

    private Practitioner hire(
            Role role, Site base, AgencyParameters a, double[] shares, DoubleSupplier draws) {
        double u = draws.getAsDouble();
        int stage = 0;
        double cumulative = shares[0];
        while (u >= cumulative && stage < shares.length - 1) {
            cumulative += shares[++stage];
        }
        Practitioner pr =
                new Practitioner(
                        practitioners.size(),
                        role,
                        base,
                        a.caseloadCapacity(),
                        CommitmentStage.of(stage));
        practitioners.add(pr);
        byAgency.get(role.agency()).add(pr);
        return pr;
    }

    private Site site(SiteKind kind, String name) {
        Site s = new Site(sites.size(), kind, name);
        sites.add(s);
        List<Practitioner> staff = new ArrayList<>();
        pastoralStaff.add(staff);
        pastoralStaffView.add(Collections.unmodifiableList(staff));
        return s;
    }

    public List<Site> sites() {
        return sitesView;
    }

    public List<Site> primarySchools() {
        return primaryView;
    }

    public List<Site> secondarySchools() {
        return secondaryView;
    }

    public Site service(SiteKind kind) {
        return services.get(kind);
    }

    public List<Practitioner> practitioners() {
        return practitionersView;
    }

    public List<Practitioner> of(AgencyKind kind) {
        return byAgencyView.get(kind);
    }

    /**
     * Bases {@code practitioner} at {@code school} for {@code daysPerWeek} days a week
     * (co-location, a school-based officer). Goes through the locality so that who is based where
     * can be looked up at once: schools ask it at every check of a pupil.
     */
    public void colocate(Practitioner practitioner, Site school, double daysPerWeek) {
        practitioner.colocate(school, daysPerWeek);
        reindex(practitioner.agency());
    }

    /**
     * Takes back a basing made by {@link #colocate} with the same school and days (an intervention
     * withdrawn): the practitioner works those days at their own base again.
     */
    public void withdraw(Practitioner practitioner, Site school, double daysPerWeek) {
        if (!practitioner.withdraw(school, daysPerWeek)) {
            throw new IllegalArgumentException(
                    practitioner + " is not based at " + school + " for " + daysPerWeek + " days");
        }
        reindex(practitioner.agency());
    }

    private void reindex(AgencyKind kind) {
        int agency = kind.ordinal();
        List<Practitioner> staff = byAgency.get(kind);
        for (Site site : sites) {
            Practitioner first = null;
            for (Practitioner p : staff) {
                if (p.colocated() && p.daysAt(site) > 0) {
                    first = p;
                    break;
                }
            }
            colocatedAt[site.id()][agency] = first;
        }
        colocationVersion++;
    }

    /**
     * Changes each time someone is based somewhere new or goes back to base, so that views derived
     * from it can be refreshed.
     */
    public int colocationVersion() {
        return colocationVersion;
    }

    /**
     * The first practitioner of {@code agency} based part-time at {@code site}, or null if none is.
     */
    public Practitioner colocatedAt(Site site, AgencyKind agency) {
        return colocatedAt[site.id()][agency.ordinal()];
    }

    public Practitioner practitioner(int id) {
        return practitioners.get(id);
    }

    /** The pastoral staff of a school. */
    public List<Practitioner> pastoralStaff(Site school) {
        return pastoralStaffView.get(school.id());
    }
}
