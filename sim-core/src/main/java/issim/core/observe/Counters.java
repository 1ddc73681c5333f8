package issim.core.observe;

import issim.core.domain.AgencyKind;
import java.io.Serializable;
import java.util.Arrays;

/**
 * Running totals since the start of the run (warm-up included); observers difference them by month.
 */
public final class Counters implements Serializable {
    private final long[] tallies = new long[Tally.COUNT];
    private final long[][] agency = new long[AgencyKind.COUNT][AgencyTally.COUNT];
    private final double[] cost = new double[AgencyKind.COUNT];
    private final long[] toSocialCareFrom = new long[ReferralSource.COUNT];
    private final double[] time = new double[AgencyKind.COUNT];
    private double placements;

    /**
     * Tallies by the site of the child counted (its school), indexed by site id then tally; grown
     * as sites are first counted at, since the counters are made before the locality is.
     */
    private long[][] atSite = new long[0][];

    public void add(Tally t) {
        tallies[t.ordinal()]++;
    }

    public void add(Tally t, long n) {
        tallies[t.ordinal()] += n;
    }

    public long get(Tally t) {
        return tallies[t.ordinal()];
    }

    /**
     * Counts one of {@code t} at the site with id {@code siteId} as well: the total is counted with
     * {@link #add(Tally)}.
     */
    public void addAtSite(Tally t, int siteId) {
        if (siteId >= atSite.length) {
            atSite = Arrays.copyOf(atSite, siteId + 1);
        }
        if (atSite[siteId] == null) {
            atSite[siteId] = new long[Tally.COUNT];
        }
        atSite[siteId][t.ordinal()]++;
    }

    /** The count of {@code t} at the site with id {@code siteId} (0 if never counted there). */
    public long getAtSite(Tally t, int siteId) {
        return siteId < atSite.length && atSite[siteId] != null ? atSite[siteId][t.ordinal()] : 0;
    }

    public void add(AgencyKind a, AgencyTally t) {
        agency[a.ordinal()][t.ordinal()]++;
    }

    public long get(AgencyKind a, AgencyTally t) {
        return agency[a.ordinal()][t.ordinal()];
    }

    /** Counts a referral to social care from {@code source}. */
    public void addReferralToSocialCare(ReferralSource source) {
        toSocialCareFrom[source.ordinal()]++;
    }

    public long referralsToSocialCare(ReferralSource source) {
        return toSocialCareFrom[source.ordinal()];
    }

    /** Records spending by an agency (GBP). */
    public void spend(AgencyKind a, double amount) {
        cost[a.ordinal()] += amount;
    }

    public double cost(AgencyKind a) {
        return cost[a.ordinal()];
    }

    /** Spending by every agency together (GBP). */
    public double totalCost() {
        double sum = 0;
        for (double c : cost) {
            sum += c;
        }
        return sum;
    }

    /** Records practitioner time an agency gave to the work, priced (GBP; docs/ODD.md §7.13). */
    public void spendTime(AgencyKind a, double amount) {
        time[a.ordinal()] += amount;
    }

    public double timeCost(AgencyKind a) {
        return time[a.ordinal()];
    }

    /** Records what looked-after children's placements cost (GBP; docs/ODD.md §7.16). */
    public void spendOnPlacements(double amount) {
        placements += amount;
    }

    public double placementCost() {
        return placements;
    }

    /** A copy, for differencing later. */
    public Counters snapshot() {
        Counters c = new Counters();
        System.arraycopy(tallies, 0, c.tallies, 0, tallies.length);
        for (int a = 0; a < agency.length; a++) {
            System.arraycopy(agency[a], 0, c.agency[a], 0, agency[a].length);
        }
        System.arraycopy(cost, 0, c.cost, 0, cost.length);
        System.arraycopy(time, 0, c.time, 0, time.length);
        c.placements = placements;
        System.arraycopy(toSocialCareFrom, 0, c.toSocialCareFrom, 0, toSocialCareFrom.length);
        c.atSite = new long[atSite.length][];
        for (int s = 0; s < atSite.length; s++) {
            c.atSite[s] = atSite[s] == null ? null : atSite[s].clone();
        }
        return c;
    }
}
