package issim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.observe.MonthlyReport;
import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scenarios that agree until day 0 share one warm-up per seed: a run branched from the copy of the
 * world at the end of the warm-up is exactly the run from the start.
 */
class BranchingTest {
    private static final ModelParameters BASELINE = TestWorlds.small(365);
    private static final ModelParameters EVERYTHING =
            TestWorlds.withInterventions(
                    BASELINE,
                    iv ->
                            iv.with(iv.coLocation().on(1))
                                    .with(iv.schoolPoliceOfficer().on(false))
                                    .with(iv.threeTier().on())
                                    .with(iv.commonAssessment().rolledOut(0.6))
                                    .with(iv.leader().on())
                                    .withStaggerDays(30));

    @Test
    void aBranchedRunIsExactlyTheRunFromTheStart() {
        for (long seed = 1; seed <= 2; seed++) {
            World.Snapshot warm = World.warmUp(BASELINE, seed);
            assertTrue(warm.size() > 0);
            for (ModelParameters p :
                    List.of(BASELINE, EVERYTHING, EVERYTHING.withHorizonDays(400))) {
                List<MonthlyReport> straight = World.run(p, seed);
                List<MonthlyReport> branched = World.run(warm, p);
                assertEquals(straight, branched, "seed " + seed);
            }
            // The copy is not used up: a second branch gives the same run again.
            assertEquals(World.run(BASELINE, seed), World.run(warm, BASELINE));
        }
    }

    @Test
    void aScenarioThatDiffersBeforeDayZeroCannotBranch() {
        World.Snapshot warm = World.warmUp(BASELINE, 3);
        ModelParameters otherLocality = ParameterPaths.with(BASELINE, "trust.familyInitial", 0.4);
        var refused =
                assertThrows(IllegalArgumentException.class, () -> World.run(warm, otherLocality));
        assertTrue(refused.getMessage().contains("before day 0"), refused.getMessage());
        assertEquals(
                World.warmUpParameters(BASELINE),
                World.warmUpParameters(EVERYTHING),
                "interventions and the horizon do not change the warm-up");
    }
}
