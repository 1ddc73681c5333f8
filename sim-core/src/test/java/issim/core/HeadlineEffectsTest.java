package issim.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.observe.MonthlyReport;
import issim.core.params.Interventions;
import issim.core.params.ModelParameters;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of the headline effects of docs/ODD.md §7.14 against the silo baseline, summed over
 * replications run with common seeds (so each comparison is paired).
 */
class HeadlineEffectsTest {
    private static final long[] SEEDS = {1, 2, 3, 4};
    private static final ModelParameters BASE = ModelParameters.defaults().withHorizonDays(5 * 365);
    private static double[] baseline;

    /**
     * Totals over the seeds: days to help (weighted mean), lost referrals, FTEs, incidents at
     * school.
     */
    private static double[] totals(UnaryOperator<Interventions> change) {
        ModelParameters p = TestWorlds.withInterventions(BASE, change);
        double helped = 0, delay = 0, lost = 0, fte = 0, atSchool = 0;
        for (long seed : SEEDS) {
            List<MonthlyReport> run = World.run(p, seed);
            for (MonthlyReport r : run) {
                double h = r.value("help_started");
                helped += h;
                if (h > 0) {
                    delay += h * r.value("days_to_help");
                }
                lost += r.value("referrals_lost");
                fte += r.value("first_time_entrants");
                atSchool += r.value("asb_incidents_at_school");
            }
        }
        return new double[] {delay / helped, lost, fte, atSchool};
    }

    @BeforeAll
    static void runBaseline() {
        baseline = totals(iv -> iv);
    }

    @Test
    void coLocationShortensTheWaitForHelpAndLosesFewerReferrals() {
        double[] co = totals(iv -> iv.with(iv.coLocation().on(3)));
        assertTrue(co[0] < baseline[0], "days to help: " + co[0] + " vs baseline " + baseline[0]);
        assertTrue(
                co[1] < 0.85 * baseline[1],
                "lost referrals: " + co[1] + " vs baseline " + baseline[1]);
    }

    @Test
    void theThreeTierModelChangesFirstTimeEntrantsModestly() {
        // Anchored to Wigan's fall net of England's that year, about 2% borough-wide (docs/ODD.md
        // §7.10); the programme runs in two of three schools. Over four paired seeds the change
        // has a standard error of about 2%: it must lie between no more than a small rise and a
        // fall well short of the 14% that version 0.1's blanket diversion gave.
        double[] tiers = totals(iv -> iv.with(iv.threeTier().on()));
        double change = tiers[2] / baseline[2] - 1;
        assertTrue(
                change > -0.10 && change < 0.03,
                "first-time entrants: " + tiers[2] + " vs baseline " + baseline[2]);
    }

    @Test
    void aPreventionFocusedOfficerLowersIncidentsAtSchoolWithoutRaisingFirstTimeEntrants() {
        double[] officer = totals(iv -> iv.with(iv.schoolPoliceOfficer().on(false)));
        assertTrue(
                officer[3] < baseline[3],
                "incidents at school: " + officer[3] + " vs baseline " + baseline[3]);
        // More incidents come to light at school, but fewer get a formal response: the net effect
        // on first-time entrants should be about null, so the test is one of non-inferiority:
        // no more than 3% above the baseline (about 50 of some 1,750 over the paired runs).
        assertTrue(
                officer[2] <= 1.03 * baseline[2],
                "first-time entrants: " + officer[2] + " vs baseline " + baseline[2]);
    }

    @Test
    void aDetectionTargetOfficerRaisesFirstTimeEntrants() {
        double[] officer = totals(iv -> iv.with(iv.schoolPoliceOfficer().on(true)));
        assertTrue(
                officer[2] > baseline[2],
                "first-time entrants: " + officer[2] + " vs baseline " + baseline[2]);
    }
}
