package issim.experiments.sweep;

import issim.core.observe.Measure;
import issim.experiments.stats.Bootstrap;
import issim.experiments.stats.MorrisEffects;
import issim.experiments.stats.SobolIndices;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;

/**
 * Writes a sensitivity analysis: indices.csv (every measure, factor and index with its 95%
 * interval), variance.csv (each measure's variance between runs and the share that is replication
 * noise), the figures as PNG, and report.html — one self-contained page in the comparison report's
 * style: what was swept, then for each reported measure a tornado chart and its indices with
 * intervals, the response scatter plots, and for a Sobol design the convergence of the indices.
 */
public final class SensitivityReport {
    /**
     * A measure more than this share replication noise is flagged: its indices are mostly chance.
     */
    static final double NOISY = 0.5;

    public static final List<String> FILES =
            List.of("indices.csv", "variance.csv", "tornado.png", "scatter.png", "report.html");

    private SensitivityReport() {}

    /**
     * @param all the analysis of every measure (for the CSV files)
     * @param shown the measures the report shows, the first also in the scatter plots
     */
    public static void write(
            Path dir,
            Design d,
            String baseHash,
            Responses responses,
            List<Sensitivity.Result> all,
            List<String> shown)
            throws IOException {
        Files.writeString(dir.resolve("indices.csv"), indices(d, all), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("variance.csv"), variance(all), StandardCharsets.UTF_8);
        List<Sensitivity.Result> reported = new ArrayList<>();
        for (String m : shown) {
            for (Sensitivity.Result r : all) {
                if (r.measure().equals(m)) {
                    reported.add(r);
                }
            }
        }
        List<JFreeChart> tornados = new ArrayList<>();
        for (Sensitivity.Result r : reported) {
            tornados.add(SweepCharts.tornado(label(r.measure()), d.factors(), r));
        }
        byte[] tornado = SweepCharts.png(tornados, 2);
        Files.write(dir.resolve("tornado.png"), tornado);
        String primary = reported.get(0).measure();
        byte[] scatter = SweepCharts.png(scatters(d, responses, primary), 2);
        Files.write(dir.resolve("scatter.png"), scatter);
        byte[] convergence = null;
        if (d.kind() == DesignKind.SOBOL && reported.get(0).convergenceRows().length > 1) {
            convergence =
                    SweepCharts.png(
                            List.of(
                                    SweepCharts.convergence(
                                            label(primary), d.factors(), reported.get(0))),
                            1);
            Files.write(dir.resolve("convergence.png"), convergence);
        }
        Files.writeString(
                dir.resolve("report.html"),
                html(d, baseHash, reported, tornado, scatter, convergence),
                StandardCharsets.UTF_8);
    }

    private static List<JFreeChart> scatters(Design d, Responses responses, String measure) {
        List<Point> points = Points.of(d);
        double[][] runs = responses.values(measure);
        List<JFreeChart> out = new ArrayList<>();
        for (int i = 0; i < d.factors().size(); i++) {
            Factor f = d.factors().get(i);
            List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
            for (Point p : points) {
                for (double v : runs[p.index()]) {
                    xs.add(f.numeric(p.values().get(i)));
                    ys.add(v);
                }
            }
            out.add(
                    SweepCharts.scatter(
                            f.path(),
                            label(measure),
                            xs.stream().mapToDouble(Double::doubleValue).toArray(),
                            ys.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return out;
    }

    static String indices(Design d, List<Sensitivity.Result> all) {
        StringBuilder b =
                new StringBuilder("measure,factor,method,index,estimate,ci95_low,ci95_high\n");
        for (Sensitivity.Result r : all) {
            for (int i = 0; i < d.factors().size(); i++) {
                String f = d.factors().get(i).path();
                if (r.sobol() != null) {
                    SobolIndices.Indices s = r.sobol()[i];
                    row(b, r.measure(), f, "sobol", "first", s.first());
                    row(b, r.measure(), f, "sobol", "total", s.total());
                } else {
                    MorrisEffects.Effect e = r.morris()[i];
                    row(b, r.measure(), f, "morris", "mu_star", e.muStar());
                    row(
                            b,
                            r.measure(),
                            f,
                            "morris",
                            "mu",
                            new Bootstrap.Interval(e.mu(), Double.NaN, Double.NaN));
                    row(
                            b,
                            r.measure(),
                            f,
                            "morris",
                            "sigma",
                            new Bootstrap.Interval(e.sigma(), Double.NaN, Double.NaN));
                }
            }
        }
        return b.toString();
    }

    private static void row(
            StringBuilder b,
            String m,
            String f,
            String method,
            String index,
            Bootstrap.Interval v) {
        b.append(m).append(',').append(f).append(',').append(method).append(',').append(index);
        b.append(',').append(Merge.number(v.estimate()));
        b.append(',').append(Merge.number(v.low()));
        b.append(',').append(Merge.number(v.high())).append('\n');
    }

    static String variance(List<Sensitivity.Result> all) {
        StringBuilder b = new StringBuilder("measure,variance,replication_noise_share\n");
        for (Sensitivity.Result r : all) {
            b.append(r.measure())
                    .append(',')
                    .append(Merge.number(r.variance()))
                    .append(',')
                    .append(Merge.number(r.noiseShare()))
                    .append('\n');
        }
        return b.toString();
    }

    private static String html(
            Design d,
            String baseHash,
            List<Sensitivity.Result> reported,
            byte[] tornado,
            byte[] scatter,
            byte[] convergence) {
        boolean sobol = d.kind() == DesignKind.SOBOL;
        StringBuilder h = new StringBuilder(1 << 16);
        h.append(
                        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>issim sensitivity</title>\n<style>\n")
                .append(
                        "body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222;line-height:1.4}")
                .append(
                        "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 6px;font-size:13px}")
                .append(
                        "th{background:#f3f3f3}td.n{text-align:right}img{max-width:100%}.caveat{background:#fff8e1;padding:.6em 1em}")
                .append("\n</style>\n</head>\n<body>\n");
        h.append("<h1>issim: sensitivity of the sweep ").append(esc(d.name())).append("</h1>\n");
        h.append("<h2>What was swept</h2>\n<p>")
                .append(
                        sobol
                                ? "A Sobol design (Saltelli's scheme) of " + d.size() + " base rows"
                                : "A Morris design of "
                                        + d.size()
                                        + " trajectories on "
                                        + d.morrisLevels()
                                        + " levels")
                .append(", ")
                .append(Points.of(d).size())
                .append(" points, ")
                .append(d.replications())
                .append(" replication(s) each, on the base scenario <b>")
                .append(esc(d.base().name()))
                .append("</b> (")
                .append(esc(baseHash))
                .append("); design seed ")
                .append(d.seed())
                .append(".</p>\n<table><tr><th>factor</th><th>values</th></tr>\n");
        for (Factor f : d.factors()) {
            h.append("<tr><td>")
                    .append(esc(f.path()))
                    .append("</td><td>")
                    .append(esc(describe(f)))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        h.append("<h2>Which factors matter</h2>\n<p>")
                .append(
                        sobol
                                ? "Each measure's mean over a point's replications, decomposed: the"
                                        + " first-order index S is the share of its variance due to"
                                        + " the factor alone, the total index ST the share in which"
                                        + " the factor takes part, interactions included (Saltelli"
                                        + " 2010 and Jansen estimators; 95% intervals by bootstrap"
                                        + " over the base rows)."
                                : "Morris's elementary effects on the unit scale of each factor's"
                                        + " range: μ* (the mean absolute effect) ranks influence, σ"
                                        + " shows interaction or non-linearity, μ's sign the"
                                        + " direction (95% interval of μ* by bootstrap over the"
                                        + " trajectories).")
                .append(" Factors are sorted by influence, largest at the top.</p>\n");
        image(h, tornado, "Tornado charts of the indices");
        for (Sensitivity.Result r : reported) {
            h.append("<h3>").append(esc(label(r.measure()))).append("</h3>\n<p>");
            h.append("Variance between runs ").append(fmt(r.variance()));
            if (!Double.isNaN(r.noiseShare())) {
                h.append("; ")
                        .append(String.format(Locale.ROOT, "%.0f%%", 100 * r.noiseShare()))
                        .append(" of it is replication noise (the variance within a point)");
                if (r.noiseShare() > NOISY) {
                    h.append(
                            ". ⚠ More than half of it is noise: the indices below say more about"
                                    + " chance than about the factors; add replications before"
                                    + " reading them");
                }
            } else {
                h.append("; with one replication per point the noise cannot be separated");
            }
            h.append(".</p>\n<table><tr><th>factor</th>");
            if (sobol) {
                h.append("<th>S</th><th>95% interval</th><th>ST</th><th>95% interval</th></tr>\n");
            } else {
                h.append("<th>μ*</th><th>95% interval</th><th>μ</th><th>σ</th></tr>\n");
            }
            for (int i : byInfluence(r, d.factors().size(), sobol)) {
                h.append("<tr><td>").append(esc(d.factors().get(i).path())).append("</td>");
                if (sobol) {
                    cells(h, r.sobol()[i].first());
                    cells(h, r.sobol()[i].total());
                } else {
                    MorrisEffects.Effect e = r.morris()[i];
                    cells(h, e.muStar());
                    h.append("<td class=\"n\">")
                            .append(fmt(e.mu()))
                            .append("</td><td class=\"n\">")
                            .append(fmt(e.sigma()))
                            .append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<h2>Responses</h2>\n<p>")
                .append(esc(label(reported.get(0).measure())))
                .append(" at every run against each factor.</p>\n");
        image(h, scatter, "Scatter plots of the response against each factor");
        if (convergence != null) {
            h.append("<h2>Convergence</h2>\n<p>The total indices of ")
                    .append(esc(label(reported.get(0).measure())))
                    .append(
                            " on the first 2, 4, … base rows: where the lines have settled, more rows would change little.</p>\n");
            image(h, convergence, "Convergence of the total indices");
        }
        h.append(
                        "<h2>Caveats</h2>\n<div class=\"caveat\"><p>Indices describe this model over these ranges, not the world.")
                .append(
                        " Replication noise adds to the variance of each point's mean and so to every index; where its share is large, add replications.")
                .append(
                        " Estimates of indices near zero can be slightly negative: read them as zero.</p></div>\n")
                .append("</body>\n</html>\n");
        return h.toString();
    }

    /**
     * The factors' indices in order of influence on one measure, largest first: the total index
     * (Sobol) or μ* (Morris); ties, and estimates that are not numbers, keep the design's order.
     */
    static int[] byInfluence(Sensitivity.Result r, int factors, boolean sobol) {
        double[] influence = new double[factors];
        for (int i = 0; i < factors; i++) {
            double v = sobol ? r.sobol()[i].total().estimate() : r.morris()[i].muStar().estimate();
            influence[i] = Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        }
        return java.util.stream.IntStream.range(0, factors)
                .boxed()
                .sorted((x, y) -> Double.compare(influence[y], influence[x]))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static void cells(StringBuilder h, Bootstrap.Interval v) {
        h.append("<td class=\"n\">")
                .append(fmt(v.estimate()))
                .append("</td><td class=\"n\">")
                .append(fmt(v.low()))
                .append(" to ")
                .append(fmt(v.high()))
                .append("</td>");
    }

    private static void image(StringBuilder h, byte[] png, String alt) {
        h.append("<img alt=\"")
                .append(esc(alt))
                .append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png))
                .append("\">\n");
    }

    static String describe(Factor f) {
        if (f instanceof Factor.Range r) {
            return fmt(r.min())
                    + " to "
                    + fmt(r.max())
                    + (r.whole() ? " (whole numbers)" : "")
                    + ", uniform";
        }
        if (f instanceof Factor.Choice c) {
            return "one of " + c.values();
        }
        Factor.Distribution x = (Factor.Distribution) f;
        return switch (x.kind()) {
            case "normal" ->
                    "normal, mean "
                            + fmt(x.a())
                            + ", sd "
                            + fmt(x.b())
                            + (Double.isInfinite(x.lo()) && Double.isInfinite(x.hi())
                                    ? ""
                                    : ", cut at " + fmt(x.lo()) + " and " + fmt(x.hi()));
            case "triangular" ->
                    "triangular from " + fmt(x.a()) + " to " + fmt(x.b()) + ", mode " + fmt(x.c());
            default -> "uniform from " + fmt(x.a()) + " to " + fmt(x.b());
        };
    }

    static String label(String key) {
        for (Measure m : Measure.values()) {
            if (m.key().equals(key)) {
                return m.label();
            }
        }
        return key;
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        if (v == Math.rint(v) && a < 1e6) {
            return Long.toString((long) v);
        }
        if (a != 0 && (a < 0.001 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        return String.format(Locale.ROOT, a >= 100 ? "%.1f" : "%.3f", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
