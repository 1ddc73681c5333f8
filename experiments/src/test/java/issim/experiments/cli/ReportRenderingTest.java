package issim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        Path browser =
                HeadlessChromium.requiredInCi(
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
        int nonWhite =
                image.getWidth() * image.getHeight()
                        - HeadlessChromium.pixelsNear(image, 0xffffff, 1);
        // The first scenario's curve and band are drawn in dark grey on white plot areas.
        int lineColour = HeadlessChromium.pixelsNear(image, 0x444444, 12);
        assertTrue(nonWhite > image.getWidth() * image.getHeight() / 20, "the page looks blank");
        assertTrue(
                lineColour > 500,
                "no plotted curve found in the rendered report (" + lineColour + " pixels)");
    }

    /**
     * The decision table of a comparison, rendered: cells judged better show the report's green,
     * which the browser ignored while each cell carried two class attributes, and they say so in
     * words as well.
     */
    @Test
    void theDecisionTableShowsBetterInColourAndInWords() throws Exception {
        Path browser = HeadlessChromium.requiredInCi("Chromium is not installed");
        Path base = dir.resolve("small.yaml"), co = dir.resolve("small-co.yaml");
        Files.writeString(
                base,
                "extends: baseline\nrun:\n  warmupDays: 365\nlocality:\n  children: 4000\n"
                        + "  primarySchools: 3\n  secondarySchools: 3\n");
        Files.writeString(
                co,
                "extends: small.yaml\ninterventions:\n  coLocation:\n    enabled: true\n"
                        + "    schools: 3\n");
        Path out = dir.resolve("compared");
        assertEquals(
                0,
                CliTest.issim(
                                "compare",
                                base.toString(),
                                co.toString(),
                                "--years",
                                "3",
                                "--replications",
                                "3",
                                "--out",
                                out.toString())
                        .status());
        String html = Files.readString(out.resolve("report.html"));
        int decision = html.indexOf("<h2>The decision in one table</h2>");
        String table = html.substring(decision, html.indexOf("<h2>", decision + 1));
        // Co-location lowers unmet need among its 4,000-child locality's pupils by about 0.012, its
        // 95% interval a tenth as wide on these seeds: judged better, in words.
        assertTrue(table.contains("<td class=\"n good\">▼ better</td>"), table);
        // Only the cells may be green: the key in the introductions is drawn plain.
        Path cellsOnly = out.resolve("cells-only.html");
        Files.writeString(cellsOnly, html.replace("<span class=\"good\">better</span>", "better"));
        BufferedImage image = HeadlessChromium.screenshot(browser, cellsOnly, dir, 1000, 1600);
        // The report's "good" colour, #1b7e3c, in the anti-aliased text of those cells.
        int green = HeadlessChromium.pixelsNear(image, 0x1b7e3c, 24);
        assertTrue(green > 100, "no cell of the decision table drawn in green (" + green + ")");
    }
}
