package issim.core.params;

import issim.core.domain.AgencyKind;
import java.io.Serializable;
import java.util.List;

/**
 * A multi-agency team based in secondary schools (000 case study 3; 003, schools as hubs): named
 * agencies each base one practitioner at each host school on some days of the week.
 */
public record CoLocation(
        @Param("Whether the intervention is in place") boolean enabled,
        @Param(
                        value = "Secondary schools hosting a team",
                        unit = "schools",
                        min = 0,
                        max = 500,
                        source = "000 case study 3")
                int schools,
        @Param(
                        value =
                                "Host schools named by number (1 for secondary school 1), exactly as many as schools; empty: the schools whose pupils have the most additional need at the start",
                        source = "000 case studies 2 and 3")
                List<Integer> hostSchools,
        @Param(
                        value = "Agencies that base a practitioner in each host school",
                        source = "000 case study 3: social care, health, education welfare")
                List<AgencyKind> agencies,
        @Param(
                        value = "Days a week the team is in school",
                        unit = "days/week",
                        min = 0,
                        max = 5,
                        source = "000 case study 3: daily")
                int daysPerWeek,
        @Param(
                        value = "One-off cost of setting up a host school",
                        unit = "GBP",
                        min = 0,
                        max = 10_000_000,
                        source = "assumption")
                double setUpCost,
        @Param(
                        value =
                                "Yearly running cost per host school beyond staff (room, IT, coordination)",
                        unit = "GBP/year",
                        min = 0,
                        max = 10_000_000,
                        source = "assumption")
                double runningCost)
        implements Serializable {

    public CoLocation {
        hostSchools = hostSchools == null ? null : List.copyOf(hostSchools);
        agencies = agencies == null ? null : List.copyOf(agencies);
        ParameterCheck.require(
                CoLocation.class,
                enabled,
                schools,
                hostSchools,
                agencies,
                daysPerWeek,
                setUpCost,
                runningCost);
        if (enabled) {
            if (schools < 1) {
                throw new IllegalArgumentException(
                        "schools: expected at least 1 host school when enabled, found " + schools);
            }
            if (agencies.isEmpty()) {
                throw new IllegalArgumentException(
                        "agencies: expected at least one agency when enabled, found none");
            }
            if (agencies.stream().distinct().count() != agencies.size()) {
                throw new IllegalArgumentException(
                        "agencies: expected each agency once, found "
                                + agencies.stream().map(AgencyKind::key).toList());
            }
            if (daysPerWeek < 1) {
                throw new IllegalArgumentException(
                        "daysPerWeek: expected at least 1 day a week when enabled, found "
                                + daysPerWeek);
            }
        }
    }

    public static CoLocation off() {
        return new CoLocation(
                false,
                1,
                List.of(),
                List.of(AgencyKind.SOCIAL_CARE, AgencyKind.HEALTH, AgencyKind.SCHOOL),
                5,
                20_000,
                15_000);
    }

    public CoLocation on(int schools) {
        return ParameterPaths.with(ParameterPaths.with(this, "enabled", true), "schools", schools);
    }
}
