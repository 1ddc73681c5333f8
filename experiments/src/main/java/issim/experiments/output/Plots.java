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
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The outcome-curve figures: one figure per family of measures (the five ECM outcomes, service
 * measures, trust, costs), one panel per measure, one line per scenario — the mean over
 * replications with its 95% band. Drawn with JFreeChart, written as PNG and SVG.
 */
final class Plots {
    /** A family of measures drawn as one figure, one panel per measure and group. */
    record Family(String file, String title, List<Shown> panels) {}

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
                                    Shown.of(Measure.FIRST_TIME_ENTRANTS_PER_1000_10_17_YEAR),
                                    Shown.of(Measure.NEET_SHARE_16_17))),
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

    private Plots() {}

    /**
     * Writes each family as {@code <file>.png} and {@code <file>.svg}; returns the PNG bytes by
     * family.
     */
    static List<byte[]> write(Path dir, List<List<Series>> results) throws IOException {
        List<byte[]> pngs = new ArrayList<>();
        for (Family f : FAMILIES) {
            int rows = (f.panels().size() + COLUMNS - 1) / COLUMNS;
            int width = PANEL_W * COLUMNS, height = TITLE_H + rows * PANEL_H;
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            draw(g, f, results, width, height);
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            Files.write(dir.resolve(f.file() + ".png"), png.toByteArray());
            pngs.add(png.toByteArray());
            SVGGraphics2D svg = new SVGGraphics2D(width, height);
            svg.setDefsKeyPrefix(
                    "issim-" + f.file() + "-"); // the default prefix is time-based: outputs must be
            // reproducible
            draw(svg, f, results, width, height);
            Files.writeString(
                    dir.resolve(f.file() + ".svg"), svg.getSVGDocument(), StandardCharsets.UTF_8);
        }
        return pngs;
    }

    private static void draw(
            Graphics2D g, Family f, List<List<Series>> results, int width, int height) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(f.title(), 12, 26);
        for (int i = 0; i < f.panels().size(); i++) {
            Shown p = f.panels().get(i);
            int x = (i % COLUMNS) * PANEL_W, y = TITLE_H + (i / COLUMNS) * PANEL_H;
            chart(p, results, i == 0).draw(g, new Rectangle2D.Double(x, y, PANEL_W, PANEL_H));
        }
    }

    static JFreeChart chart(Shown p, List<List<Series>> results, boolean legend) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (List<Series> scenario : results) {
            YIntervalSeries line = new YIntervalSeries(scenario.get(0).scenario());
            int months = scenario.get(0).months();
            for (int m = 0; m < months; m++) {
                double[] v = new double[scenario.size()];
                for (int r = 0; r < v.length; r++) {
                    double[] values = scenario.get(r).values(p.measure().key(), p.group());
                    v[r] = values == null ? Double.NaN : values[m];
                }
                Statistics s = Statistics.of(v);
                if (s.n() > 0) {
                    line.add(scenario.get(0).day(m) / 365.0, s.mean(), s.low(), s.high());
                }
            }
            data.addSeries(line);
        }
        NumberAxis years = new NumberAxis("years");
        // The unit on the axis, as titles state it only where the label does not.
        NumberAxis value = new NumberAxis(p.measure().unit());
        value.setAutoRangeIncludesZero(false);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        for (int s = 0; s < results.size(); s++) {
            Color c = PALETTE[s % PALETTE.length];
            renderer.setSeriesPaint(s, c);
            renderer.setSeriesFillPaint(s, c);
            renderer.setSeriesStroke(s, new BasicStroke(1.6f));
        }
        renderer.setAlpha(0.18f);
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
        chart.setTitle(new TextTitle(p.label(), new Font(Font.SANS_SERIF, Font.BOLD, 12)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }
}
