package issim.core.observe;

import issim.core.domain.AgencyKind;
import java.io.Serializable;

/**
 * Running totals since the start of the run (warm-up included); observers difference them by month.
 */
public final class Counters implements Serializable {
    private final long[] tallies = new long[Tally.COUNT];
    private final long[][] agency = new long[AgencyKind.COUNT][AgencyTally.COUNT];
    private final double[] cost = new double[AgencyKind.COUNT];

    public void add(Tally t) {
        tallies[t.ordinal()]++;
    }

    public void add(Tally t, long n) {
        tallies[t.ordinal()] += n;
    }

    public long get(Tally t) {
        return tallies[t.ordinal()];
    }

    public void add(AgencyKind a, AgencyTally t) {
        agency[a.ordinal()][t.ordinal()]++;
    }

    public long get(AgencyKind a, AgencyTally t) {
        return agency[a.ordinal()][t.ordinal()];
    }

    /** Records spending by an agency (GBP). */
    public void spend(AgencyKind a, double amount) {
        cost[a.ordinal()] += amount;
    }

    public double cost(AgencyKind a) {
        return cost[a.ordinal()];
    }

    /** A copy, for differencing later. */
    public Counters snapshot() {
        Counters c = new Counters();
        System.arraycopy(tallies, 0, c.tallies, 0, tallies.length);
        for (int a = 0; a < agency.length; a++) {
            System.arraycopy(agency[a], 0, c.agency[a], 0, agency[a].length);
        }
        System.arraycopy(cost, 0, c.cost, 0, cost.length);
        return c;
    }
}
