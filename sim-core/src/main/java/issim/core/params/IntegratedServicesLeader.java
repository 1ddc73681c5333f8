package issim.core.params;

import java.io.Serializable;

/** A brokering role that convenes meetings and builds trust across a cluster (002 §4.6). */
public record IntegratedServicesLeader(
        @Param("Whether the role exists") boolean enabled,
        @Param(
                        value = "Sponsorship of integrated working the leader adds",
                        unit = "index",
                        min = 0,
                        max = 1,
                        source = "002 §4.6")
                double sponsorship,
        @Param(
                        value =
                                "Share of the gap to full trust the leader closes between agencies each week by brokering",
                        unit = "share/week",
                        min = 0,
                        max = 1,
                        source = "002 §4.6; assumption")
                double brokerTrustGain,
        @Param(
                        value = "Rise in meeting attendance the leader's convening brings",
                        unit = "probability",
                        min = 0,
                        max = 1,
                        source = "002 §4: attendance grew over nine months")
                double attendanceGain,
        @Param(
                        value = "Cost of the role",
                        unit = "GBP/year",
                        min = 0,
                        max = 1_000_000,
                        source = "assumption")
                double salary)
        implements Serializable {

    public IntegratedServicesLeader {
        ParameterCheck.require(
                IntegratedServicesLeader.class,
                enabled,
                sponsorship,
                brokerTrustGain,
                attendanceGain,
                salary);
    }

    public static IntegratedServicesLeader off() {
        return new IntegratedServicesLeader(false, 0.4, 0.004, 0.2, 55_000);
    }

    public IntegratedServicesLeader on() {
        return ParameterPaths.with(this, "enabled", true);
    }
}
