package issim.core.process;

import issim.core.engine.RandomStreams;
import issim.core.model.Family;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The month end at which each family will move away, drawn once when it forms: a geometric number
 * of months at the monthly chance, from a number fixed by the family, so every scenario run with
 * one seed has the same moves (docs/ODD.md §7.1). The same moves in distribution as a draw for
 * every family at every month end, without a pass over all families each month.
 */
final class MoveCalendar implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double monthlyChance;
    private final Map<Integer, List<Family>> due = new HashMap<>();

    /** {@code yearlyRate}: the share of families moving away in a year. */
    MoveCalendar(double yearlyRate) {
        this.monthlyChance = 1 - Math.pow(1 - yearlyRate, 1 / 12.0);
    }

    /** A family formed before month end {@code firstMonth}: the month end it will move at. */
    void enrol(Family f, int firstMonth, RandomStreams streams) {
        if (monthlyChance <= 0) {
            return;
        }
        double u = 1 - streams.moving(f.id()); // in (0, 1]
        double months =
                monthlyChance >= 1 ? 0 : Math.floor(Math.log(u) / Math.log1p(-monthlyChance));
        if (months < Integer.MAX_VALUE - firstMonth) {
            due.computeIfAbsent(firstMonth + (int) months, m -> new ArrayList<>()).add(f);
        }
    }

    /** The families due to move at month end {@code month}, in the order they formed. */
    List<Family> dueAt(int month) {
        List<Family> families = due.remove(month);
        return families == null ? List.of() : families;
    }
}
