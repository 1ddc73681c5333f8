package issim.core.params;

import java.io.Serializable;

/**
 * How a family's circumstances change (docs/ODD.md §7.18): each parental risk factor starts and
 * ends over time, with the mean length of a spell given here and a rate of starting that keeps its
 * share of families at the prevalence of {@link PopulationParameters} (so the baseline stays
 * stationary), and family work — a plan that works with the whole family — shortens the spells it
 * can reach.
 */
public record CircumstancesParameters(
        @Param(
                        value =
                                "Whether parental risk factors start and end over time; if not, each family keeps the ones drawn when it was formed",
                        source = "")
                boolean change,
        @Param(
                        value =
                                "Share of the domestic violence, substance misuse and mental ill health a family has when it is formed that is lasting: it never ends while the children grow up (the rest starts and ends as below; worklessness always can)",
                        unit = "share",
                        min = 0,
                        max = 1,
                        source =
                                "calibrated to repeat protection plans (NI 65); of the order of SETF 2009's 4-7% of families in persistent, chronic exclusion, about a fifth of the families with one of these problems (docs/ODD.md §7.18)")
                double lastingShare,
        @Param(
                        value = "Mean length of a spell of domestic violence in a family",
                        unit = "years",
                        min = 0.1,
                        max = 100,
                        source = "assumption (see docs/ODD.md §7.18)")
                double domesticViolenceYears,
        @Param(
                        value = "Mean length of a spell of parental drug or alcohol misuse",
                        unit = "years",
                        min = 0.1,
                        max = 100,
                        source = "assumption (see docs/ODD.md §7.18)")
                double substanceMisuseYears,
        @Param(
                        value = "Mean length of a spell of parental mental ill health",
                        unit = "years",
                        min = 0.1,
                        max = 100,
                        source = "assumption (see docs/ODD.md §7.18)")
                double mentalIllHealthYears,
        @Param(
                        value = "Mean length of a spell in which no adult of the family works",
                        unit = "years",
                        min = 0.1,
                        max = 100,
                        source = "assumption (see docs/ODD.md §7.18)")
                double worklessnessYears,
        @Param(
                        value =
                                "Factor on the rate at which domestic violence, substance misuse and mental ill health end while a plan that works with the whole family runs (a child in need or protection plan, an integrated plan after a common assessment, tier-3 family support)",
                        unit = "ratio",
                        min = 1,
                        max = 20,
                        source = "assumption (see docs/ODD.md §7.18)")
                double familyWorkRemission,
        @Param(
                        value =
                                "Factor on the rate at which worklessness ends while such a plan runs",
                        unit = "ratio",
                        min = 1,
                        max = 20,
                        source = "assumption (see docs/ODD.md §7.18)")
                double familyWorkIntoWork)
        implements Serializable {

    public CircumstancesParameters {
        ParameterCheck.require(
                CircumstancesParameters.class,
                change,
                lastingShare,
                domesticViolenceYears,
                substanceMisuseYears,
                mentalIllHealthYears,
                worklessnessYears,
                familyWorkRemission,
                familyWorkIntoWork);
    }

    public static CircumstancesParameters defaults() {
        return new CircumstancesParameters(true, 0.7, 3, 4, 1, 7, 1.5, 1.1);
    }

    /** Each family keeps the risk factors it was formed with (the model before version 0.2). */
    public static CircumstancesParameters fixed() {
        return new CircumstancesParameters(false, 0.7, 3, 4, 1, 7, 1.5, 1.1);
    }

    /** Mean spell length in years of the risk factor with this ordinal. */
    public double years(int riskFactor) {
        return switch (riskFactor) {
            case 0 -> domesticViolenceYears;
            case 1 -> substanceMisuseYears;
            case 2 -> mentalIllHealthYears;
            default -> worklessnessYears;
        };
    }

    /**
     * Share of the spells of the risk factor with this ordinal present at a family's forming that
     * are lasting: none of worklessness, whose spells the Millennium Cohort Study shows coming and
     * going (docs/ODD.md §7.18).
     */
    public double lasting(int riskFactor) {
        return riskFactor == 3 ? 0 : lastingShare;
    }

    /** Factor on the ending rate of the risk factor with this ordinal while family work runs. */
    public double familyWork(int riskFactor) {
        return riskFactor == 3 ? familyWorkIntoWork : familyWorkRemission;
    }
}
