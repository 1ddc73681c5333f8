package issim.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import issim.core.observe.Calibration;
import issim.core.observe.Calibration.Target;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The default silo baseline against England's published rates of 2007-2010 (docs/ODD.md §9), each
 * to within 15%, over the 36 shared runs (see {@link Calibration} for how each is measured). A
 * locality of 10,000 children holds only about 35 children on protection plans, so one run's
 * figures vary by a fifth between seeds: 36 runs bring the standard error of the means to a few per
 * cent, well inside the margin, so the test does not rest on lucky seeds. docs/calibration.md shows
 * the same measures on twenty other seeds.
 */
class CalibrationTest {
    @Test
    void theBaselineMatchesEnglandWithinFifteenPercent() {
        double[] model = Calibration.measure(DefaultBaseline.runs());
        List<Executable> checks = new ArrayList<>();
        for (Target t : Target.values()) {
            if (!t.calibrated()) {
                continue; // reported beside the baseline, not a target it is fitted to
            }
            double value = model[t.ordinal()];
            checks.add(
                    () ->
                            assertEquals(
                                    t.value(), value, 0.15 * t.value(), t.label() + " = " + value));
        }
        assertAll(checks);
    }
}
