package issim.core.params;

import java.io.Serializable;
import java.util.List;

/**
 * Wigan's Partners in Prevention (000 case study 2): schools chosen by ASB ranking; tier 1 a
 * six-week universal programme for all Year 8 pupils; tier 2 youth-service group work and positive
 * activities for pupils known for ASB; tier 3 YOT/YISP assessment, a family group meeting with all
 * agencies and an integrated support plan. 11.6% fewer first-time entrants in 2007-08.
 */
public record ThreeTierPrevention(
        @Param("Whether the intervention is in place") boolean enabled,
        @Param(
                        value = "Secondary schools in the programme, highest ASB ranking first",
                        unit = "schools",
                        min = 1,
                        max = 500,
                        source = "000 case study 2")
                int schools,
        @Param(
                        value =
                                "Host schools named by number (1 for secondary school 1), exactly as many as schools; empty: by ASB ranking: the schools with the most incidents police have learnt of before the start",
                        source = "000 case studies 2 and 3")
                List<Integer> hostSchools,
        @Param(
                        value = "Fall in ASB propensity after the tier 1 universal programme",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source =
                                "assumption: none; no evaluation of the era found an effect of a six-week universal programme on offending (docs/ODD.md §7.10)")
                double tier1Effect,
        @Param(
                        value = "Length of the tier 1 programme",
                        unit = "weeks",
                        min = 1,
                        max = 52,
                        source = "000 case study 2: six weeks")
                int tier1Weeks,
        @Param(
                        value = "Fall in ASB propensity after tier 2 group work",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source =
                                "anchored with tier3Effect and diversionMultiplier to Wigan's 11.6% fall in 2007-08 (000 case study 2) net of England's fall of just over 10% that year (YJB): a borough-wide effect of about 2% (docs/ODD.md §7.10)")
                double tier2Effect,
        @Param(
                        value = "Fall in ASB propensity after a tier 3 integrated plan",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source = "anchored with tier2Effect (docs/ODD.md §7.10)")
                double tier3Effect,
        @Param(
                        value = "Detected incidents that make a pupil tier 3",
                        unit = "incidents",
                        min = 1,
                        max = 20,
                        source = "assumption")
                int tier3Incidents,
        @Param(
                        value =
                                "Multiplier on the chance of a formal response for a young person worked with at tier 2 or 3, when first worked with; the effect fades with need.lastingHalfLife",
                        unit = "ratio",
                        min = 0,
                        max = 10,
                        source =
                                "000 case study 2 (diversion); anchored with tier2Effect (docs/ODD.md §7.10)")
                double diversionMultiplier,
        @Param(
                        value = "Cost per pupil of tier 1",
                        unit = "GBP",
                        min = 0,
                        max = 100_000,
                        source = "assumption")
                double tier1Cost,
        @Param(
                        value = "Cost per tier 2 place",
                        unit = "GBP",
                        min = 0,
                        max = 100_000,
                        source = "assumption")
                double tier2Cost,
        @Param(
                        value = "Cost per tier 3 family",
                        unit = "GBP",
                        min = 0,
                        max = 100_000,
                        source = "assumption")
                double tier3Cost)
        implements Serializable {

    public ThreeTierPrevention {
        hostSchools = hostSchools == null ? null : List.copyOf(hostSchools);
        ParameterCheck.require(
                ThreeTierPrevention.class,
                enabled,
                schools,
                hostSchools,
                tier1Effect,
                tier1Weeks,
                tier2Effect,
                tier3Effect,
                tier3Incidents,
                diversionMultiplier,
                tier1Cost,
                tier2Cost,
                tier3Cost);
    }

    public static ThreeTierPrevention off() {
        return new ThreeTierPrevention(
                false, 2, List.of(), 0.0, 6, 0.05, 0.1, 2, 0.85, 40, 600, 2_500);
    }

    public ThreeTierPrevention on() {
        return ParameterPaths.with(this, "enabled", true);
    }
}
