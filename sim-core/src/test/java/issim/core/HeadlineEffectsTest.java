package issim.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.observe.MonthlyReport;
import issim.core.params.Interventions;
import issim.core.params.ModelParameters;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The headline effects of docs/ODD.md §7.14 against the silo baseline, as paired relative
 * differences over twelve seeds, every scenario branching from its seed's shared warm-up. A
 * direction is asserted only by its whole 95% interval; an effect expected to be about null by
 * equivalence (its 90% interval within a stated margin, two one-sided tests at 5%). Measured on
 * seeds 1-16: co-location's days to help -5.3% (standard error 0.4%) and lost referrals -23%
 * (0.9%); three-tier's first-time entrants -2.2% (0.7%); the prevention officer's incidents at
 * school -12% (0.4%) and first-time entrants -1.9% (0.9%); the detection-target officer's
 * first-time entrants +22% (1.3%). Each bound below is more than two standard errors from those.
 */
class HeadlineEffectsTest {
    private static final int SEEDS = 12;
    private static final ModelParameters BASE = ModelParameters.defaults().withHorizonDays(5 * 365);
    private static final int DAYS_TO_HELP = 0, LOST = 1, ENTRANTS = 2, AT_SCHOOL = 3;
    private static final String[] NAMES = {
        "days to help", "lost referrals", "first-time entrants", "incidents at school"
    };
    private static final List<UnaryOperator<Interventions>> SCENARIOS =
            List.of(
                    iv -> iv,
                    iv -> iv.with(iv.coLocation().on(3)),
                    iv -> iv.with(iv.threeTier().on()),
                    iv -> iv.with(iv.schoolPoliceOfficer().on(false)),
                    iv -> iv.with(iv.schoolPoliceOfficer().on(true)));
    private static final int CO_LOCATION = 1, THREE_TIER = 2, PREVENTION = 3, DETECTION = 4;

    /** By seed, scenario and measure. */
    private static double[][][] totals;

    @BeforeAll
    static void runAll() {
        totals = new double[SEEDS][][];
        IntStream.range(0, SEEDS)
                .parallel()
                .forEach(
                        i -> {
                            World.Snapshot warm = World.warmUp(BASE, 1 + i);
                            double[][] own = new double[SCENARIOS.size()][];
                            for (int k = 0; k < SCENARIOS.size(); k++) {
                                ModelParameters p =
                                        BASE.with(SCENARIOS.get(k).apply(BASE.interventions()));
                                own[k] = measures(World.run(warm, p));
                            }
                            totals[i] = own;
                        });
    }

    /** Days to help (weighted mean), lost referrals, entrants, incidents at school. */
    private static double[] measures(List<MonthlyReport> run) {
        double helped = 0, delay = 0, lost = 0, fte = 0, atSchool = 0;
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
        return new double[] {delay / helped, lost, fte, atSchool};
    }

    /** The paired relative difference's interval at {@code confidence}, two-sided. */
    private static double[] interval(int scenario, int measure, double confidence) {
        double[] d = new double[SEEDS];
        double mean = 0;
        for (int i = 0; i < SEEDS; i++) {
            d[i] = totals[i][scenario][measure] / totals[i][0][measure] - 1;
            mean += d[i] / SEEDS;
        }
        double var = 0;
        for (double x : d) {
            var += (x - mean) * (x - mean) / (SEEDS - 1);
        }
        double half =
                new TDistribution(SEEDS - 1).inverseCumulativeProbability(0.5 + confidence / 2)
                        * Math.sqrt(var / SEEDS);
        return new double[] {mean - half, mean + half};
    }

    private static String text(int scenario, int measure, double[] ci) {
        return String.format(
                Locale.ROOT,
                "scenario %d, %s: %+.1f%% to %+.1f%%",
                scenario,
                NAMES[measure],
                100 * ci[0],
                100 * ci[1]);
    }

    /** The whole 95% interval below {@code bound}. */
    private static void below(int scenario, int measure, double bound) {
        double[] ci = interval(scenario, measure, 0.95);
        assertTrue(ci[1] < bound, "below " + bound + ": " + text(scenario, measure, ci));
    }

    /** The whole 95% interval above {@code bound}. */
    private static void above(int scenario, int measure, double bound) {
        double[] ci = interval(scenario, measure, 0.95);
        assertTrue(ci[0] > bound, "above " + bound + ": " + text(scenario, measure, ci));
    }

    private static void within(int scenario, int measure, double lo, double hi, double confidence) {
        double[] ci = interval(scenario, measure, confidence);
        assertTrue(ci[0] > lo && ci[1] < hi, text(scenario, measure, ci));
    }

    @Test
    void coLocationShortensTheWaitForHelpAndLosesFewerReferrals() {
        below(CO_LOCATION, DAYS_TO_HELP, 0);
        // Not just fewer: at least a tenth fewer lost (measured -23%).
        below(CO_LOCATION, LOST, -0.10);
    }

    @Test
    void theThreeTierModelChangesFirstTimeEntrantsModestly() {
        // Anchored to Wigan's fall net of England's that year, about 2% borough-wide (docs/ODD.md
        // §7.10), the programme in two of three schools: between no more than a small rise and a
        // fall well short of the 14% that version 0.1's blanket diversion gave.
        within(THREE_TIER, ENTRANTS, -0.10, 0.03, 0.95);
    }

    @Test
    void aPreventionFocusedOfficerLowersIncidentsAtSchoolAndLeavesFirstTimeEntrantsAboutTheSame() {
        below(PREVENTION, AT_SCHOOL, 0);
        // More incidents come to light at school, but fewer get a formal response: about null,
        // equivalent within ±6% (some 25 of 420 entrants a locality in five years).
        within(PREVENTION, ENTRANTS, -0.06, 0.06, 0.90);
    }

    @Test
    void aDetectionTargetOfficerRaisesFirstTimeEntrants() {
        // At least a tenth more (measured +22%).
        above(DETECTION, ENTRANTS, 0.10);
    }
}
