package issim.core.model;

import issim.core.domain.AgencyKind;
import java.io.Serializable;
import java.util.List;

/**
 * Trust between practitioners, a dense matrix in [0,1]: row i is what practitioner i thinks of each
 * other practitioner, next to the baseline it decays back to. The trust process ({@code
 * TrustDynamics}) moves it; everything else reads it or nudges single pairs.
 */
public final class TrustMatrix implements Serializable {
    private final int n;
    private final float[] trust;
    private final float[] baseline;
    private final byte[] agencyOf;

    public TrustMatrix(List<Practitioner> all, double withinAgency, double acrossAgencies) {
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
                                                ? withinAgency
                                                : acrossAgencies);
                trust[i * n + j] = t;
                baseline[i * n + j] = t;
            }
        }
    }

    /**
     * A newcomer takes {@code p}'s post: what others think of it and what it thinks of them start
     * again from the trust of a new starter, within and across agencies, and decay back to that.
     */
    public void newcomer(Practitioner p, double withinAgency, double acrossAgencies) {
        int i = p.id();
        for (int j = 0; j < n; j++) {
            float t =
                    i == j
                            ? 1f
                            : (float) (agencyOf[i] == agencyOf[j] ? withinAgency : acrossAgencies);
            trust[i * n + j] = t;
            baseline[i * n + j] = t;
            trust[j * n + i] = t;
            baseline[j * n + i] = t;
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

    /** Every pair keeps {@code keep} of its distance from its baseline (decay without contact). */
    public void relax(float keep) {
        for (int k = 0; k < trust.length; k++) {
            trust[k] = baseline[k] + (trust[k] - baseline[k]) * keep;
        }
    }

    /** Closes {@code share} of the gap to full trust for every pair of different agencies. */
    public void raiseAcrossAgencies(float share) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (agencyOf[i] != agencyOf[j]) {
                    int k = i * n + j;
                    trust[k] += (1 - trust[k]) * share;
                }
            }
        }
    }

    /**
     * Raises both the trust and the baseline it decays to between {@code a} and {@code b} (of
     * different agencies) to {@code share} of the way from the baseline to full trust.
     */
    public void narrowGap(Practitioner a, Practitioner b, double share) {
        int k = a.id() * n + b.id();
        float lifted = (float) (baseline[k] + (1 - baseline[k]) * share);
        trust[k] = Math.max(trust[k], lifted);
        baseline[k] = lifted;
    }

    /**
     * Sets the baseline that trust from {@code a} to {@code b} decays back to, leaving the trust
     * itself where it is (a narrowed gap given back: what was built fades from there as usual).
     */
    public void setBaseline(Practitioner a, Practitioner b, double value) {
        baseline[a.id() * n + b.id()] = (float) clamp(value);
    }

    /** The trust from {@code a} to {@code b} decays back to without contact. */
    public double baseline(Practitioner a, Practitioner b) {
        return baseline[a.id() * n + b.id()];
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
    public static final class Summary {
        private final double meanTrust;
        private final double meanAcrossAgencies;
        private final double[] byAgency;

        Summary(double meanTrust, double meanAcrossAgencies, double[] byAgency) {
            this.meanTrust = meanTrust;
            this.meanAcrossAgencies = meanAcrossAgencies;
            this.byAgency = byAgency;
        }

        public double meanTrust() {
            return meanTrust;
        }

        public double meanAcrossAgencies() {
            return meanAcrossAgencies;
        }

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
