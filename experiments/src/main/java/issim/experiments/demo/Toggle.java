package issim.experiments.demo;

import issim.core.World;
import issim.core.domain.InterventionKind;
import issim.core.engine.Phase;
import issim.core.intervention.CoLocatedTeams;
import issim.core.intervention.CommonAssessmentRollout;
import issim.core.intervention.Intervention;
import issim.core.intervention.JointTrainingProgramme;
import issim.core.intervention.NoBlameReviews;
import issim.core.intervention.SchoolBasedOfficer;
import issim.core.params.Interventions;
import issim.core.params.ParameterPaths;
import issim.core.process.Calendar;
import issim.core.process.Context;

/**
 * The five switches a trainer flips live, each one of the model's interventions (docs/ODD.md §7.14)
 * put in place by hand in a running world, from the month it is flipped. The model has no way to
 * withdraw an intervention once in place, so each switch flips once: on (or, for the blame culture,
 * off) for the rest of the run.
 */
enum Toggle {
    CO_LOCATION("coLocation", "Co-location in schools", InterventionKind.CO_LOCATION, false),
    INFORMATION_SHARING(
            "informationSharing",
            "Information sharing (joint training)",
            InterventionKind.JOINT_TRAINING,
            false),
    COMMON_ASSESSMENT(
            "commonAssessment",
            "Common assessment + Team Around the Child",
            InterventionKind.COMMON_ASSESSMENT,
            false),
    OFFICER_FOCUS(
            "officerFocus",
            "School officer, prevention focus",
            InterventionKind.SCHOOL_POLICE_OFFICER,
            false),
    BLAME_CULTURE("blameCulture", "Blame culture", InterventionKind.NO_BLAME_CULTURE, true);

    private final String key;
    private final String label;
    private final InterventionKind kind;

    /** Whether the switch reads "on" while the intervention is absent (the blame culture). */
    private final boolean onWithout;

    Toggle(String key, String label, InterventionKind kind, boolean onWithout) {
        this.key = key;
        this.label = label;
        this.kind = kind;
        this.onWithout = onWithout;
    }

    String key() {
        return key;
    }

    String label() {
        return label;
    }

    /** The toggle named {@code key}, or null. */
    static Toggle of(String key) {
        for (Toggle t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        return null;
    }

    /** Whether the world has the intervention, in force or planned by its scenario. */
    boolean present(World w) {
        if (this == BLAME_CULTURE && !w.safeguarding().blameCulture()) {
            return true;
        }
        return w.context().interventions().has(kind)
                || w.pacing().planned().stream().anyMatch(iv -> iv.kind() == kind);
    }

    /**
     * What the switch shows for {@code w}: for the officer, on only with a prevention focus (a
     * scenario's own officer may work to a detection target).
     */
    boolean on(World w) {
        if (this == OFFICER_FOCUS && present(w)) {
            var own = w.params().interventions().schoolPoliceOfficer();
            return !(own.enabled() && own.detectionTarget());
        }
        return present(w) != onWithout;
    }

    /**
     * Puts the intervention in place in {@code w} now, at a month's end, with the settings of
     * {@code settings}; from the next month end on it books its running cost and makes its monthly
     * effect just before the month is observed.
     */
    void apply(World w, Interventions settings) {
        if (present(w)) {
            throw new IllegalStateException(label + " is already in place in this run");
        }
        Context ctx = w.context();
        Interventions fit = fitted(settings, w.locality().secondarySchools().size());
        Intervention iv =
                switch (this) {
                    case CO_LOCATION -> new CoLocatedTeams(ctx, fit.coLocation(), w.levels());
                    case INFORMATION_SHARING ->
                            new JointTrainingProgramme(ctx, fit.jointTraining());
                    case COMMON_ASSESSMENT ->
                            new CommonAssessmentRollout(
                                    ctx,
                                    fit.commonAssessment(),
                                    w.teamAroundTheChild(),
                                    w.adoption());
                    case OFFICER_FOCUS ->
                            new SchoolBasedOfficer(
                                    ctx, fit.schoolPoliceOfficer(), w.youthJustice());
                    case BLAME_CULTURE -> new NoBlameReviews(w.safeguarding());
                };
        ctx.interventions().start(kind, ctx.now());
        iv.start();
        monthly(ctx, iv, nextMonthEnd(w.schedule.getTime()));
    }

    /**
     * The settings with school-based teams cut to the locality's secondary schools, when the
     * schools are chosen at the start rather than named (a bundled scenario's settings on a smaller
     * locality).
     */
    static Interventions fitted(Interventions s, int secondarySchools) {
        Interventions out = s;
        if (s.coLocation().hostSchools().isEmpty() && s.coLocation().schools() > secondarySchools) {
            out = out.with(ParameterPaths.with(s.coLocation(), "schools", secondarySchools));
        }
        if (s.schoolPoliceOfficer().hostSchools().isEmpty()
                && s.schoolPoliceOfficer().schools() > secondarySchools) {
            out =
                    out.with(
                            ParameterPaths.with(
                                    s.schoolPoliceOfficer(), "schools", secondarySchools));
        }
        return out;
    }

    /** Index of the first month end (counted from schedule time 0) after {@code time}. */
    static int nextMonthEnd(double time) {
        int m = (int) Math.floor(time / Calendar.MONTH);
        while (Calendar.monthEnd(m) <= time + 1e-9) {
            m++;
        }
        return m;
    }

    private static void monthly(Context ctx, Intervention iv, int month) {
        ctx.steps()
                .once(
                        Calendar.monthEnd(month),
                        Phase.INTERVENTIONS,
                        () -> {
                            iv.bookMonthlyCost();
                            iv.month();
                            monthly(ctx, iv, month + 1);
                        });
    }
}
