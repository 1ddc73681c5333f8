package issim.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default baseline has no yearly artefact (docs/ODD.md §7.1): the outcome means do not jump on
 * 1 September, the day the school year turns. Over the 36 shared baseline runs, 324 Septembers are
 * set against the typical month-to-month change.
 */
class YearlyArtefactTest {

    @Test
    void theOutcomeMeansDoNotJumpOnTheFirstOfSeptember() {
        List<List<MonthlyReport>> runs = DefaultBaseline.runs();
        // Day 0 is a 1st of September and report i (from 0) ends at day (i + 1) × 365 / 12, so
        // reports 11, 23, ... end on a 1st of September, after that day's turn of the school
        // year: their change from the report before holds any jump of 1 September.
        double septemberJump = 0, typical = 0;
        int septembers = 0, others = 0;
        for (List<MonthlyReport> run : runs) {
            for (int month = 1; month < 120; month++) {
                double d =
                        run.get(month).value(Measure.OUTCOME_ENJOY_AND_ACHIEVE)
                                - run.get(month - 1).value(Measure.OUTCOME_ENJOY_AND_ACHIEVE);
                if ((month + 1) % 12 == 0) {
                    septemberJump += d;
                    septembers++;
                } else {
                    typical += Math.abs(d);
                    others++;
                }
            }
        }
        double jump = septemberJump / septembers;
        double step = typical / others;
        assertTrue(
                Math.abs(jump) < step,
                "mean September change " + jump + " against a typical " + step);
    }
}
