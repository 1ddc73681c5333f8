package issim.core.params;

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
        @Param(
                        value =
                                "Days between the start of one intervention and the next (0: all at once)",
                        unit = "days",
                        min = 0,
                        max = 3_650,
                        source = "004 ch.5: pacing change")
                int staggerDays) {

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
                0);
    }

    public Interventions with(CoLocation v) {
        return new Interventions(
                v,
                schoolPoliceOfficer,
                threeTier,
                commonAssessment,
                leader,
                budgets,
                jointTraining,
                noBlameCulture,
                staggerDays);
    }

    public Interventions with(SchoolPoliceOfficer v) {
        return new Interventions(
                coLocation,
                v,
                threeTier,
                commonAssessment,
                leader,
                budgets,
                jointTraining,
                noBlameCulture,
                staggerDays);
    }

    public Interventions with(ThreeTierPrevention v) {
        return new Interventions(
                coLocation,
                schoolPoliceOfficer,
                v,
                commonAssessment,
                leader,
                budgets,
                jointTraining,
                noBlameCulture,
                staggerDays);
    }

    public Interventions with(CommonAssessment v) {
        return new Interventions(
                coLocation,
                schoolPoliceOfficer,
                threeTier,
                v,
                leader,
                budgets,
                jointTraining,
                noBlameCulture,
                staggerDays);
    }

    public Interventions with(IntegratedServicesLeader v) {
        return new Interventions(
                coLocation,
                schoolPoliceOfficer,
                threeTier,
                commonAssessment,
                v,
                budgets,
                jointTraining,
                noBlameCulture,
                staggerDays);
    }

    public Interventions with(Budgets v) {
        return new Interventions(
                coLocation,
                schoolPoliceOfficer,
                threeTier,
                commonAssessment,
                leader,
                v,
                jointTraining,
                noBlameCulture,
                staggerDays);
    }

    public Interventions with(JointTraining v) {
        return new Interventions(
                coLocation,
                schoolPoliceOfficer,
                threeTier,
                commonAssessment,
                leader,
                budgets,
                v,
                noBlameCulture,
                staggerDays);
    }

    public Interventions with(NoBlameCulture v) {
        return new Interventions(
                coLocation,
                schoolPoliceOfficer,
                threeTier,
                commonAssessment,
                leader,
                budgets,
                jointTraining,
                v,
                staggerDays);
    }

    public Interventions withStaggerDays(int days) {
        return new Interventions(
                coLocation,
                schoolPoliceOfficer,
                threeTier,
                commonAssessment,
                leader,
                budgets,
                jointTraining,
                noBlameCulture,
                days);
    }
}
