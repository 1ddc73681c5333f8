package issim.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.engine.RandomStreams;
import issim.core.model.Family;
import issim.core.model.Population;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The month each family moves, drawn once (docs/ODD.md §7.1): at the rate, never early. */
class MoveCalendarTest {
    private static final int FAMILIES = 20_000;

    @Test
    void aYearsMovesAreTheYearlyRateAndNoneComeBeforeTheFamilyFormed() {
        RandomStreams streams = new RandomStreams(3);
        Population people = new Population();
        MoveCalendar calendar = new MoveCalendar(0.2);
        for (int i = 0; i < FAMILIES; i++) {
            calendar.enrol(people.newFamily(1, 0, 0.5), 5, streams);
        }
        Set<Family> moved = new HashSet<>();
        for (int month = 0; month < 5; month++) {
            assertTrue(calendar.dueAt(month).isEmpty(), "month " + month);
        }
        moved.addAll(calendar.dueAt(5));
        int firstMonth = moved.size();
        int inAYear = firstMonth;
        for (int month = 6; month < 17; month++) {
            for (Family f : calendar.dueAt(month)) {
                assertTrue(moved.add(f), "a family is due once");
                inAYear++;
            }
        }
        // Binomial over 20,000 families: a standard error of 0.003 on 0.2 a year, 0.0004 on a
        // month's 0.0184.
        assertEquals(0.2, inAYear / (double) FAMILIES, 0.012);
        double monthly = 1 - Math.pow(0.8, 1 / 12.0);
        assertEquals(monthly, firstMonth / (double) FAMILIES, 0.003);
    }

    @Test
    void withNoRateNobodyIsEverDue() {
        RandomStreams streams = new RandomStreams(3);
        Population people = new Population();
        MoveCalendar calendar = new MoveCalendar(0);
        for (int i = 0; i < 100; i++) {
            calendar.enrol(people.newFamily(1, 0, 0.5), 0, streams);
        }
        for (int month = 0; month < 1_000; month++) {
            assertTrue(calendar.dueAt(month).isEmpty());
        }
    }
}
