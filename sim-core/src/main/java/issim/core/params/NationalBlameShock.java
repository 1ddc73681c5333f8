package issim.core.params;

import java.io.Serializable;

/**
 * A national shock of public blame after a child's death (the case reported in November 2008; 004
 * ch.2 and ch.6 on blame driving defensive practice): from a day after day 0, every practitioner's
 * risk aversion rises at once, and fades with {@code culture.riskAversionHalfLife}. Not a local
 * intervention but something that happens to the locality; docs/ODD.md §7.9.
 */
public record NationalBlameShock(
        @Param("Whether the shock takes place") boolean enabled,
        @Param(
                        value = "Days after day 0 on which the shock falls",
                        unit = "days",
                        min = 0,
                        max = 36_500,
                        source =
                                "scenario: November 2008 is about 14 months after a September 2007 day 0")
                int startDay,
        @Param(
                        value =
                                "Share of the gap to full risk aversion that every practitioner's risk aversion closes on the day",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source =
                                "assumption, judged against 2008-2010: referrals +10% (547,000 to 603,700), protection plans at 31 March +15% (34,100 to 39,100; DCSF/DfE children in need statistics)")
                double riskAversionShock)
        implements Serializable {

    public NationalBlameShock {
        ParameterCheck.require(NationalBlameShock.class, enabled, startDay, riskAversionShock);
    }

    public static NationalBlameShock off() {
        return new NationalBlameShock(false, 425, 0.35);
    }
}
