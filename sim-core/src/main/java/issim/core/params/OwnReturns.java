package issim.core.params;

import java.io.Serializable;

/**
 * A borough's own published returns for the era, which the report sets beside the baseline and
 * England's rates (docs/ODD.md §9). 0 means not given. They do not change the model.
 */
public record OwnReturns(
        @Param(
                        value = "Children in need per 10,000 children at 31 March (0: not given)",
                        unit = "per 10,000 children",
                        min = 0,
                        max = 10_000,
                        source = "the borough's children in need census return")
                double childrenInNeedPer10k,
        @Param(
                        value =
                                "Children subject of a protection plan per 10,000 children at 31 March (0: not given)",
                        unit = "per 10,000 children",
                        min = 0,
                        max = 10_000,
                        source = "the borough's children in need census return")
                double protectionPlansPer10k,
        @Param(
                        value =
                                "Referrals to children's social care per 10,000 children in a year (0: not given)",
                        unit = "per 10,000 children a year",
                        min = 0,
                        max = 10_000,
                        source = "the borough's children in need census return")
                double referralsPer10k,
        @Param(
                        value =
                                "First-time entrants aged 10-17 per 100,000 aged 10-17 in a year, NI 111 (0: not given)",
                        unit = "per 100,000 aged 10-17 a year",
                        min = 0,
                        max = 100_000,
                        source = "the borough's youth offending team return (NI 111)")
                double firstTimeEntrantsPer100k,
        @Param(
                        value =
                                "Share of 16-18 year olds not in education, employment or training, NI 117 (0: not given)",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "the borough's Connexions return (NI 117)")
                double neetShare)
        implements Serializable {

    public OwnReturns {
        ParameterCheck.require(
                OwnReturns.class,
                childrenInNeedPer10k,
                protectionPlansPer10k,
                referralsPer10k,
                firstTimeEntrantsPer100k,
                neetShare);
    }

    /** No returns given. */
    public static OwnReturns none() {
        return new OwnReturns(0, 0, 0, 0, 0);
    }
}
