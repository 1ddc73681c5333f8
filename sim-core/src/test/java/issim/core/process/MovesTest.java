package issim.core.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.TestWorlds;
import issim.core.World;
import issim.core.model.Child;
import issim.core.model.Population;
import issim.core.observe.Measure;
import issim.core.observe.MonthlyReport;
import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Families moving in and out (docs/ODD.md §7.1): at a rate of a tenth of families a year, the
 * children who leave are replaced by as many arriving, so the number of children holds; the moves
 * are the same in every scenario run with one seed; a looked-after child who leaves with its family
 * is still counted the authority's until its care ends.
 */
class MovesTest {
    private static final ModelParameters MOVING =
            ParameterPaths.with(TestWorlds.small(2 * 365), "population.moveRate", 0.1);

    @Test
    void asManyChildrenArriveAsLeaveAndTheRateIsAsSet() {
        List<MonthlyReport> run = World.run(MOVING, 3);
        double away = 0, in = 0;
        for (MonthlyReport r : run) {
            away += r.value(Measure.CHILDREN_MOVED_AWAY);
            in += r.value(Measure.CHILDREN_MOVED_IN);
            assertEquals(r.value(Measure.CHILDREN_MOVED_AWAY), r.value(Measure.CHILDREN_MOVED_IN));
        }
        // About 2,000 children, a tenth a year, two years: about 400 moves, binomial by family
        // (about 1.8 children each), so a standard deviation near 30.
        double expected = 0.1 * 2 * MOVING.locality().children();
        assertEquals(expected, away, 0.3 * expected, "children moved away");
        assertEquals(away, in);
        double first = run.get(0).value(Measure.CHILDREN),
                last = run.get(run.size() - 1).value(Measure.CHILDREN);
        assertEquals(first, last, 0.03 * first, "the number of children holds");
    }

    @Test
    void everyScenarioSeesTheSameMoves() {
        ModelParameters coLocated =
                TestWorlds.withInterventions(MOVING, iv -> iv.with(iv.coLocation().on(3)));
        List<MonthlyReport> a = World.run(MOVING, 4), b = World.run(coLocated, 4);
        assertArrayEquals(
                a.stream().mapToDouble(r -> r.value(Measure.CHILDREN_MOVED_AWAY)).toArray(),
                b.stream().mapToDouble(r -> r.value(Measure.CHILDREN_MOVED_AWAY)).toArray());
        assertArrayEquals(
                a.stream().mapToDouble(r -> r.value(Measure.CHILDREN)).toArray(),
                b.stream().mapToDouble(r -> r.value(Measure.CHILDREN)).toArray());
        assertTrue(a.stream().mapToDouble(r -> r.value(Measure.CHILDREN_MOVED_AWAY)).sum() > 100);
    }

    @Test
    void aChildInCareLeavingWithItsFamilyIsCountedUntilItsCareEnds() {
        ModelParameters p = TestWorlds.small(365);
        World w = TestWorlds.started(p, 8);
        Population people = w.population();
        Child inCare = null;
        for (Child c : people.children()) {
            if (c.age() < 16) {
                inCare = c;
                break;
            }
        }
        assertNotNull(inCare);
        inCare.enterCare(false);
        people.leaveInCare(inCare);
        assertFalse(inCare.present());
        assertEquals(1, people.lookedAfterElsewhere());
        inCare.leaveCare();
        people.careEnded(inCare);
        assertEquals(0, people.lookedAfterElsewhere());
    }

    @Test
    void withNoMovesNobodyMoves() {
        ModelParameters still =
                ParameterPaths.with(TestWorlds.small(365), "population.moveRate", 0);
        for (MonthlyReport r : World.run(still, 5)) {
            assertEquals(0, r.value(Measure.CHILDREN_MOVED_AWAY));
        }
    }
}
