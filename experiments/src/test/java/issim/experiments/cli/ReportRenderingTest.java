package issim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders report.html in headless Chromium, as a reader's browser would, offline, and checks the
 * figures are drawn. CI installs Chromium (.ci/run) and requires this check; elsewhere it runs when
 * Chromium is installed.
 */
class ReportRenderingTest {
    @TempDir Path dir;

    @Test
    void theReportDrawsItsFiguresInABrowser() throws Exception {
        Path browser = HeadlessChromium.find();
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(browser != null, "CI installs Chromium to render the report");
        }
        assumeTrue(
                browser != null,
                "Chromium is not installed: the report's HTML structure is checked in CliTest");
        Path scenario = dir.resolve("tiny.yaml");
        Files.writeString(
                scenario,
                "extends: baseline\nrun:\n  warmupDays: 100\nlocality:\n  children: 800\n  primarySchools: 2\n  secondarySchools: 2\n");
        Path out = dir.resolve("out");
        assertEquals(
                0,
                CliTest.issim(
                                "run",
                                scenario.toString(),
                                "--years",
                                "1",
                                "--replications",
                                "2",
                                "--out",
                                out.toString())
                        .status());

        String html = Files.readString(out.resolve("report.html"));
        assertTrue(
                html.contains("src=\"data:image/svg+xml;base64,")
                        && !html.contains("data:image/png"),
                "the figures are embedded as SVG, the same bytes on every JDK");
        BufferedImage image =
                HeadlessChromium.screenshot(browser, out.resolve("report.html"), dir, 1000, 2600);
        int lineColour = 0, nonWhite = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                int r = rgb >> 16, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
                if (rgb != 0xFFFFFF) {
                    nonWhite++;
                }
                // The first scenario's curve and band are drawn in dark grey on white plot areas.
                if (Math.abs(r - 0x44) < 12 && Math.abs(g - 0x44) < 12 && Math.abs(b - 0x44) < 12) {
                    lineColour++;
                }
            }
        }
        assertTrue(nonWhite > image.getWidth() * image.getHeight() / 20, "the page looks blank");
        assertTrue(
                lineColour > 500,
                "no plotted curve found in the rendered report (" + lineColour + " pixels)");
    }
}
