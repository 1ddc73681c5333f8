package issim.core.params;

import java.io.Serializable;

/** The workforce over time: practitioners leave and are replaced (docs/ODD.md §7.11). */
public record WorkforceParameters(
        @Param(
                        value =
                                "Share of practitioners who leave each year, each replaced at once by a newcomer with the baseline trust, stage and training of a new starter",
                        unit = "share a year",
                        min = 0,
                        max = 1,
                        source =
                                "Social Work Task Force 2009 (from the 2006 survey): children's social worker turnover 9.6% a year; assumption for the other agencies")
                double turnoverRate)
        implements Serializable {

    public WorkforceParameters {
        ParameterCheck.require(WorkforceParameters.class, turnoverRate);
    }

    public static WorkforceParameters defaults() {
        return new WorkforceParameters(0.1);
    }
}
