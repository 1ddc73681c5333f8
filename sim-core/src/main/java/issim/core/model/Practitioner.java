package issim.core.model;

import issim.core.domain.AgencyKind;
import issim.core.domain.CommitmentStage;
import issim.core.domain.Role;
import java.io.Serializable;
import java.util.Arrays;

/**
 * A practitioner: role, agency, where they work, caseload, training, commitment and risk aversion.
 */
public final class Practitioner implements Serializable {
    private final int id;
    private final Role role;
    private final Site base;
    private final int capacity;
    private Site[] colocatedSites = new Site[0];
    private double[] colocatedDays = new double[0];
    private int caseload;
    private boolean cafTrained;
    private boolean jointlyTrained;
    private CommitmentStage stage;
    private double riskAversion;
    private double riskAversionDay;
    private int quickWins;
    private int setbacks;

    /** How many times the post has changed hands (see {@link #newcomer}). */
    private int newcomers;

    private int agencyMonthsLeft;

    public Practitioner(int id, Role role, Site base, int capacity, CommitmentStage stage) {
        this.id = id;
        this.role = role;
        this.base = base;
        this.capacity = capacity;
        this.stage = stage;
    }

    public int id() {
        return id;
    }

    public Role role() {
        return role;
    }

    public AgencyKind agency() {
        return role.agency();
    }

    public Site base() {
        return base;
    }

    /** Schools this practitioner is based in for part of the week (co-location). */
    public Site[] colocatedSites() {
        return colocatedSites.clone();
    }

    public boolean colocated() {
        return colocatedSites.length > 0;
    }

    /**
     * Bases this practitioner at {@code school} for {@code daysPerWeek} days a week; see {@link
     * Locality#colocate}.
     */
    void colocate(Site school, double daysPerWeek) {
        int n = colocatedSites.length;
        colocatedSites = Arrays.copyOf(colocatedSites, n + 1);
        colocatedDays = Arrays.copyOf(colocatedDays, n + 1);
        colocatedSites[n] = school;
        colocatedDays[n] = daysPerWeek;
    }

    /**
     * Takes back one basing at {@code school} for {@code daysPerWeek} days a week, the latest made
     * (an intervention withdrawn); see {@link Locality#withdraw}. False if there is none.
     */
    boolean withdraw(Site school, double daysPerWeek) {
        for (int i = colocatedSites.length - 1; i >= 0; i--) {
            if (colocatedSites[i] == school && colocatedDays[i] == daysPerWeek) {
                int n = colocatedSites.length;
                Site[] sites = new Site[n - 1];
                double[] days = new double[n - 1];
                System.arraycopy(colocatedSites, 0, sites, 0, i);
                System.arraycopy(colocatedSites, i + 1, sites, i, n - 1 - i);
                System.arraycopy(colocatedDays, 0, days, 0, i);
                System.arraycopy(colocatedDays, i + 1, days, i, n - 1 - i);
                colocatedSites = sites;
                colocatedDays = days;
                return true;
            }
        }
        return false;
    }

    /** Days a week this practitioner works at {@code site} (half days allowed). */
    public double daysAt(Site site) {
        double away = 0;
        for (int i = 0; i < colocatedSites.length; i++) {
            if (colocatedSites[i] == site) {
                return colocatedDays[i];
            }
            away += colocatedDays[i];
        }
        return site == base ? Math.max(0, 5 - away) : 0;
    }

    public int capacity() {
        return capacity;
    }

    public int caseload() {
        return caseload;
    }

    public boolean hasRoom() {
        return caseload < capacity;
    }

    public void openCase() {
        caseload++;
    }

    public void closeCase() {
        if (caseload == 0) {
            throw new IllegalStateException("practitioner " + id + " has no open case to close");
        }
        caseload--;
    }

    public boolean cafTrained() {
        return cafTrained;
    }

    public void setCafTrained(boolean trained) {
        this.cafTrained = trained;
    }

    public boolean jointlyTrained() {
        return jointlyTrained;
    }

    public void setJointlyTrained(boolean trained) {
        this.jointlyTrained = trained;
    }

    public CommitmentStage stage() {
        return stage;
    }

    public void setStage(CommitmentStage stage) {
        this.stage = stage;
    }

    /** Risk aversion at {@code day}, in [0,1], relaxing with the given half-life. */
    public double riskAversion(double day, double halfLife) {
        return riskAversion * Math.pow(0.5, (day - riskAversionDay) / halfLife);
    }

    public void raiseRiskAversion(double day, double halfLife, double shock) {
        double now = riskAversion(day, halfLife);
        riskAversion = now + (1 - now) * shock;
        riskAversionDay = day;
    }

    public int quickWins() {
        return quickWins;
    }

    public void addQuickWin() {
        quickWins++;
    }

    public int setbacks() {
        return setbacks;
    }

    public void addSetback() {
        setbacks++;
    }

    /**
     * A newcomer takes the post, with its caseload and its place on site: the person's stage,
     * training, risk aversion and record start again.
     */
    /** Covered by agency staff until the post's permanent appointment. */
    public boolean agencyStaff() {
        return agencyMonthsLeft > 0;
    }

    /** The post is covered by agency staff for {@code months} months from now. */
    public void coverByAgency(int months) {
        agencyMonthsLeft = months;
    }

    /**
     * A month of agency cover has passed; true if the cover has just ended, with the permanent
     * appointment of a new practitioner to the post.
     */
    public boolean monthOfCover() {
        if (agencyMonthsLeft > 0) {
            agencyMonthsLeft--;
            return agencyMonthsLeft == 0;
        }
        return false;
    }

    public void newcomer(CommitmentStage stage, boolean cafTrained) {
        this.stage = stage;
        this.cafTrained = cafTrained;
        this.jointlyTrained = false;
        this.riskAversion = 0;
        this.quickWins = 0;
        this.setbacks = 0;
        this.newcomers++;
    }

    /**
     * How many newcomers have taken the post since the start: what was given to the person before
     * (training, say) can be told from what the newcomer came with.
     */
    public int newcomers() {
        return newcomers;
    }

    /** Forgets last month's wins and setbacks once adoption has taken them into account. */
    public void clearMonth() {
        quickWins = 0;
        setbacks = 0;
    }

    @Override
    public String toString() {
        return role + "#" + id;
    }
}
