package issim.scenarios;

import issim.core.params.AdoptionParameters;
import issim.core.params.AgenciesParameters;
import issim.core.params.CareParameters;
import issim.core.params.CircumstancesParameters;
import issim.core.params.CultureParameters;
import issim.core.params.Interventions;
import issim.core.params.LocalityParameters;
import issim.core.params.ModelParameters;
import issim.core.params.NeedParameters;
import issim.core.params.Param;
import issim.core.params.PathwayParameters;
import issim.core.params.PopulationParameters;
import issim.core.params.SharingParameters;
import issim.core.params.TrustParameters;
import issim.core.params.UnitCosts;
import issim.core.params.WorkforceParameters;
import issim.core.params.YouthJusticeParameters;

/**
 * The layout of a scenario file: one section per component, in this order. Binding and writing both
 * walk this record, so the file format is exactly the parameter records plus {@code run}.
 */
public record ScenarioDocument(
        @Param(value = "One line saying what the scenario represents", source = "")
                String description,
        RunSection run,
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
        Interventions interventions) {

    public static ScenarioDocument defaults() {
        return of("", RunSettings.defaults(), ModelParameters.defaults());
    }

    public static ScenarioDocument of(String description, RunSettings run, ModelParameters p) {
        return new ScenarioDocument(
                description,
                RunSection.of(p, run),
                p.locality(),
                p.population(),
                p.circumstances(),
                p.need(),
                p.agencies(),
                p.trust(),
                p.sharing(),
                p.culture(),
                p.adoption(),
                p.youthJustice(),
                p.unitCosts(),
                p.workforce(),
                p.pathway(),
                p.care(),
                p.interventions());
    }

    /** The scenario's own run settings (seed and replications). */
    public RunSettings settings() {
        return run.settings();
    }

    /** The model's parameters (throws IllegalArgumentException for an impossible combination). */
    public ModelParameters parameters() {
        return new ModelParameters(
                run.horizonDays(),
                run.warmupDays(),
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
    }
}
