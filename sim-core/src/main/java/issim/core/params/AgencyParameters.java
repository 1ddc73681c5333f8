package issim.core.params;

import java.io.Serializable;

/** One agency: its staff, whom it meets, what it sees, when it acts and what its help does. */
public record AgencyParameters(
        @Param(
                        value =
                                "Practitioners per 10,000 children (schools: see the locality's pastoral staff)",
                        unit = "staff/10,000 children",
                        min = 0,
                        max = 1_000,
                        source = AgencyParameters.SOURCE)
                double staffPer10k,
        @Param(
                        value = "Open cases one practitioner can hold",
                        unit = "cases",
                        min = 0,
                        max = 500,
                        source = AgencyParameters.SOURCE)
                int caseloadCapacity,
        @Param(
                        value = "Youngest age the agency routinely meets",
                        unit = "years",
                        min = 0,
                        max = 17,
                        source = AgencyParameters.SOURCE)
                int minAge,
        @Param(
                        value = "Oldest age the agency routinely meets",
                        unit = "years",
                        min = 0,
                        max = 17,
                        source = AgencyParameters.SOURCE)
                int maxAge,
        @Param(
                        value =
                                "Share of children in the age range the agency routinely meets (0: only on referral; not read for schools, which meet every pupil, or police, who meet families with domestic violence)",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = AgencyParameters.SOURCE)
                double contactShare,
        @Param(
                        value =
                                "Chance per day of routine contact that visible need draws a practitioner's attention",
                        unit = "per day",
                        min = 0,
                        max = 1,
                        source = AgencyParameters.SOURCE)
                double noticeRate,
        @Param(
                        value =
                                "Visible severity at which a practitioner is even odds to raise a concern",
                        unit = "index",
                        min = 0,
                        max = 5,
                        source = AgencyParameters.SOURCE)
                double concernThreshold,
        @Param(
                        value = "Known severity a referral must show for the agency to accept it",
                        unit = "index",
                        min = 0,
                        max = 5,
                        source = AgencyParameters.SOURCE)
                double acceptanceThreshold,
        @Param(
                        value = "Length of the agency's support plan",
                        unit = "days",
                        min = 1,
                        max = 3_650,
                        source = AgencyParameters.SOURCE)
                int supportDays,
        @Param(
                        value =
                                "Rise in the set point of each remit outcome while the agency's plan runs",
                        unit = "index",
                        min = 0,
                        max = 1,
                        source = AgencyParameters.SOURCE)
                double supportLift,
        @Param(
                        value = "Cost of one practitioner-year (salary and on-costs)",
                        unit = "GBP/year",
                        min = 0,
                        max = 1_000_000,
                        source = AgencyParameters.SOURCE)
                double staffCost,
        Remit remit)
        implements Serializable {

    /**
     * Where the agencies' defaults come from (see the comments in {@link
     * AgenciesParameters#defaults()}).
     */
    public static final String SOURCE =
            "AgenciesParameters.defaults(): England's workforce 2008-2010 where known "
                    + "(Social Work Task Force 2009: ~22 social workers per 10,000 children, caseloads ~18); otherwise assumption";

    public AgencyParameters {
        ParameterCheck.require(
                AgencyParameters.class,
                staffPer10k,
                caseloadCapacity,
                minAge,
                maxAge,
                contactShare,
                noticeRate,
                concernThreshold,
                acceptanceThreshold,
                supportDays,
                supportLift,
                staffCost,
                remit);
        if (maxAge < minAge) {
            throw new IllegalArgumentException(
                    "maxAge: expected at least minAge (" + minAge + "), found " + maxAge);
        }
    }

    public AgencyParameters withStaffPer10k(double value) {
        return ParameterPaths.with(this, "staffPer10k", value);
    }

    public AgencyParameters withAcceptanceThreshold(double value) {
        return ParameterPaths.with(this, "acceptanceThreshold", value);
    }
}
