package issim.experiments.sweep;

import issim.experiments.stats.MorrisEffects;
import issim.experiments.stats.SobolIndices;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The sweep report's figures, drawn with JFreeChart in the comparison report's style (white panels,
 * grey grid, the same dark grey and green): a tornado chart of each measure's indices, scatter
 * plots of a measure against each factor, and the convergence of the total indices.
 */
final class SweepCharts {
    static final Color DARK = new Color(0x44, 0x44, 0x44);
    static final Color GREEN = new Color(0x1b, 0x9e, 0x77);
    static final Color[] PALETTE = {
        DARK,
        GREEN,
        new Color(0xd9, 0x5f, 0x02),
        new Color(0x75, 0x70, 0xb3),
        new Color(0xe7, 0x29, 0x8a),
        new Color(0x66, 0xa6, 0x1e),
        new Color(0xe6, 0xab, 0x02),
        new Color(0xa6, 0x76, 0x1d)
    };
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    static final int W = 480, H = 300;

    private SweepCharts() {}

    /**
     * Factors sorted by influence, largest at the top: total and first-order Sobol indices, or
     * Morris μ* and |μ|.
     */
    static JFreeChart tornado(String title, List<Factor> factors, Sensitivity.Result r) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
            order.add(i);
        }
        String big, small;
        if (r.sobol() != null) {
            SobolIndices.Indices[] s = r.sobol();
            order.sort(Comparator.comparingDouble(i -> -finite(s[i].total().estimate())));
            big = "total (ST)";
            small = "first order (S)";
            for (int i : order) {
                data.addValue(finite(s[i].total().estimate()), big, factors.get(i).path());
                data.addValue(finite(s[i].first().estimate()), small, factors.get(i).path());
            }
        } else {
            MorrisEffects.Effect[] e = r.morris();
            order.sort(Comparator.comparingDouble(i -> -finite(e[i].muStar().estimate())));
            big = "μ*";
            small = "σ";
            for (int i : order) {
                data.addValue(finite(e[i].muStar().estimate()), big, factors.get(i).path());
                data.addValue(finite(e[i].sigma()), small, factors.get(i).path());
            }
        }
        CategoryAxis axis = new CategoryAxis();
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        axis.setMaximumCategoryLabelWidthRatio(0.45f); // dotted paths are long
        NumberAxis value = new NumberAxis(r.sobol() != null ? "index" : "effect (per unit range)");
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, DARK);
        bars.setSeriesPaint(1, GREEN);
        bars.setItemMargin(0.05);
        CategoryPlot plot = new CategoryPlot(data, axis, value, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        return styled(title, plot, true);
    }

    /** The measure at every run against one factor. */
    static JFreeChart scatter(String title, String measure, double[] x, double[] y) {
        XYSeries s = new XYSeries("runs", false, true);
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(y[i])) {
                s.add(x[i], y[i]);
            }
        }
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, new Color(0x44, 0x44, 0x44, 0x99));
        dots.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
        NumberAxis xa = new NumberAxis(title), ya = new NumberAxis(measure);
        xa.setAutoRangeIncludesZero(false);
        ya.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), xa, ya, dots);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        return styled(title, plot, false);
    }

    /** Each factor's total index on the first 2, 4, … base rows. */
    static JFreeChart convergence(String title, List<Factor> factors, Sensitivity.Result r) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int i = 0; i < factors.size(); i++) {
            XYSeries s = new XYSeries(factors.get(i).path(), false, true);
            for (int c = 0; c < r.convergenceRows().length; c++) {
                s.add(r.convergenceRows()[c], finite(r.convergence()[c][i]));
            }
            data.addSeries(s);
        }
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < factors.size(); i++) {
            lines.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            lines.setSeriesStroke(i, new BasicStroke(1.6f));
            lines.setSeriesShape(i, new Rectangle2D.Double(-2, -2, 4, 4));
        }
        NumberAxis rows = new NumberAxis("base rows used");
        rows.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, rows, new NumberAxis("total index (ST)"), lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        return styled(title, plot, true);
    }

    /** Panels side by side, two a row, as one PNG. */
    static byte[] png(List<JFreeChart> charts, int columns) throws IOException {
        int cols = Math.min(columns, Math.max(1, charts.size()));
        int rows = (charts.size() + cols - 1) / cols;
        BufferedImage image =
                new BufferedImage(cols * W, Math.max(1, rows) * H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (int i = 0; i < charts.size(); i++) {
            charts.get(i).draw(g, new Rectangle2D.Double((i % cols) * W, (i / cols) * H, W, H));
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static JFreeChart styled(String title, Plot plot, boolean legend) {
        JFreeChart chart =
                new JFreeChart(null, new Font(Font.SANS_SERIF, Font.PLAIN, 11), plot, legend);
        chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 12)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }

    private static double finite(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
