package issim.experiments.demo;

import issim.core.World;
import issim.core.domain.InterventionKind;
import issim.core.intervention.CoLocatedTeams;
import issim.core.intervention.CommonAssessmentRollout;
import issim.core.intervention.Intervention;
import issim.core.intervention.JointTrainingProgramme;
import issim.core.intervention.NoBlameReviews;
import issim.core.intervention.SchoolBasedOfficer;
import issim.core.params.Interventions;
import issim.core.params.ParameterPaths;
import issim.core.process.Context;

/**
 * The five switches a trainer flips live, each one of the model's interventions (docs/ODD.md §7.14)
 * put in place in a running world from the month it is flipped, or withdrawn from it. Each flips
 * both ways, as often as the trainer likes: on (or, for the blame culture, off) starts the
 * intervention afresh; back again withdraws it.
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

    /**
     * The world's intervention of this switch's kind in force now, or else planned by its scenario
     * and still to start (at month 0, the scenario's own are about to), or null.
     */
    private Intervention current(World w) {
        Intervention iv = w.pacing().inForce(kind);
        return iv != null ? iv : w.pacing().pending(kind);
    }

    /**
     * What the switch shows for {@code w} now: for the officer, on only with a prevention focus (a
     * scenario's own officer may work to a detection target); for the blame culture, whether
     * reviews assign blame and no no-blame culture is in force or due.
     */
    boolean on(World w) {
        return switch (this) {
            case BLAME_CULTURE -> current(w) == null && w.safeguarding().blameCulture();
            case OFFICER_FOCUS ->
                    current(w) instanceof SchoolBasedOfficer officer && officer.preventionFocus();
            default -> (current(w) != null) != onWithout;
        };
    }

    /**
     * Whether the switch can be flipped in {@code w} now. Not for a scenario's own officer working
     * to a detection target (the switch is about the focus), nor for blame when the locality's own
     * culture is without it and no intervention made it so.
     */
    boolean canFlip(World w) {
        Intervention iv = current(w);
        return switch (this) {
            case OFFICER_FOCUS -> iv == null || on(w);
            case BLAME_CULTURE -> iv != null || on(w);
            default -> true;
        };
    }

    /**
     * Flips the switch in {@code w} now, at a month's end: withdraws the intervention in force, or
     * starts it afresh with the settings of {@code settings}. From the next month end on, a started
     * one books its running cost and makes its monthly effect with the scenario's own (§3.3).
     */
    void flip(World w, Interventions settings) {
        if (!canFlip(w)) {
            throw new IllegalStateException(
                    label + " is set by the scenario and cannot be switched here");
        }
        if (current(w) != null) {
            w.pacing().withdraw(kind); // or, still to start, called off
            return;
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
        w.pacing().add(iv);
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
}
