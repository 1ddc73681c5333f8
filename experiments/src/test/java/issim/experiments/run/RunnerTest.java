package issim.experiments.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import issim.experiments.run.RunSettingsConflictException.Conflict;
import issim.experiments.run.RunSettingsConflictException.Difference;
import issim.experiments.run.RunSettingsConflictException.Setting;
import issim.scenarios.RunSettings;
import issim.scenarios.Scenario;
import issim.scenarios.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Planning: one set of run settings for every scenario, or a refusal saying what differs. */
class RunnerTest {
    private static Scenario mine() throws Exception {
        return ScenarioLoader.parse(
                "mine.yaml",
                """
                extends: co-location
                run:
                  seed: 5
                  replications: 3
                """);
    }

    @Test
    void aScenarioThatDiffersFromTheBaselineIsRefused() throws Exception {
        Scenario baseline = ScenarioLoader.load("baseline");
        List<Scenario> scenarios = List.of(baseline, ScenarioLoader.load("co-location"), mine());
        RunSettingsConflictException e =
                assertThrows(
                        RunSettingsConflictException.class,
                        () -> Runner.plan("compare", scenarios, Overrides.none(), 1, true));
        assertEquals(
                List.of(
                        new Conflict(
                                2,
                                List.of(
                                        new Difference(Setting.SEED, 5, 1),
                                        new Difference(Setting.REPLICATIONS, 3, 10)))),
                e.conflicts());

        RunSettingsConflictException seedOnly =
                assertThrows(
                        RunSettingsConflictException.class,
                        () ->
                                Runner.plan(
                                        "compare",
                                        scenarios,
                                        new Overrides(null, null, 2),
                                        1,
                                        true));
        assertEquals(
                List.of(new Conflict(2, List.of(new Difference(Setting.SEED, 5, 1)))),
                seedOnly.conflicts());
    }

    @Test
    void overridesApplyToEveryScenario() throws Exception {
        Scenario baseline = ScenarioLoader.load("baseline");
        ExperimentPlan plan =
                Runner.plan(
                        "compare", List.of(baseline, mine()), new Overrides(730, 9L, 2), 4, true);
        assertEquals(2, plan.replications());
        assertEquals(9, plan.firstSeed());
        assertEquals(4, plan.threads());
        RunSettings run = new RunSettings(9, 2);
        for (Scenario s : plan.scenarios()) {
            assertEquals(run, s.run());
            assertEquals(730, s.parameters().horizonDays());
        }
    }

    @Test
    void aSingleScenarioRunsOnItsOwnSettings() throws Exception {
        ExperimentPlan plan = Runner.plan("run", List.of(mine()), Overrides.none(), 1, false);
        assertEquals(3, plan.replications());
        assertEquals(5, plan.firstSeed());
    }

    @Test
    void settingsOutOfRangeAreBadInput() throws Exception {
        assertThrows(
                BadInputException.class,
                () ->
                        Runner.plan(
                                "run",
                                List.of(ScenarioLoader.load("baseline")),
                                new Overrides(0, null, null),
                                1,
                                false));
    }

    @Test
    void aComparisonRefusesTheSameScenarioNameTwice() throws Exception {
        Scenario baseline = ScenarioLoader.load("baseline");
        BadInputException refused =
                assertThrows(
                        BadInputException.class,
                        () ->
                                Runner.plan(
                                        "compare",
                                        List.of(baseline, baseline),
                                        Overrides.none(),
                                        1,
                                        true));
        assertEquals(
                "compare: expected each scenario once, found 'baseline' twice (outputs label"
                        + " scenarios by name: rename a copy of the file to compare two variants)",
                refused.getMessage());
    }
}
