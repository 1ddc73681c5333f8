package issim.core.model;

import java.util.ArrayList;
import java.util.List;

/** A family: deprivation, risk factors, trust in each kind of service, and assessment fatigue. */
public final class Family {
    private final int id;
    private final int quintile;
    private final int riskMask;
    private final double[] trust = new double[AgencyKind.COUNT];
    private final List<Child> children = new ArrayList<>(3);
    private double fatigue;
    private double fatigueDay;

    public Family(int id, int quintile, int riskMask, double initialTrust) {
        this.id = id;
        this.quintile = quintile;
        this.riskMask = riskMask;
        java.util.Arrays.fill(trust, initialTrust);
    }

    public int id() {
        return id;
    }

    /** Deprivation quintile, 1 (least deprived) to 5 (most deprived). */
    public int quintile() {
        return quintile;
    }

    public int riskMask() {
        return riskMask;
    }

    public boolean has(RiskFactor factor) {
        return (riskMask & factor.bit()) != 0;
    }

    public int riskCount() {
        return Integer.bitCount(riskMask);
    }

    public double trust(AgencyKind kind) {
        return trust[kind.ordinal()];
    }

    public void setTrust(AgencyKind kind, double value) {
        trust[kind.ordinal()] = Math.max(0, Math.min(1, value));
    }

    /** Mean trust over all kinds of service. */
    public double meanTrust() {
        double sum = 0;
        for (double t : trust) {
            sum += t;
        }
        return sum / trust.length;
    }

    public List<Child> children() {
        return children;
    }

    /** Assessment fatigue at {@code day}, decaying with the given half-life since it was last raised. */
    public double fatigue(double day, double halfLife) {
        return fatigue * Math.pow(0.5, (day - fatigueDay) / halfLife);
    }

    public void addFatigue(double day, double halfLife, double amount) {
        fatigue = Math.min(1, fatigue(day, halfLife) + amount);
        fatigueDay = day;
    }
}
