package issim.core.params;

import java.io.Serializable;

/**
 * Family risk factors and how they vary with deprivation. A family's risk factors are drawn from
 * the population stream when it is formed, at these shares; how they start and end afterwards is
 * {@link CircumstancesParameters}, whose rates keep the same shares over time.
 */
public record PopulationParameters(
        @Param(
                        value =
                                "Share of families with domestic violence, at the middle deprivation quintile",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "Cabinet Office, Families at Risk (2007); calibrated")
                double domesticViolence,
        @Param(
                        value = "Share of families with parental substance misuse, middle quintile",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "Cabinet Office, Families at Risk (2007); calibrated")
                double substanceMisuse,
        @Param(
                        value =
                                "Share of families with parental mental ill health, middle quintile",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "Cabinet Office, Families at Risk (2007); calibrated")
                double mentalIllHealth,
        @Param(
                        value = "Share of families that are workless, middle quintile",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "ONS 2008: ~15% of children in workless households")
                double worklessness,
        @Param(
                        value =
                                "Log-change in every risk prevalence per deprivation quintile: prevalence × exp(g × (quintile − 3)), at most 0.95 (quintile 5 = most deprived)",
                        unit = "log-change per quintile",
                        min = 0,
                        max = 2,
                        source = "assumption; gradient of Families at Risk (2007)")
                double deprivationGradient,
        @Param(
                        value =
                                "Standard deviation of log anti-social behaviour propensity between children",
                        unit = "log units",
                        min = 0,
                        max = 3,
                        source = "assumption")
                double asbPropensitySpread,
        @Param(
                        value =
                                "Share of births to a family already living in the locality (the rest start a new family)",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source =
                                "assumption; ONS Families and Households 2008 (1.7-1.8 children per family)")
                double siblingBirthShare,
        @Param(
                        value =
                                "Share of the locality's families who move away each year, all their children with them (a looked-after child stays the authority's until its care ends); as many children arrive in families new to the locality, so the number of children stays the same",
                        unit = "share a year",
                        min = 0,
                        max = 0.5,
                        source =
                                "assumption below ONS's rate for all residents (2.71 million of about 56 million, 4.8%, moved between local authorities in England and Wales in the year to June 2013, young adults most of all); the baseline is calibrated with it (docs/ODD.md §7.1)")
                double moveRate)
        implements Serializable {

    public PopulationParameters {
        ParameterCheck.require(
                PopulationParameters.class,
                domesticViolence,
                substanceMisuse,
                mentalIllHealth,
                worklessness,
                deprivationGradient,
                asbPropensitySpread,
                siblingBirthShare,
                moveRate);
    }

    public static PopulationParameters defaults() {
        return new PopulationParameters(0.05, 0.04, 0.10, 0.12, 0.35, 0.9, 0.35, 0.03);
    }
}
