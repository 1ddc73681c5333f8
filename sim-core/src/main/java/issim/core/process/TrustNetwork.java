package issim.core.process;

import issim.core.World;
import issim.core.model.AgencyKind;
import issim.core.model.Practitioner;
import issim.core.model.Site;
import issim.core.params.TrustParameters;
import java.util.List;

/**
 * Trust between practitioners (DESIGN.md §2 process 10), a dense matrix in [0,1]: row i is what
 * practitioner i thinks of each other practitioner. It grows with informal contact at a shared site
 * (co-location), with joint work that succeeds and with a broker's convening; it falls when
 * referrals are ignored, commitments broken or blame assigned; and without contact it decays toward
 * where it started. Joint training narrows the gap it starts from.
 */
public final class TrustNetwork {
    private final World world;
    private final TrustParameters p;
    private final int n;
    private final float[] trust;
    private final float[] baseline;
    private final byte[] agencyOf;

    public TrustNetwork(World world) {
        this.world = world;
        this.p = world.params().trust();
        List<Practitioner> all = world.locality().practitioners();
        this.n = all.size();
        this.trust = new float[n * n];
        this.baseline = new float[n * n];
        this.agencyOf = new byte[n];
        for (Practitioner pr : all) {
            agencyOf[pr.id()] = (byte) pr.agency().ordinal();
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                float t =
                        i == j
                                ? 1f
                                : (float)
                                        (agencyOf[i] == agencyOf[j]
                                                ? p.withinAgency()
                                                : p.acrossAgencies());
                trust[i * n + j] = t;
                baseline[i * n + j] = t;
            }
        }
    }

    public int size() {
        return n;
    }

    /** How much practitioner {@code from} trusts practitioner {@code to}. */
    public double get(Practitioner from, Practitioner to) {
        return trust[from.id() * n + to.id()];
    }

    public void set(Practitioner from, Practitioner to, double value) {
        trust[from.id() * n + to.id()] = (float) clamp(value);
    }

    /** Closes {@code share} of the gap to full trust, both ways. */
    public void raiseBoth(Practitioner a, Practitioner b, double share) {
        raise(a, b, share);
        raise(b, a, share);
    }

    public void raise(Practitioner from, Practitioner to, double share) {
        if (from == to) {
            return;
        }
        int k = from.id() * n + to.id();
        trust[k] = (float) clamp(trust[k] + (1 - trust[k]) * share);
    }

    /** Loses {@code share} of the trust {@code from} has in {@code to}. */
    public void lower(Practitioner from, Practitioner to, double share) {
        if (from == to) {
            return;
        }
        int k = from.id() * n + to.id();
        trust[k] = (float) clamp(trust[k] * (1 - share));
    }

    /**
     * Joint training: trained pairs across agencies start from a narrower culture gap (004 ch.5).
     */
    public void narrowGap(List<Practitioner> trained, double share) {
        for (Practitioner a : trained) {
            for (Practitioner b : trained) {
                if (a != b && a.agency() != b.agency()) {
                    int k = a.id() * n + b.id();
                    float lifted = (float) (baseline[k] + (1 - baseline[k]) * share);
                    trust[k] = Math.max(trust[k], lifted);
                    baseline[k] = lifted;
                }
            }
        }
    }

    /**
     * A week: co-located practitioners of different agencies meet informally on the days they share
     * a site; everything else decays toward its baseline; a leader, if any, brokers across
     * agencies.
     */
    public void week() {
        float keep = (float) Math.pow(0.5, 7 / p.decayHalfLife());
        for (int k = 0; k < trust.length; k++) {
            trust[k] = baseline[k] + (trust[k] - baseline[k]) * keep;
        }
        List<Practitioner> all = world.locality().practitioners();
        for (Site school : world.locality().secondarySchools()) {
            contactAt(school, all);
        }
        for (Site school : world.locality().primarySchools()) {
            contactAt(school, all);
        }
        var leader = world.params().interventions().leader();
        if (world.active(issim.core.model.Lever.INTEGRATED_SERVICES_LEADER)) {
            float share = (float) leader.brokerTrustGain();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (agencyOf[i] != agencyOf[j]) {
                        int k = i * n + j;
                        trust[k] += (1 - trust[k]) * share;
                    }
                }
            }
        }
    }

    private void contactAt(Site school, List<Practitioner> all) {
        List<Practitioner> staff = world.locality().pastoralStaff(school);
        for (Practitioner visitor : all) {
            double days = visitor.colocated() ? visitor.daysAt(school) : 0;
            if (days == 0) {
                continue;
            }
            double share = 1 - Math.pow(1 - p.contactGrowth(), days);
            for (Practitioner teacher : staff) {
                raiseBoth(visitor, teacher, share);
            }
            for (Practitioner other : all) {
                if (other != visitor
                        && other.agency() != visitor.agency()
                        && other.colocated()
                        && other.daysAt(school) > 0) {
                    raise(
                            visitor,
                            other,
                            1
                                    - Math.pow(
                                            1 - p.contactGrowth(),
                                            Math.min(days, other.daysAt(school))));
                }
            }
        }
    }

    /**
     * Means of the matrix, worked out in one pass: the monthly report needs all 64 agency pairs and
     * the two overall means, and the matrix grows with the square of the workforce.
     */
    public Summary summary() {
        double all = 0, across = 0;
        long acrossCount = 0;
        double[] sum = new double[AgencyKind.COUNT * AgencyKind.COUNT];
        long[] count = new long[AgencyKind.COUNT * AgencyKind.COUNT];
        for (int i = 0; i < n; i++) {
            int row = agencyOf[i] * AgencyKind.COUNT;
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                float t = trust[i * n + j];
                all += t;
                sum[row + agencyOf[j]] += t;
                count[row + agencyOf[j]]++;
                if (agencyOf[i] != agencyOf[j]) {
                    across += t;
                    acrossCount++;
                }
            }
        }
        double[] byAgency = new double[sum.length];
        for (int k = 0; k < sum.length; k++) {
            byAgency[k] = count[k] == 0 ? Double.NaN : sum[k] / count[k];
        }
        return new Summary(
                n < 2 ? Double.NaN : all / ((double) n * (n - 1)),
                acrossCount == 0 ? Double.NaN : across / acrossCount,
                byAgency);
    }

    /** Mean trust between practitioners of different agencies. */
    public double meanAcrossAgencies() {
        return summary().meanAcrossAgencies();
    }

    /**
     * The matrix summarised: mean over all ordered pairs of different practitioners, mean over
     * pairs of different agencies, and the agency-by-agency means (NaN where an agency has no
     * pair).
     */
    public record Summary(double meanTrust, double meanAcrossAgencies, double[] byAgency) {
        public double agency(AgencyKind from, AgencyKind to) {
            return byAgency[from.ordinal() * AgencyKind.COUNT + to.ordinal()];
        }
    }

    /** Smallest and largest trust value in the matrix (for invariant checks). */
    public double[] range() {
        double lo = 1, hi = 0;
        for (float t : trust) {
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
        }
        return new double[] {lo, hi};
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
