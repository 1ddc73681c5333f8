package issim.experiments.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.core.observe.Measure;
import issim.experiments.run.Replications;
import issim.experiments.run.Series;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the figures draw: bands, their limits, the differences and the axes' labels. */
class PlotsTest {
    private static final Shown UNMET = Shown.of(Measure.UNMET_NEED_SHARE);

    private static YIntervalSeriesCollection data(JFreeChart chart) {
        return (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
    }

    @Test
    void everyMeasureInTheCatalogueIsNonNegative() {
        // So every level band is clipped at zero; a measure that can be negative needs its unit
        // left out of Plots.NON_NEGATIVE_UNITS.
        for (Measure m : Measure.values()) {
            assertTrue(Plots.nonNegative(m), m + " in " + m.unit());
        }
    }

    @Test
    void aLevelBandStopsAtZero() {
        // Month 0: {0, 0, 0.03}: mean 0.01, t interval 0.01 ± 4.30 · 0.0173 / √3 reaches -0.033.
        List<Series> s =
                Replications.of(
                        "a",
                        Measure.UNMET_NEED_SHARE,
                        Shown.ALL,
                        new double[] {0, 0.2},
                        new double[] {0, 0.2},
                        new double[] {0.03, 0.2});
        JFreeChart chart = Plots.levels(UNMET, List.of(s), true);
        YIntervalSeriesCollection d = data(chart);
        assertEquals(0.01, d.getYValue(0, 0), 1e-12);
        assertEquals(0, d.getStartYValue(0, 0), 0, "clipped at zero");
        assertEquals(
                0.01 + 4.302652729749462 * Math.sqrt(0.0003) / Math.sqrt(3),
                d.getEndYValue(0, 0),
                1e-8);
        assertInstanceOf(DeviationRenderer.class, chart.getXYPlot().getRenderer());
        assertTrue(chart.getXYPlot().getRangeAxis().getLowerBound() >= 0, "no axis below zero");
    }

    @Test
    void oneReplicationDrawsNoBand() {
        List<Series> s =
                Replications.of(
                        "a", Measure.UNMET_NEED_SHARE, Shown.ALL, new double[] {0.2, 0.3, 0.25});
        JFreeChart chart = Plots.levels(UNMET, List.of(s), true);
        assertFalse(
                chart.getXYPlot().getRenderer() instanceof DeviationRenderer,
                "a line only, not a band of zero width");
        YIntervalSeriesCollection d = data(chart);
        assertEquals(3, d.getItemCount(0));
        assertEquals(0.3, d.getYValue(0, 1), 0);
    }

    @Test
    void differencesArePairedBySeedAndMayBeNegative() {
        List<Series> base =
                Replications.of(
                        "base",
                        Measure.UNMET_NEED_SHARE,
                        Shown.ALL,
                        new double[] {0.10, 0.20},
                        new double[] {0.30, 0.20},
                        new double[] {0.50, 0.20});
        List<Series> better =
                Replications.of(
                        "better",
                        Measure.UNMET_NEED_SHARE,
                        Shown.ALL,
                        new double[] {0.09, 0.20},
                        new double[] {0.28, 0.20},
                        new double[] {0.49, 0.20});
        JFreeChart chart = Plots.differences(UNMET, List.of(base, better), true);
        YIntervalSeriesCollection d = data(chart);
        assertEquals(1, d.getSeriesCount(), "one line per compared scenario");
        assertEquals("better", d.getSeriesKey(0));
        // Month 0: d = {-0.01, -0.02, -0.01}, mean -0.04/3, sd 0.01/√3, half 4.3027 · 0.01 / 3.
        double mean = -0.04 / 3, half = 4.302652729749462 * 0.01 / 3;
        assertEquals(mean, d.getYValue(0, 0), 1e-12);
        assertEquals(mean - half, d.getStartYValue(0, 0), 1e-8);
        assertEquals(mean + half, d.getEndYValue(0, 0), 1e-8);
        assertTrue(d.getEndYValue(0, 0) > 0, "this band crosses zero: not clipped");
        // Month 1: no difference on any seed.
        assertEquals(0, d.getYValue(0, 1), 1e-15);
        assertEquals(0, d.getStartYValue(0, 1), 1e-15);
        assertTrue(chart.getTitle().getText().contains("lower is better"));

        Collection<?> markers = chart.getXYPlot().getRangeMarkers(Layer.BACKGROUND);
        assertNotNull(markers, "a line at zero");
        assertEquals(1, markers.size());
        Marker zero = (Marker) markers.iterator().next();
        assertEquals(0, ((ValueMarker) zero).getValue(), 0);
        Range axis = chart.getXYPlot().getRangeAxis().getRange();
        assertTrue(axis.contains(0), "the zero line is in view: " + axis);
    }

    @Test
    void aFlatLineHasDistinctReadableTicks() {
        // A fixed staff cost of 12,000 a month on every seed: the range used to be 1e-8 wide and
        // every tick read "1.2E4".
        double[] flat = {12000, 12000, 12000, 12000};
        List<Series> s =
                Replications.of("a", Measure.COST, "social_care", flat, flat.clone(), flat.clone());
        JFreeChart chart =
                Plots.levels(Shown.of(Measure.COST).in("social_care", "sc"), List.of(s), true);
        List<String> labels = tickLabels(chart);
        assertTrue(labels.size() >= 3, labels.toString());
        assertEquals(labels.size(), new HashSet<>(labels).size(), "repeated labels: " + labels);
        assertTrue(labels.contains("12,000"), labels.toString());
        for (String l : labels) {
            assertFalse(l.contains("E"), "no E notation: " + labels);
        }
        assertEquals("GBP", chart.getXYPlot().getRangeAxis().getLabel(), "the unit on the axis");
    }

    @Test
    void ticksAreDistinctAtEveryScale() {
        for (double[] r :
                new double[][] {
                    {88000, 88000.5},
                    {0, 1e-5},
                    {-0.03, 0.035},
                    {0.15, 0.25},
                    {100000, 5000000},
                    {0, 3.15},
                }) {
            NumberAxis axis = new NumberAxis("x");
            axis.setStandardTickUnits(Plots.ticks());
            axis.setRange(r[0], r[1]);
            List<String> labels = tickLabels(axis);
            assertTrue(labels.size() >= 2, labels.toString());
            assertEquals(labels.size(), new HashSet<>(labels).size(), "repeated: " + labels);
            for (String l : labels) {
                assertFalse(l.contains("E"), "E notation: " + labels);
                assertFalse(l.startsWith("-") && !hasDigit(l), "negative zero: " + labels);
            }
        }
    }

    private static boolean hasDigit(String label) {
        return label.chars().anyMatch(c -> c >= '1' && c <= '9');
    }

    @Test
    void tickAtZeroIsNotNegative() {
        NumberAxis axis = new NumberAxis("x");
        axis.setStandardTickUnits(Plots.ticks());
        axis.setRange(-0.03, 0.035);
        List<String> labels = tickLabels(axis);
        assertTrue(labels.contains("0.000") || labels.contains("0.00"), labels.toString());
        for (String l : labels) {
            assertTrue(!l.startsWith("-") || hasDigit(l), "negative zero: " + labels);
        }
    }

    @Test
    void theRangeOfAFlatLineIsAtLeastTwoPercentOfItsLevel() {
        YIntervalSeriesCollection none = new YIntervalSeriesCollection();
        assertEquals(null, Plots.range(none, false, 0, true));
        YIntervalSeries zeros = new YIntervalSeries("z");
        zeros.add(0, 0, 0, 0);
        zeros.add(1, 0, 0, 0);
        YIntervalSeriesCollection z = new YIntervalSeriesCollection();
        z.addSeries(zeros);
        Range r = Plots.range(z, false, 0, true);
        assertEquals(0, r.getLowerBound(), 0, "a count of zero: not below zero");
        assertTrue(r.getUpperBound() > 0);
    }

    /** The tick labels of a chart's vertical axis as drawn in a 480 × 300 panel. */
    private static List<String> tickLabels(JFreeChart chart) {
        BufferedImage image = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, 480, 300), info);
        XYPlot plot = chart.getXYPlot();
        List<String> labels =
                labels(
                        ((NumberAxis) plot.getRangeAxis())
                                .refreshTicks(
                                        g,
                                        new AxisState(),
                                        info.getPlotInfo().getDataArea(),
                                        RectangleEdge.LEFT));
        g.dispose();
        return labels;
    }

    private static List<String> tickLabels(NumberAxis axis) {
        BufferedImage image = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        List<String> labels =
                labels(
                        axis.refreshTicks(
                                g,
                                new AxisState(),
                                new Rectangle2D.Double(60, 20, 400, 220),
                                RectangleEdge.LEFT));
        g.dispose();
        return labels;
    }

    /** The labels of ticks from JFreeChart's raw list. */
    private static List<String> labels(List<?> ticks) {
        List<String> out = new ArrayList<>();
        for (Object t : ticks) {
            out.add(((Tick) t).getText());
        }
        return out;
    }

    @Test
    void theSvgFiguresAreTheSameBytesWhateverTheLocaleAndTheRun(@TempDir Path dir)
            throws Exception {
        List<Series> base =
                Replications.of(
                        "base",
                        Measure.UNMET_NEED_SHARE,
                        Shown.ALL,
                        new double[] {0.10, 0.2005, 0.31},
                        new double[] {0.30, 0.2004, 0.12},
                        new double[] {0.50, 0.2001, 0.33});
        List<Series> other =
                Replications.of(
                        "other",
                        Measure.UNMET_NEED_SHARE,
                        Shown.ALL,
                        new double[] {0.09, 0.1999, 0.3},
                        new double[] {0.28, 0.2, 0.1},
                        new double[] {0.49, 0.2002, 0.3});
        Locale before = Locale.getDefault();
        List<Plots.Figure> english, german;
        try {
            Locale.setDefault(Locale.UK);
            english =
                    Plots.write(
                            Files.createDirectory(dir.resolve("uk")), List.of(base, other), true);
            Locale.setDefault(Locale.GERMANY);
            german =
                    Plots.write(
                            Files.createDirectory(dir.resolve("de")), List.of(base, other), true);
        } finally {
            Locale.setDefault(before);
        }
        assertEquals(english.size(), german.size());
        for (int i = 0; i < english.size(); i++) {
            String svg = english.get(i).svg();
            assertEquals(svg, german.get(i).svg(), english.get(i).file() + " under another locale");
            assertEquals(
                    svg,
                    Files.readString(dir.resolve("de").resolve(english.get(i).file() + ".svg")),
                    "the report embeds the file as written");
            assertFalse(
                    java.util.regex.Pattern.compile("=\"[-0-9.]*,[0-9]").matcher(svg).find(),
                    "no decimal commas in coordinates");
            assertFalse(svg.matches("(?s).*id=\"[^\"]*[0-9]{10,}.*"), "no time-based ids");
        }
    }
}
