package issim.experiments.output;

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
    /** A family of measures drawn as one figure. */
    record Family(String file, String title, List<Panel> panels) {}

    /** One panel: a measure and group, with a readable title. */
    record Panel(String measure, String group, String title) {}

    static final List<Family> FAMILIES =
            List.of(
                    new Family(
                            "outcomes",
                            "Every Child Matters outcomes (mean index)",
                            List.of(
                                    new Panel("outcome.be_healthy", "all", "Be healthy"),
                                    new Panel("outcome.stay_safe", "all", "Stay safe"),
                                    new Panel(
                                            "outcome.enjoy_and_achieve",
                                            "all",
                                            "Enjoy and achieve"),
                                    new Panel(
                                            "outcome.positive_contribution",
                                            "all",
                                            "Make a positive contribution"),
                                    new Panel(
                                            "outcome.economic_well_being",
                                            "all",
                                            "Achieve economic well-being"),
                                    new Panel(
                                            "outcome.stay_safe",
                                            "q5",
                                            "Stay safe, most deprived fifth"))),
                    new Family(
                            "services",
                            "Service measures",
                            List.of(
                                    new Panel(
                                            "unmet_need_share",
                                            "all",
                                            "Share of children with unmet need"),
                                    new Panel(
                                            "days_to_help", "all", "Days from need onset to help"),
                                    new Panel(
                                            "children_in_need_per_10k",
                                            "all",
                                            "Children in need per 10,000"),
                                    new Panel(
                                            "protection_plans_per_10k",
                                            "all",
                                            "Protection plans per 10,000"),
                                    new Panel("referrals_lost", "all", "Referrals lost per month"),
                                    new Panel(
                                            "duplicated_assessments",
                                            "all",
                                            "Duplicated assessments per month"),
                                    new Panel(
                                            "first_time_entrants_per_1000_10_17_year",
                                            "all",
                                            "First-time entrants per 1,000 aged 10-17 (a year)"),
                                    new Panel("neet_share_16_17", "all", "NEET share, 16-17"))),
                    new Family(
                            "trust",
                            "Trust and integrated working",
                            List.of(
                                    new Panel(
                                            "trust_across_agencies",
                                            "all",
                                            "Trust between agencies' practitioners"),
                                    new Panel("trust_family", "all", "Families' trust in services"),
                                    new Panel(
                                            "commitment_stage_share",
                                            "commitment",
                                            "Share committed to integrated working"),
                                    new Panel(
                                            "common_assessments",
                                            "all",
                                            "Common assessments per month"))),
                    new Family(
                            "costs",
                            "Costs",
                            List.of(
                                    new Panel("cost", "all", "Cost per month, all agencies (GBP)"),
                                    new Panel(
                                            "cost",
                                            "social_care",
                                            "Cost per month, social care (GBP)"),
                                    new Panel("cost", "school", "Cost per month, schools (GBP)"),
                                    new Panel("cost", "police", "Cost per month, police (GBP)"))));

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
            Panel p = f.panels().get(i);
            int x = (i % COLUMNS) * PANEL_W, y = TITLE_H + (i / COLUMNS) * PANEL_H;
            chart(p, results, i == 0).draw(g, new Rectangle2D.Double(x, y, PANEL_W, PANEL_H));
        }
    }

    static JFreeChart chart(Panel p, List<List<Series>> results, boolean legend) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (List<Series> scenario : results) {
            YIntervalSeries line = new YIntervalSeries(scenario.get(0).scenario());
            int months = scenario.get(0).months();
            for (int m = 0; m < months; m++) {
                double[] v = new double[scenario.size()];
                for (int r = 0; r < v.length; r++) {
                    double[] values = scenario.get(r).values(p.measure(), p.group());
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
        NumberAxis value = new NumberAxis();
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
        chart.setTitle(new TextTitle(p.title(), new Font(Font.SANS_SERIF, Font.BOLD, 12)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }
}
