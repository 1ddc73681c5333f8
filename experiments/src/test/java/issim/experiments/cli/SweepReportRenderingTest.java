package issim.experiments.cli;

import static issim.experiments.cli.CliTest.issim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        Path browser =
                HeadlessChromium.requiredInCi(
                        "Chromium is not installed: SensitivityCliTest checks the HTML");
        Files.writeString(dir.resolve("tiny.yaml"), SweepCliTest.TINY);
        Path design = dir.resolve("sobol.yaml");
        Files.writeString(design, SweepCliTest.SOBOL);
        Path sweep = dir.resolve("sweep"), out = dir.resolve("analysis");
        assertEquals(0, issim("sweep", design.toString(), "--out", sweep.toString()).status());
        assertEquals(0, issim("sensitivity", sweep.toString(), "--out", out.toString()).status());

        BufferedImage image =
                HeadlessChromium.screenshot(browser, out.resolve("report.html"), dir, 1000, 1600);
        // Total indices are dark grey bars, first-order indices green (#1b9e77).
        int dark = HeadlessChromium.pixelsNear(image, 0x444444, 12),
                green = HeadlessChromium.pixelsNear(image, 0x1b9e77, 14);
        assertTrue(dark > 2000, "no tornado bars of total indices (" + dark + " pixels)");
        assertTrue(green > 200, "no bars of first-order indices (" + green + " pixels)");
    }
}
