package issim.experiments;

import issim.core.World;
import issim.core.observe.MonthlyReport;
import issim.core.params.Interventions;
import issim.core.params.ModelParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The issim command. For now it runs the main job only: the silo baseline against co-location, a
 * school-based police officer and the three-tier prevention model on the default locality, with
 * common seeds, and writes a summary table and a short report. The full command line (scenario
 * files, run/compare/sweep, plots and the HTML report) is the experiments module's next step.
 */
public final class Issim {
    static final String[] MEASURES = {"children_in_need_per_10k", "protection_plans_per_10k", "social_care_referrals_per_10k_year",
            "first_time_entrants_per_1000_10_17_year", "neet_share_16_17", "unmet_need_share", "days_to_help", "referrals_lost",
            "duplicated_assessments", "asb_incidents_at_school", "trust_across_agencies", "outcome.stay_safe",
            "outcome.enjoy_and_achieve", "cost"};

    private Issim() {
    }

    public static void main(String[] args) {
        int replications = 5;
        Path out = Path.of("issim-out");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "compare" -> {
                }
                case "--replications" -> replications = Integer.parseInt(value(args, ++i));
                case "--out" -> out = Path.of(value(args, ++i));
                case "--help", "-h" -> {
                    System.out.println("usage: issim [compare] [--replications N] [--out DIR]");
                    return;
                }
                default -> {
                    System.err.println("issim: unknown argument '" + args[i] + "' (expected compare, --replications N or --out DIR)");
                    System.exit(2);
                }
            }
        }
        if (replications < 1) {
            System.err.println("issim: --replications: expected at least 1, found " + replications);
            System.exit(2);
        }
        Map<String, UnaryOperator<Interventions>> scenarios = new LinkedHashMap<>();
        scenarios.put("baseline", iv -> iv);
        scenarios.put("co-location", iv -> iv.with(iv.coLocation().on(3)));
        scenarios.put("school-police-officer", iv -> iv.with(iv.schoolPoliceOfficer().on(false)));
        scenarios.put("three-tier-prevention", iv -> iv.with(iv.threeTier().on()));
        ModelParameters base = ModelParameters.defaults();
        Map<String, double[][]> results = new LinkedHashMap<>();
        for (var e : scenarios.entrySet()) {
            ModelParameters p = base.with(e.getValue().apply(base.interventions()));
            double[][] perRep = new double[replications][];
            for (int r = 0; r < replications; r++) {
                perRep[r] = means(World.run(p, r + 1));
                System.out.printf(Locale.ROOT, "%s: replication %d of %d done%n", e.getKey(), r + 1, replications);
            }
            results.put(e.getKey(), perRep);
        }
        write(out, results, replications);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            System.err.println("issim: " + args[i - 1] + ": expected a value, found nothing");
            System.exit(2);
        }
        return args[i];
    }

    /** Mean of each measure over the run's months. */
    static double[] means(List<MonthlyReport> run) {
        double[] m = new double[MEASURES.length];
        for (int k = 0; k < MEASURES.length; k++) {
            double sum = 0;
            int n = 0;
            for (MonthlyReport r : run) {
                double v = r.value(MEASURES[k]);
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            m[k] = n == 0 ? Double.NaN : sum / n;
        }
        return m;
    }

    private static void write(Path out, Map<String, double[][]> results, int replications) {
        StringBuilder csv = new StringBuilder("scenario,measure,mean,sd,ci95_low,ci95_high,diff_from_baseline,diff_ci95_low,diff_ci95_high,pct_change\n");
        StringBuilder md = new StringBuilder("# issim: baseline compared with three interventions\n\n");
        md.append("Default locality (~10,000 children), ten years after a three-year warm-up, ").append(replications)
                .append(" replications with common seeds. Values are monthly means over the run; differences are paired by seed with 95% confidence intervals.\n\n");
        md.append("A model, not a forecast: the differences show what the modelled mechanisms do, under the stated assumptions.\n\n");
        double[][] base = results.get("baseline");
        List<String> rows = new ArrayList<>();
        for (var e : results.entrySet()) {
            md.append("## ").append(e.getKey()).append("\n\n| measure | mean | 95% CI | vs baseline | 95% CI | change |\n|---|---|---|---|---|---|\n");
            for (int k = 0; k < MEASURES.length; k++) {
                double[] v = column(e.getValue(), k);
                double[] d = new double[v.length];
                double[] b = column(base, k);
                for (int r = 0; r < v.length; r++) {
                    d[r] = v[r] - b[r];
                }
                Stats s = Stats.of(v), ds = Stats.of(d);
                double pct = Stats.of(b).mean() == 0 ? Double.NaN : 100 * ds.mean() / Stats.of(b).mean();
                rows.add(String.format(Locale.ROOT, "%s,%s,%.6g,%.6g,%.6g,%.6g,%.6g,%.6g,%.6g,%.4g", e.getKey(), MEASURES[k], s.mean(), s.sd(),
                        s.low(), s.high(), ds.mean(), ds.low(), ds.high(), pct));
                md.append(String.format(Locale.ROOT, "| %s | %.4g | %.4g to %.4g | %+.4g | %+.4g to %+.4g | %+.1f%% |%n", MEASURES[k], s.mean(), s.low(),
                        s.high(), ds.mean(), ds.low(), ds.high(), pct));
            }
            md.append('\n');
        }
        rows.forEach(r -> csv.append(r).append('\n'));
        try {
            Files.createDirectories(out);
            atomicWrite(out.resolve("summary.csv"), csv.toString());
            atomicWrite(out.resolve("report.md"), md.toString());
        } catch (IOException e) {
            System.err.println("issim: cannot write to " + out + ": " + e.getMessage());
            System.exit(2);
        }
        System.out.println("wrote " + out.resolve("summary.csv") + " and " + out.resolve("report.md"));
    }

    private static double[] column(double[][] rows, int k) {
        double[] c = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            c[r] = rows[r][k];
        }
        return c;
    }

    static void atomicWrite(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".issim", ".tmp");
        try {
            Files.writeString(tmp, text);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Mean, standard deviation and a t-based 95% confidence interval over replications. */
    record Stats(double mean, double sd, double low, double high) {
        static Stats of(double[] v) {
            var d = new org.apache.commons.math3.stat.descriptive.DescriptiveStatistics(v);
            double mean = d.getMean();
            if (v.length < 2) {
                return new Stats(mean, 0, mean, mean);
            }
            double sd = d.getStandardDeviation();
            double t = new org.apache.commons.math3.distribution.TDistribution(v.length - 1).inverseCumulativeProbability(0.975);
            double half = t * sd / Math.sqrt(v.length);
            return new Stats(mean, sd, mean - half, mean + half);
        }
    }
}
