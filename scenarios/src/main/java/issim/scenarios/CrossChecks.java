package issim.scenarios;

import issim.core.params.Interventions;
import issim.core.params.ModelParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * Combinations of values that are each allowed but together leave a scenario that cannot do what it
 * says: an intervention switched on that can have no effect, or that starts only after the run has
 * ended. Each is refused naming both fields, at the one the file wrote.
 */
public final class CrossChecks {
    private CrossChecks() {}

    /**
     * A refused combination: the field reported, the other field it conflicts with, the words, and
     * for a start after the end of the run, the day it falls on (else -1).
     */
    public record Conflict(String path, String other, String expected, String found, int day) {
        Conflict(String path, String other, String expected, String found) {
            this(path, other, expected, found, -1);
        }
    }

    /** Every refused combination of {@code p}, none if it can do what it says. */
    public static List<Conflict> of(ModelParameters p) {
        List<Conflict> out = new ArrayList<>();
        Interventions iv = p.interventions();
        String i = "interventions.";
        if (iv.schoolPoliceOfficer().enabled() && iv.schoolPoliceOfficer().weekShare() == 0) {
            out.add(
                    new Conflict(
                            i + "schoolPoliceOfficer.weekShare",
                            i + "schoolPoliceOfficer.enabled",
                            "a share of the week above 0 while "
                                    + i
                                    + "schoolPoliceOfficer.enabled is true (an officer who is never"
                                    + " in school)",
                            "0"));
        }
        if (iv.jointTraining().enabled() && iv.jointTraining().coverage() == 0) {
            out.add(
                    new Conflict(
                            i + "jointTraining.coverage",
                            i + "jointTraining.enabled",
                            "a share above 0 while "
                                    + i
                                    + "jointTraining.enabled is true (training no one)",
                            "0"));
        }
        if (iv.budgets().pooled() && iv.budgets().flexibleShare() == 0) {
            out.add(
                    new Conflict(
                            i + "budgets.flexibleShare",
                            i + "budgets.pooled",
                            "a share above 0 while "
                                    + i
                                    + "budgets.pooled is true (a pooled pot that moves nothing)",
                            "0"));
        }
        if (iv.nationalBlameShock().enabled() && iv.nationalBlameShock().riskAversionShock() == 0) {
            out.add(
                    new Conflict(
                            i + "nationalBlameShock.riskAversionShock",
                            i + "nationalBlameShock.enabled",
                            "a shock above 0 while "
                                    + i
                                    + "nationalBlameShock.enabled is true (a shock that changes"
                                    + " nothing)",
                            "0"));
        }
        if (iv.nationalBlameShock().enabled()
                && iv.nationalBlameShock().startDay() >= p.horizonDays()) {
            out.add(
                    new Conflict(
                            i + "nationalBlameShock.startDay",
                            "run.horizonDays",
                            "a day before the end of the run (run.horizonDays "
                                    + p.horizonDays()
                                    + ")",
                            Integer.toString(iv.nationalBlameShock().startDay()),
                            iv.nationalBlameShock().startDay()));
        }
        int planned = planned(iv);
        long lastStart = (long) (planned - 1) * iv.staggerDays();
        if (planned > 1 && lastStart >= p.horizonDays()) {
            out.add(
                    new Conflict(
                            i + "staggerDays",
                            "run.horizonDays",
                            "every one of the "
                                    + planned
                                    + " interventions switched on to start before the end of the"
                                    + " run (run.horizonDays "
                                    + p.horizonDays()
                                    + ")",
                            iv.staggerDays() + ", which starts the last on day " + lastStart,
                            (int) lastStart));
        }
        return out;
    }

    /** The interventions started in turn, {@code staggerDays} apart. */
    private static int planned(Interventions iv) {
        boolean[] on = {
            iv.coLocation().enabled(),
            iv.schoolPoliceOfficer().enabled(),
            iv.threeTier().enabled(),
            iv.commonAssessment().enabled(),
            iv.leader().enabled(),
            iv.budgets().pooled(),
            iv.jointTraining().enabled(),
            iv.noBlameCulture().enabled()
        };
        int n = 0;
        for (boolean b : on) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
