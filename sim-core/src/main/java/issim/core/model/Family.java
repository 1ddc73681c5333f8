package issim.core.model;

import issim.core.domain.AgencyKind;
import issim.core.domain.RiskFactor;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A family: deprivation, risk factors (which can start and end), trust in each kind of service, and
 * assessment fatigue.
 */
public final class Family implements Serializable {
    private final int id;
    private final int quintile;
    private int riskMask;

    /** Risk factors that last while the children grow up (docs/ODD.md §7.18). */
    private int lastingMask;

    /** Plans now running that work with the whole family (docs/ODD.md §7.18). */
    private int familyWork;

    private final double[] trust = new double[AgencyKind.COUNT];
    private final List<Child> children = new ArrayList<>(3);
    private final List<Child> childrenView = Collections.unmodifiableList(children);
    private double fatigue;
    private double fatigueDay;
    private int presentChildren;

    public Family(int id, int quintile, int riskMask, double initialTrust) {
        this.id = id;
        this.quintile = quintile;
        this.riskMask = riskMask;
        Arrays.fill(trust, initialTrust);
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

    /** A parental risk factor starts or ends (docs/ODD.md §7.18). */
    public void setRisk(RiskFactor factor, boolean present) {
        riskMask = present ? riskMask | factor.bit() : riskMask & ~factor.bit();
    }

    /** Marks the present risk factor as lasting: it never ends. */
    public void makeLasting(RiskFactor factor) {
        lastingMask |= factor.bit() & riskMask;
    }

    public boolean lasting(RiskFactor factor) {
        return (lastingMask & factor.bit()) != 0;
    }

    /** Whether a plan that works with the whole family is running for one of its children. */
    public boolean inFamilyWork() {
        return familyWork > 0;
    }

    /** A plan working with the family starts; true if it is the first now running. */
    public boolean familyWorkStarted() {
        return familyWork++ == 0;
    }

    /** A plan working with the family ends; true if it was the last. */
    public boolean familyWorkEnded() {
        return --familyWork == 0;
    }

    public double trust(AgencyKind kind) {
        return trust[kind.ordinal()];
    }

    public void setTrust(AgencyKind kind, double value) {
        trust[kind.ordinal()] = clamp(value);
    }

    /** Mean trust over all kinds of service. */
    public double meanTrust() {
        double sum = 0;
        for (double t : trust) {
            sum += t;
        }
        return sum / trust.length;
    }

    /** Every child the family has had, present or gone. */
    public List<Child> children() {
        return childrenView;
    }

    /** Adds a newborn or starting child to the family. */
    public void add(Child child) {
        children.add(child);
        presentChildren++;
    }

    /** Called when one of the family's children leaves the locality (turns 18). */
    void childLeft() {
        presentChildren--;
    }

    /** Whether any of the family's children still lives in the locality. */
    public boolean resident() {
        return presentChildren > 0;
    }

    /**
     * A month without news: trust in every kind of service drifts back toward {@code initial},
     * keeping {@code keep} of its distance (docs/ODD.md §7.11).
     */
    public void relaxTrust(double initial, double keep) {
        for (int a = 0; a < trust.length; a++) {
            trust[a] = clamp(initial + (trust[a] - initial) * keep);
        }
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /**
     * Assessment fatigue at {@code day}, decaying with the given half-life since it was last
     * raised.
     */
    public double fatigue(double day, double halfLife) {
        return fatigue * Math.pow(0.5, (day - fatigueDay) / halfLife);
    }

    public void addFatigue(double day, double halfLife, double amount) {
        fatigue = Math.min(1, fatigue(day, halfLife) + amount);
        fatigueDay = day;
    }
}
