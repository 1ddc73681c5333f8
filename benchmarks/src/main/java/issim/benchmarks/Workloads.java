package issim.benchmarks;

import issim.core.World;
import issim.core.observe.MonthlyReport;
import issim.core.observe.Observer;
import issim.core.params.Interventions;
import issim.core.params.LocalityParameters;
import issim.core.params.ModelParameters;
import issim.core.process.Calendar;

/**
 * The whole-model workloads of issue 5, shared by {@link WholeModelBenchmark}, {@link
 * ReplicationScalingBenchmark} and {@link PeakHeap} so that they measure the same runs.
 *
 * <ul>
 *   <li>Locality size: the default locality (10,000 children, 14 primaries, 3 secondaries) scaled
 *       by children / 10,000, so 100,000 children have 140 primaries and 30 secondaries. Families,
 *       pastoral staff per school and every rate stay at their defaults.
 *   <li>Scenario {@code baseline}: the silo baseline, {@link ModelParameters#defaults()}.
 *   <li>Scenario {@code whole-system}: co-location in every secondary school, the common assessment
 *       rolled out to 0.8 of practitioners with line-manager support, an integrated services
 *       leader, and a no-blame culture ({@code blame = false}), all from day 0 (no stagger).
 * </ul>
 *
 * <p>Runs keep the model's default horizon (3,650 days) and default warm-up unless a caller changes
 * them.
 */
final class Workloads {
    static final String BASELINE = "baseline";
    static final String WHOLE_SYSTEM = "whole-system";
    static final long SEED = 20240611L;

    private Workloads() {}

    /**
     * The default locality scaled to {@code children}; schools scale with it (at least one of
     * each).
     */
    static LocalityParameters locality(int children) {
        LocalityParameters d = LocalityParameters.defaults();
        double scale = (double) children / d.children();
        int primaries = Math.max(1, (int) Math.round(d.primarySchools() * scale));
        int secondaries = Math.max(1, (int) Math.round(d.secondarySchools() * scale));
        return new LocalityParameters(
                children,
                primaries,
                secondaries,
                d.childrenPerFamily(),
                d.pastoralStaffPerPrimary(),
                d.pastoralStaffPerSecondary(),
                d.deprivation(),
                d.returns());
    }

    /**
     * Parameters of a default-length run (default horizon and warm-up) of {@code scenario} at
     * {@code children}.
     */
    static ModelParameters parameters(int children, String scenario) {
        ModelParameters p = ModelParameters.defaults().with(locality(children));
        switch (scenario) {
            case BASELINE:
                return p;
            case WHOLE_SYSTEM:
                return wholeSystem(p);
            default:
                throw new IllegalArgumentException(
                        "scenario: expected "
                                + BASELINE
                                + " or "
                                + WHOLE_SYSTEM
                                + ", found "
                                + scenario);
        }
    }

    static ModelParameters wholeSystem(ModelParameters p) {
        Interventions iv =
                p.interventions()
                        .with(p.interventions().coLocation().on(p.locality().secondarySchools()))
                        .with(p.interventions().commonAssessment().rolledOut(0.8))
                        .with(p.interventions().leader().on());
        return p.with(iv).with(p.culture().withBlame(false));
    }

    /**
     * Runs one world to the end of its horizon and returns the simulated child-years after the
     * warm-up: the mean of the monthly "children" measure times the horizon in years.
     */
    static double run(ModelParameters params, long seed) {
        World world = new World(params, seed);
        ChildYears childYears = new ChildYears();
        world.addObserver(childYears);
        world.runToEnd();
        return childYears.mean() * params.horizonDays() / Calendar.YEAR;
    }

    /** Sums the monthly "children" measure; allocation-free apart from what the model reports. */
    static final class ChildYears implements Observer {
        private double sum;
        private int months;

        @Override
        public void onMonth(MonthlyReport report) {
            double n = report.value("children");
            if (!Double.isNaN(n)) {
                sum += n;
                months++;
            }
        }

        double mean() {
            return months == 0 ? 0 : sum / months;
        }
    }
}
