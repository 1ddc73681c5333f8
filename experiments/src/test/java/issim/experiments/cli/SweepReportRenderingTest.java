package issim.experiments.cli;

import static issim.experiments.cli.CliTest.issim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the sweep report in headless Chromium, offline, and checks its tornado bars are drawn.
 * Like ReportRenderingTest: required when CI=true (.ci/run installs Chromium), else run when
 * Chromium is installed.
 */
class SweepReportRenderingTest {
    @TempDir Path dir;

    @Test
    void theSweepReportDrawsItsChartsInABrowser() throws Exception {
        Path browser = HeadlessChromium.find();
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(browser != null, "CI installs Chromium to render the reports");
        }
        assumeTrue(
                browser != null, "Chromium is not installed: SensitivityCliTest checks the HTML");
        Files.writeString(dir.resolve("tiny.yaml"), SweepCliTest.TINY);
        Path design = dir.resolve("sobol.yaml");
        Files.writeString(design, SweepCliTest.SOBOL);
        Path sweep = dir.resolve("sweep"), out = dir.resolve("analysis");
        assertEquals(0, issim("sweep", design.toString(), "--out", sweep.toString()).status());
        assertEquals(0, issim("sensitivity", sweep.toString(), "--out", out.toString()).status());

        BufferedImage image =
                HeadlessChromium.screenshot(browser, out.resolve("report.html"), dir, 1000, 1600);
        int dark = 0, green = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                int r = rgb >> 16, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
                // Total indices are dark grey bars, first-order indices green (#1b9e77).
                if (Math.abs(r - 0x44) < 12 && Math.abs(g - 0x44) < 12 && Math.abs(b - 0x44) < 12) {
                    dark++;
                }
                if (Math.abs(r - 0x1b) < 14 && Math.abs(g - 0x9e) < 14 && Math.abs(b - 0x77) < 14) {
                    green++;
                }
            }
        }
        assertTrue(dark > 2000, "no tornado bars of total indices (" + dark + " pixels)");
        assertTrue(green > 200, "no bars of first-order indices (" + green + " pixels)");
    }
}
