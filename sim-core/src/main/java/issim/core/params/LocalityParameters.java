package issim.core.params;

import java.io.Serializable;

/**
 * The locality: how many children, the schools and sites that serve them, its deprivation mix, and
 * the borough's own returns to set the baseline beside.
 */
public record LocalityParameters(
        @Param(
                        value =
                                "Children aged 0-17 living in the locality at the start; the population is kept stationary",
                        unit = "children",
                        min = 50,
                        max = 2_000_000,
                        source =
                                "assumption: a plausible English locality of about 10,000 children (a secondary school cluster or a small borough)")
                int children,
        @Param(
                        value = "Primary schools (ages 5-10)",
                        unit = "schools",
                        min = 1,
                        max = 2_000,
                        source =
                                "England 2008: about 17,000 primaries for 4.1m pupils, ~250 pupils each")
                int primarySchools,
        @Param(
                        value = "Secondary schools (ages 11-15)",
                        unit = "schools",
                        min = 1,
                        max = 500,
                        source = "England 2008: about 3,300 secondaries, ~1,000 pupils each")
                int secondarySchools,
        @Param(
                        value = "Mean dependent children per family with children",
                        unit = "children",
                        min = 1,
                        max = 4,
                        source = "ONS Families and Households 2008: 1.7-1.8")
                double childrenPerFamily,
        @Param(
                        value =
                                "Pastoral staff (designated teachers, heads of year) per primary school",
                        unit = "staff",
                        min = 1,
                        max = 20,
                        source = "assumption")
                int pastoralStaffPerPrimary,
        @Param(
                        value = "Pastoral staff per secondary school",
                        unit = "staff",
                        min = 1,
                        max = 40,
                        source = "assumption")
                int pastoralStaffPerSecondary,
        DeprivationMix deprivation,
        OwnReturns returns)
        implements Serializable {

    public LocalityParameters {
        ParameterCheck.require(
                LocalityParameters.class,
                children,
                primarySchools,
                secondarySchools,
                childrenPerFamily,
                pastoralStaffPerPrimary,
                pastoralStaffPerSecondary,
                deprivation,
                returns);
    }

    public static LocalityParameters defaults() {
        return new LocalityParameters(
                10_000, 14, 3, 1.8, 2, 6, DeprivationMix.england(), OwnReturns.none());
    }

    public int schools() {
        return primarySchools + secondarySchools;
    }
}
