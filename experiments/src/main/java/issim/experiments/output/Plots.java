package issim.experiments.output;

import issim.core.domain.AgencyKind;
import issim.core.domain.CommitmentStage;
import issim.core.observe.Measure;
import issim.experiments.run.Series;
import issim.experiments.stats.Statistics;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The outcome-curve figures: one figure per family of measures (the five ECM outcomes, service
 * measures, trust, costs), one panel per measure, one line per scenario — the mean over
 * replications with its 95% band. In a comparison, one more figure: each scenario's paired
 * difference from the baseline, month by month, with its 95% band. Drawn with JFreeChart, written
 * as PNG and SVG.
 */
final class Plots {
    /** A family of measures drawn as one figure, one panel per measure and group. */
    record Family(String file, String title, List<Shown> panels) {}

    /**
     * A figure as written: its file name without extension, its title and its SVG document (the
     * same on every JDK, unlike the PNG's rasterised pixels).
     */
    record Figure(String file, String title, String svg) {}

    static final List<Family> FAMILIES =
            List.of(
                    new Family(
                            "outcomes",
                            "Every Child Matters outcomes (mean index)",
                            List.of(
                                    Shown.of(Measure.OUTCOME_BE_HEALTHY),
                                    Shown.of(Measure.OUTCOME_STAY_SAFE),
                                    Shown.of(Measure.OUTCOME_ENJOY_AND_ACHIEVE),
                                    Shown.of(Measure.OUTCOME_POSITIVE_CONTRIBUTION),
                                    Shown.of(Measure.OUTCOME_ECONOMIC_WELL_BEING),
                                    Shown.of(Measure.OUTCOME_STAY_SAFE)
                                            .in("q5", "most deprived fifth"))),
                    new Family(
                            "services",
                            "Service measures",
                            List.of(
                                    Shown.of(Measure.UNMET_NEED_SHARE),
                                    Shown.of(Measure.DAYS_TO_HELP),
                                    Shown.of(Measure.CHILDREN_IN_NEED_PER_10K),
                                    Shown.of(Measure.PROTECTION_PLANS_PER_10K),
                                    Shown.of(Measure.REFERRALS_LOST),
                                    Shown.of(Measure.DUPLICATED_ASSESSMENTS),
                                    Shown.of(Measure.FIRST_TIME_ENTRANTS_PER_100K_10_17_YEAR),
                                    Shown.of(Measure.NEET_SHARE_16_18))),
                    new Family(
                            "trust",
                            "Trust and integrated working",
                            List.of(
                                    Shown.of(Measure.TRUST_ACROSS_AGENCIES),
                                    Shown.of(Measure.TRUST_FAMILY),
                                    Shown.of(Measure.COMMITMENT_STAGE_SHARE)
                                            .in(CommitmentStage.COMMITMENT.key(), "committed"),
                                    Shown.of(Measure.COMMON_ASSESSMENTS))),
                    new Family(
                            "costs",
                            "Costs",
                            List.of(
                                    Shown.of(Measure.COST).in(Shown.ALL, "all agencies").withUnit(),
                                    Shown.of(Measure.COST)
                                            .in(AgencyKind.SOCIAL_CARE.key(), "social care")
                                            .withUnit(),
                                    Shown.of(Measure.COST)
                                            .in(AgencyKind.SCHOOL.key(), "schools")
                                            .withUnit(),
                                    Shown.of(Measure.COST)
                                            .in(AgencyKind.POLICE.key(), "police")
                                            .withUnit())));

    /**
     * The headline measures of a comparison, drawn as the difference of each scenario from the
     * baseline on the same seed.
     */
    static final Family DIFFERENCES =
            new Family(
                    "differences",
                    "Difference from the baseline: scenario minus baseline on the same seed, with"
                            + " its 95% band",
                    List.of(
                            Shown.of(Measure.UNMET_NEED_SHARE),
                            Shown.of(Measure.DAYS_TO_HELP),
                            Shown.of(Measure.REFERRALS_LOST),
                            Shown.of(Measure.DUPLICATED_ASSESSMENTS),
                            Shown.of(Measure.FIRST_TIME_ENTRANTS_PER_100K_10_17_YEAR),
                            Shown.of(Measure.NEET_SHARE_16_18),
                            Shown.of(Measure.OUTCOME_STAY_SAFE),
                            Shown.of(Measure.OUTCOME_STAY_SAFE).in("q5", "most deprived fifth"),
                            Shown.of(Measure.TRUST_ACROSS_AGENCIES),
                            Shown.of(Measure.COST).in(Shown.ALL, "all agencies").withUnit()));

    /**
     * Units whose values cannot be negative: counts, shares, rates, indices and trust in [0, 1],
     * days, costs and school numbers. A level band is clipped at zero only for these; a new unit is
     * left unclipped until it is added here.
     */
    private static final Set<String> NON_NEGATIVE_UNITS =
            Set.of(
                    "index",
                    "share",
                    "trust",
                    "children",
                    "referrals",
                    "cases",
                    "days",
                    "weeks",
                    "per month",
                    "per 10,000 children",
                    "per 10,000 children a year",
                    "per 100,000 aged 10-17 a year",
                    "GBP",
                    "school number");

    private static final Color[] PALETTE = {
        new Color(0x44, 0x44, 0x44),
        new Color(0x1b, 0x9e, 0x77),
        new Color(0xd9, 0x5f, 0x02),
        new Color(0x75, 0x70, 0xb3),
        new Color(0xe7, 0x29, 0x8a),
        new Color(0x66, 0xa6, 0x1e),
        new Color(0xe6, 0xab, 0x02),
        new Color(0xa6, 0x76, 0x1d)
    };
    private static final int PANEL_W = 480, PANEL_H = 300, COLUMNS = 2, TITLE_H = 40;

    /**
     * The narrowest vertical range, as a share of the magnitude of the values: a flat line (a fixed
     * staff cost, say) would otherwise get a range of 1e-8 and ticks too close to label.
     */
    private static final double MIN_SPAN = 0.02;

    /** Space above and below the data, as a share of the range. */
    private static final double MARGIN = 0.05;

    private Plots() {}

    /**
     * Writes each family as {@code <file>.png} and {@code <file>.svg}, and in a comparison the
     * differences from the baseline; returns the figures in that order.
     */
    static List<Figure> write(Path dir, List<List<Series>> results, boolean compare)
            throws IOException {
        List<Figure> figures = new ArrayList<>();
        for (Family f : FAMILIES) {
            List<JFreeChart> charts = new ArrayList<>();
            for (int i = 0; i < f.panels().size(); i++) {
                charts.add(levels(f.panels().get(i), results, i == 0));
            }
            figures.add(write(dir, f, charts));
        }
        if (compare && results.size() > 1) {
            List<JFreeChart> charts = new ArrayList<>();
            for (int i = 0; i < DIFFERENCES.panels().size(); i++) {
                charts.add(differences(DIFFERENCES.panels().get(i), results, i == 0));
            }
            boolean band = results.get(0).size() > 1;
            String title =
                    band
                            ? DIFFERENCES.title()
                            : "Difference from the baseline: scenario minus baseline on the same seed"
                                    + " (one replication: no band)";
            figures.add(
                    write(
                            dir,
                            new Family(DIFFERENCES.file(), title, DIFFERENCES.panels()),
                            charts));
        }
        return figures;
    }

    private static Figure write(Path dir, Family f, List<JFreeChart> charts) throws IOException {
        int rows = (charts.size() + COLUMNS - 1) / COLUMNS;
        int width = PANEL_W * COLUMNS, height = TITLE_H + rows * PANEL_H;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        draw(g, f.title(), charts, width, height);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Files.write(dir.resolve(f.file() + ".png"), png.toByteArray());
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        // The default prefix is time-based: outputs must be reproducible.
        svg.setDefsKeyPrefix("issim-" + f.file() + "-");
        draw(svg, f.title(), charts, width, height);
        String document = svg.getSVGDocument();
        Files.writeString(dir.resolve(f.file() + ".svg"), document, StandardCharsets.UTF_8);
        return new Figure(f.file(), f.title(), document);
    }

    private static void draw(
            Graphics2D g, String title, List<JFreeChart> charts, int width, int height) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, 12, 26);
        for (int i = 0; i < charts.size(); i++) {
            int x = (i % COLUMNS) * PANEL_W, y = TITLE_H + (i / COLUMNS) * PANEL_H;
            charts.get(i).draw(g, new Rectangle2D.Double(x, y, PANEL_W, PANEL_H));
        }
    }

    /** Whether {@code m}'s values cannot be negative, so a band below zero means nothing. */
    static boolean nonNegative(Measure m) {
        return NON_NEGATIVE_UNITS.contains(m.unit());
    }

    /** The panel of one measure's level: per scenario, the monthly mean with its 95% band. */
    static JFreeChart levels(Shown p, List<List<Series>> results, boolean legend) {
        boolean clip = nonNegative(p.measure());
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        boolean band = false;
        for (List<Series> scenario : results) {
            YIntervalSeries line = new YIntervalSeries(scenario.get(0).scenario());
            int months = scenario.get(0).months();
            for (int m = 0; m < months; m++) {
                Statistics s = Statistics.of(month(scenario, p, m));
                if (s.n() == 0) {
                    continue;
                }
                // A month observed in one replication only (days to help in a quiet month) has no
                // interval: the band narrows to the line there rather than invent one.
                double low = s.mean(), high = s.mean();
                if (s.hasInterval()) {
                    // The t interval is symmetric; a count or share cannot go below zero.
                    low = clip ? Math.max(0, s.low()) : s.low();
                    high = s.high();
                    band = true;
                }
                line.add(scenario.get(0).day(m) / 365.0, s.mean(), low, high);
            }
            data.addSeries(line);
        }
        Range range = range(data, false, 0, clip);
        // The unit on the axis, as titles state it only where the label does not.
        return chart(p.label(), data, axis(p.measure().unit(), range), band, 0, legend);
    }

    /**
     * The panel of one measure's difference from the baseline: per compared scenario, the monthly
     * mean of the paired differences (scenario minus baseline, replication by replication, so on
     * the same seed) with its 95% band, against a line at zero, the baseline.
     */
    static JFreeChart differences(Shown p, List<List<Series>> results, boolean legend) {
        List<Series> baseline = results.get(0);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        boolean band = false;
        double level = 0;
        for (int m = 0; m < baseline.get(0).months(); m++) {
            double mean = Statistics.of(month(baseline, p, m)).mean();
            if (!Double.isNaN(mean)) {
                level = Math.max(level, Math.abs(mean));
            }
        }
        for (List<Series> scenario : results.subList(1, results.size())) {
            for (int r = 0; r < scenario.size(); r++) {
                if (scenario.get(r).seed() != baseline.get(r).seed()) {
                    throw new IllegalStateException(
                            "replication "
                                    + r
                                    + " of "
                                    + scenario.get(0).scenario()
                                    + " ran on another seed than the baseline's");
                }
            }
            YIntervalSeries line = new YIntervalSeries(scenario.get(0).scenario());
            int months = Math.min(scenario.get(0).months(), baseline.get(0).months());
            for (int m = 0; m < months; m++) {
                Statistics d = Statistics.paired(month(scenario, p, m), month(baseline, p, m));
                if (d.n() == 0) {
                    continue;
                }
                double low = d.mean(), high = d.mean();
                if (d.hasInterval()) {
                    low = d.low();
                    high = d.high();
                    band = true;
                }
                line.add(scenario.get(0).day(m) / 365.0, d.mean(), low, high);
            }
            data.addSeries(line);
        }
        String better =
                switch (p.measure().better()) {
                    case HIGHER -> " (higher is better)";
                    case LOWER -> " (lower is better)";
                    case NEITHER -> "";
                };
        // The figure's title says these are differences; the axis gives the unit.
        Range range = range(data, true, level, false);
        NumberAxis value = axis(p.measure().unit(), range);
        JFreeChart chart = chart(p.label() + better, data, value, band, 1, legend);
        // The baseline is the line at zero, in the baseline's colour under the scenarios' lines.
        ValueMarker zero = new ValueMarker(0, PALETTE[0], new BasicStroke(1.2f));
        zero.setLabel("baseline");
        zero.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        zero.setLabelPaint(PALETTE[0]);
        zero.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        // The label goes on the roomier side of the line, so the plot's edge does not cut it.
        boolean above = range != null && -range.getLowerBound() < range.getUpperBound();
        zero.setLabelAnchor(above ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT);
        zero.setLabelTextAnchor(above ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT);
        chart.getXYPlot().addRangeMarker(zero, Layer.BACKGROUND);
        return chart;
    }

    /** The values of {@code p} in month {@code m}, one per replication (NaN where unobserved). */
    private static double[] month(List<Series> scenario, Shown p, int m) {
        double[] v = new double[scenario.size()];
        for (int r = 0; r < v.length; r++) {
            double[] values = scenario.get(r).values(p.measure().key(), p.group());
            v[r] = values == null || m >= values.length ? Double.NaN : values[m];
        }
        return v;
    }

    /**
     * The vertical range: the lines and bands with a margin, at least {@link #MIN_SPAN} of the
     * magnitude of the values (or of {@code scale}, the level a difference is of) wide, through
     * zero if {@code withZero}, and not below zero if {@code nonNegative}; null without data.
     */
    static Range range(
            YIntervalSeriesCollection data, boolean withZero, double scale, boolean nonNegative) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                lo = Math.min(lo, data.getStartYValue(s, i));
                hi = Math.max(hi, data.getEndYValue(s, i));
            }
        }
        if (withZero) {
            lo = Math.min(lo, 0);
            hi = Math.max(hi, 0);
        }
        if (!(lo <= hi)) {
            return null;
        }
        double magnitude = Math.max(scale, Math.max(Math.abs(lo), Math.abs(hi)));
        double min = magnitude > 0 ? MIN_SPAN * magnitude : 1;
        if (hi - lo < min) {
            double mid = (lo + hi) / 2;
            lo = mid - min / 2;
            hi = mid + min / 2;
        }
        double margin = MARGIN * (hi - lo);
        lo -= margin;
        hi += margin;
        if (nonNegative && lo < 0) {
            hi -= lo;
            lo = 0;
        }
        return new Range(lo, hi);
    }

    /** A value axis labelled {@code label}, over {@code range} or, if null, the data's. */
    private static NumberAxis axis(String label, Range range) {
        NumberAxis value = new NumberAxis(label);
        value.setStandardTickUnits(ticks());
        value.setAutoRangeIncludesZero(false);
        if (range != null) {
            value.setRange(range);
        }
        return value;
    }

    /**
     * Tick sizes of 1, 2 and 5 times a power of ten, each labelled with as many decimals as its
     * size needs, so neighbouring ticks never read the same; digits grouped by thousands, never in
     * E notation, and the same in every locale.
     */
    static TickUnits ticks() {
        TickUnits units = new TickUnits();
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        for (int k = -9; k <= 12; k++) {
            String pattern = k >= 0 ? "#,##0" : "#,##0." + "0".repeat(-k);
            for (int step : new int[] {1, 2, 5}) {
                units.add(new Tick(step * Math.pow(10, k), new DecimalFormat(pattern, symbols)));
            }
        }
        return units;
    }

    /** A tick unit that labels a tick computed as -1e-17 as zero, not "-0.00". */
    private static final class Tick extends NumberTickUnit {
        Tick(double size, DecimalFormat format) {
            super(size, format);
        }

        @Override
        public String valueToString(double value) {
            return super.valueToString(Math.abs(value) < getSize() * 1e-6 ? 0 : value);
        }
    }

    private static JFreeChart chart(
            String title,
            YIntervalSeriesCollection data,
            NumberAxis value,
            boolean band,
            int firstColour,
            boolean legend) {
        NumberAxis years = new NumberAxis("years");
        years.setStandardTickUnits(ticks());
        // With one replication there is no interval, so no band at all, not one of zero width.
        XYLineAndShapeRenderer renderer =
                band ? new DeviationRenderer(true, false) : new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            Color c = PALETTE[(firstColour + s) % PALETTE.length];
            renderer.setSeriesPaint(s, c);
            renderer.setSeriesFillPaint(s, c);
            renderer.setSeriesStroke(s, new BasicStroke(1.6f));
        }
        if (renderer instanceof DeviationRenderer deviation) {
            deviation.setAlpha(0.18f);
        }
        XYPlot plot = new XYPlot(data, years, value, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        JFreeChart chart =
                new JFreeChart(
                        null,
                        new Font(Font.SANS_SERIF, Font.PLAIN, 11),
                        plot,
                        legend); // one legend a figure
        chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 12)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }
}
