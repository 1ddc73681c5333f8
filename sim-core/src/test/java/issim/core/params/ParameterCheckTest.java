package issim.core.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParameterCheckTest {

    @Test
    void anOutOfRangeValueIsRefusedWithItsNameTheRangeAndTheValue() {
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                new LocalityParameters(
                                        10,
                                        14,
                                        3,
                                        1.8,
                                        2,
                                        6,
                                        DeprivationMix.england(),
                                        OwnReturns.none()));
        assertEquals("children: expected a number from 50 to 2000000, found 10", e.getMessage());
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Budgets(false, 1.5));
        assertEquals("flexibleShare: expected a number from 0 to 1, found 1.5", e.getMessage());
        var both =
                assertThrows(
                        IllegalArgumentException.class, () -> new JointTraining(true, -1, 2, 350));
        assertTrue(
                both.getMessage().contains("coverage")
                        && both.getMessage().contains("gapNarrowing"),
                both.getMessage());
    }

    @Test
    void impossibleCombinationsAreRefused() {
        ModelParameters p = ModelParameters.defaults();
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                p.with(
                                        p.interventions()
                                                .with(
                                                        p.interventions()
                                                                .schoolPoliceOfficer()
                                                                .on(false)
                                                                .withSchools(4))));
        assertTrue(
                e.getMessage()
                        .startsWith(
                                "interventions.schoolPoliceOfficer.schools: expected at most the 3 secondary schools"),
                e.getMessage());
    }

    @Test
    void theDefaultsAreValidAndTheWholeTreeCanBeChecked() {
        assertTrue(ParameterCheck.violations(ModelParameters.defaults()).isEmpty());
    }
}
