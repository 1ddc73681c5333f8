package issim.core.params;

import java.io.Serializable;

/**
 * Every intervention a scenario can put in place, each off (or at its baseline) by default, and the
 * pacing of their start (docs/ODD.md §7.14).
 */
public record Interventions(
        CoLocation coLocation,
        SchoolPoliceOfficer schoolPoliceOfficer,
        ThreeTierPrevention threeTier,
        CommonAssessment commonAssessment,
        IntegratedServicesLeader leader,
        Budgets budgets,
        JointTraining jointTraining,
        NoBlameCulture noBlameCulture,
        NationalBlameShock nationalBlameShock,
        @Param(
                        value =
                                "Days between the start of one intervention and the next (0: all at once)",
                        unit = "days",
                        min = 0,
                        max = 3_650,
                        source = "004 ch.5: pacing change")
                int staggerDays)
        implements Serializable {

    public Interventions {
        ParameterCheck.require(
                Interventions.class,
                coLocation,
                schoolPoliceOfficer,
                threeTier,
                commonAssessment,
                leader,
                budgets,
                jointTraining,
                noBlameCulture,
                nationalBlameShock,
                staggerDays);
    }

    public static Interventions none() {
        return new Interventions(
                CoLocation.off(),
                SchoolPoliceOfficer.off(),
                ThreeTierPrevention.off(),
                CommonAssessment.baseline(),
                IntegratedServicesLeader.off(),
                Budgets.aligned(),
                JointTraining.off(),
                NoBlameCulture.off(),
                NationalBlameShock.off(),
                0);
    }

    public Interventions with(CoLocation v) {
        return ParameterPaths.with(this, "coLocation", v);
    }

    public Interventions with(SchoolPoliceOfficer v) {
        return ParameterPaths.with(this, "schoolPoliceOfficer", v);
    }

    public Interventions with(ThreeTierPrevention v) {
        return ParameterPaths.with(this, "threeTier", v);
    }

    public Interventions with(CommonAssessment v) {
        return ParameterPaths.with(this, "commonAssessment", v);
    }

    public Interventions with(IntegratedServicesLeader v) {
        return ParameterPaths.with(this, "leader", v);
    }

    public Interventions with(Budgets v) {
        return ParameterPaths.with(this, "budgets", v);
    }

    public Interventions with(JointTraining v) {
        return ParameterPaths.with(this, "jointTraining", v);
    }

    public Interventions with(NoBlameCulture v) {
        return ParameterPaths.with(this, "noBlameCulture", v);
    }

    public Interventions withStaggerDays(int days) {
        return ParameterPaths.with(this, "staggerDays", days);
    }
}
