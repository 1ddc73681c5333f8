package issim.core.params;

/** Everything a run needs besides its seed. A run is a pure function of (parameters, seed). */
public record ModelParameters(
        @Param(
                        value = "Simulated days",
                        unit = "days",
                        min = 1,
                        max = 36_500,
                        source = "assumption: ten-year runs, the span of the era's evaluations")
                int horizonDays,
        @Param(
                        value =
                                "Days simulated before day 0 with no intervention, so services, caseloads and trust start settled",
                        unit = "days",
                        min = 0,
                        max = 36_500,
                        source = "assumption")
                int warmupDays,
        LocalityParameters locality,
        PopulationParameters population,
        NeedParameters need,
        AgenciesParameters agencies,
        TrustParameters trust,
        SharingParameters sharing,
        CultureParameters culture,
        AdoptionParameters adoption,
        YouthJusticeParameters youthJustice,
        Interventions interventions) {

    public ModelParameters {
        ParameterCheck.require(
                ModelParameters.class,
                horizonDays,
                warmupDays,
                locality,
                population,
                need,
                agencies,
                trust,
                sharing,
                culture,
                adoption,
                youthJustice,
                interventions);
        if (interventions.coLocation().enabled()
                && interventions.coLocation().schools() > locality.secondarySchools()) {
            throw new IllegalArgumentException(
                    "interventions.coLocation.schools: expected at most the "
                            + locality.secondarySchools()
                            + " secondary schools, found "
                            + interventions.coLocation().schools());
        }
        if (interventions.schoolPoliceOfficer().enabled()
                && interventions.schoolPoliceOfficer().schools() > locality.secondarySchools()) {
            throw new IllegalArgumentException(
                    "interventions.schoolPoliceOfficer.schools: expected at most the "
                            + locality.secondarySchools()
                            + " secondary schools, found "
                            + interventions.schoolPoliceOfficer().schools());
        }
        if (interventions.threeTier().enabled()
                && interventions.threeTier().schools() > locality.secondarySchools()) {
            throw new IllegalArgumentException(
                    "interventions.threeTier.schools: expected at most the "
                            + locality.secondarySchools()
                            + " secondary schools, found "
                            + interventions.threeTier().schools());
        }
    }

    /** The silo baseline of a plausible English locality of about 10,000 children, 2007-2010. */
    public static ModelParameters defaults() {
        return new ModelParameters(
                3650,
                1095,
                LocalityParameters.defaults(),
                PopulationParameters.defaults(),
                NeedParameters.defaults(),
                AgenciesParameters.defaults(),
                TrustParameters.defaults(),
                SharingParameters.defaults(),
                CultureParameters.defaults(),
                AdoptionParameters.defaults(),
                YouthJusticeParameters.defaults(),
                Interventions.none());
    }

    public ModelParameters withHorizonDays(int days) {
        return new ModelParameters(
                days,
                warmupDays,
                locality,
                population,
                need,
                agencies,
                trust,
                sharing,
                culture,
                adoption,
                youthJustice,
                interventions);
    }

    public ModelParameters withWarmupDays(int days) {
        return new ModelParameters(
                horizonDays,
                days,
                locality,
                population,
                need,
                agencies,
                trust,
                sharing,
                culture,
                adoption,
                youthJustice,
                interventions);
    }

    public ModelParameters with(LocalityParameters v) {
        return new ModelParameters(
                horizonDays,
                warmupDays,
                v,
                population,
                need,
                agencies,
                trust,
                sharing,
                culture,
                adoption,
                youthJustice,
                interventions);
    }

    public ModelParameters with(NeedParameters v) {
        return new ModelParameters(
                horizonDays,
                warmupDays,
                locality,
                population,
                v,
                agencies,
                trust,
                sharing,
                culture,
                adoption,
                youthJustice,
                interventions);
    }

    public ModelParameters with(AgenciesParameters v) {
        return new ModelParameters(
                horizonDays,
                warmupDays,
                locality,
                population,
                need,
                v,
                trust,
                sharing,
                culture,
                adoption,
                youthJustice,
                interventions);
    }

    public ModelParameters with(TrustParameters v) {
        return new ModelParameters(
                horizonDays,
                warmupDays,
                locality,
                population,
                need,
                agencies,
                v,
                sharing,
                culture,
                adoption,
                youthJustice,
                interventions);
    }

    public ModelParameters with(SharingParameters v) {
        return new ModelParameters(
                horizonDays,
                warmupDays,
                locality,
                population,
                need,
                agencies,
                trust,
                v,
                culture,
                adoption,
                youthJustice,
                interventions);
    }

    public ModelParameters with(CultureParameters v) {
        return new ModelParameters(
                horizonDays,
                warmupDays,
                locality,
                population,
                need,
                agencies,
                trust,
                sharing,
                v,
                adoption,
                youthJustice,
                interventions);
    }

    public ModelParameters with(AdoptionParameters v) {
        return new ModelParameters(
                horizonDays,
                warmupDays,
                locality,
                population,
                need,
                agencies,
                trust,
                sharing,
                culture,
                v,
                youthJustice,
                interventions);
    }

    public ModelParameters with(YouthJusticeParameters v) {
        return new ModelParameters(
                horizonDays,
                warmupDays,
                locality,
                population,
                need,
                agencies,
                trust,
                sharing,
                culture,
                adoption,
                v,
                interventions);
    }

    public ModelParameters with(Interventions v) {
        return new ModelParameters(
                horizonDays,
                warmupDays,
                locality,
                population,
                need,
                agencies,
                trust,
                sharing,
                culture,
                adoption,
                youthJustice,
                v);
    }
}
