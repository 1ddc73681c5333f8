package issim.core.params;

import java.io.Serializable;
import java.util.List;

/** Everything a run needs besides its seed. A run is a pure function of (parameters, seed). */
public record ModelParameters(
        @Param(
                        value = "Simulated days after the warm-up",
                        unit = "days",
                        min = 1,
                        max = 36_500,
                        source = "assumption: ten-year runs, the span of the era's evaluations")
                int horizonDays,
        @Param(
                        value =
                                "Days simulated before day 0 with no intervention: 18 years, so every child present at day 0 has lived its whole life in the model and the baseline is stationary (docs/ODD.md §5)",
                        unit = "days",
                        min = 0,
                        max = 36_500,
                        source =
                                "assumption; scenarios that agree until day 0 share it (docs/ODD.md §5)")
                int warmupDays,
        LocalityParameters locality,
        PopulationParameters population,
        CircumstancesParameters circumstances,
        NeedParameters need,
        AgenciesParameters agencies,
        TrustParameters trust,
        SharingParameters sharing,
        CultureParameters culture,
        AdoptionParameters adoption,
        YouthJusticeParameters youthJustice,
        UnitCosts unitCosts,
        WorkforceParameters workforce,
        PathwayParameters pathway,
        CareParameters care,
        Interventions interventions)
        implements Serializable {

    public ModelParameters {
        ParameterCheck.require(
                ModelParameters.class,
                horizonDays,
                warmupDays,
                locality,
                population,
                circumstances,
                need,
                agencies,
                trust,
                sharing,
                culture,
                adoption,
                youthJustice,
                unitCosts,
                workforce,
                pathway,
                care,
                interventions);
        if (pathway.enquirySafety() < culture.protectionSafety()) {
            throw new IllegalArgumentException(
                    "pathway.enquirySafety: expected at least culture.protectionSafety ("
                            + culture.protectionSafety()
                            + "), since every child a conference puts on a plan had an enquiry,"
                            + " found "
                            + pathway.enquirySafety());
        }
        int secondaries = locality.secondarySchools();
        checkHosts(
                "interventions.coLocation",
                interventions.coLocation().enabled(),
                interventions.coLocation().schools(),
                interventions.coLocation().hostSchools(),
                secondaries);
        checkHosts(
                "interventions.schoolPoliceOfficer",
                interventions.schoolPoliceOfficer().enabled(),
                interventions.schoolPoliceOfficer().schools(),
                interventions.schoolPoliceOfficer().hostSchools(),
                secondaries);
        SchoolPoliceOfficer officer = interventions.schoolPoliceOfficer();
        if (officer.enabled() && officer.schools() * officer.weekShare() > 1 + 1e-9) {
            throw new IllegalArgumentException(
                    "interventions.schoolPoliceOfficer.weekShare: expected at most 1/"
                            + officer.schools()
                            + " of the week at each of "
                            + officer.schools()
                            + " schools (one officer cannot work more than a week a week), found "
                            + officer.weekShare());
        }
        checkHosts(
                "interventions.threeTier",
                interventions.threeTier().enabled(),
                interventions.threeTier().schools(),
                interventions.threeTier().hostSchools(),
                secondaries);
    }

    /** An intervention's schools fit the locality, and named hosts are as many, distinct, real. */
    private static void checkHosts(
            String path, boolean enabled, int schools, List<Integer> hosts, int secondaries) {
        if (!enabled) {
            return;
        }
        if (schools > secondaries) {
            throw new IllegalArgumentException(
                    path
                            + ".schools: expected at most the "
                            + secondaries
                            + " secondary schools, found "
                            + schools);
        }
        if (hosts.isEmpty()) {
            return;
        }
        if (hosts.size() != schools) {
            throw new IllegalArgumentException(
                    path
                            + ".hostSchools: expected "
                            + schools
                            + " school numbers (as many as "
                            + path
                            + ".schools), found "
                            + hosts.size());
        }
        for (int h : hosts) {
            if (h < 1 || h > secondaries) {
                throw new IllegalArgumentException(
                        path
                                + ".hostSchools: expected school numbers from 1 to "
                                + secondaries
                                + ", found "
                                + h);
            }
        }
        if (hosts.stream().distinct().count() != hosts.size()) {
            throw new IllegalArgumentException(
                    path + ".hostSchools: expected each school once, found " + hosts);
        }
    }

    /** The silo baseline of a plausible English locality of about 10,000 children, 2007-2010. */
    public static ModelParameters defaults() {
        return new ModelParameters(
                3650,
                6570,
                LocalityParameters.defaults(),
                PopulationParameters.defaults(),
                CircumstancesParameters.defaults(),
                NeedParameters.defaults(),
                AgenciesParameters.defaults(),
                TrustParameters.defaults(),
                SharingParameters.defaults(),
                CultureParameters.defaults(),
                AdoptionParameters.defaults(),
                YouthJusticeParameters.defaults(),
                UnitCosts.defaults(),
                WorkforceParameters.defaults(),
                PathwayParameters.defaults(),
                CareParameters.defaults(),
                Interventions.none());
    }

    public ModelParameters withHorizonDays(int days) {
        return ParameterPaths.with(this, "horizonDays", days);
    }

    public ModelParameters withWarmupDays(int days) {
        return ParameterPaths.with(this, "warmupDays", days);
    }

    public ModelParameters with(LocalityParameters v) {
        return ParameterPaths.with(this, "locality", v);
    }

    public ModelParameters with(CircumstancesParameters v) {
        return ParameterPaths.with(this, "circumstances", v);
    }

    public ModelParameters with(NeedParameters v) {
        return ParameterPaths.with(this, "need", v);
    }

    public ModelParameters with(AgenciesParameters v) {
        return ParameterPaths.with(this, "agencies", v);
    }

    public ModelParameters with(TrustParameters v) {
        return ParameterPaths.with(this, "trust", v);
    }

    public ModelParameters with(SharingParameters v) {
        return ParameterPaths.with(this, "sharing", v);
    }

    public ModelParameters with(CultureParameters v) {
        return ParameterPaths.with(this, "culture", v);
    }

    public ModelParameters with(AdoptionParameters v) {
        return ParameterPaths.with(this, "adoption", v);
    }

    public ModelParameters with(YouthJusticeParameters v) {
        return ParameterPaths.with(this, "youthJustice", v);
    }

    public ModelParameters with(Interventions v) {
        return ParameterPaths.with(this, "interventions", v);
    }
}
