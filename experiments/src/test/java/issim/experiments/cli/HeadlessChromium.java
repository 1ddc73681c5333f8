package issim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/** The Chromium the rendering tests drive: where it is, and a page rendered to a screenshot. */
public final class HeadlessChromium {
    private HeadlessChromium() {}

    /** The Chromium installed here, or null. */
    public static Path find() {
        for (String p :
                List.of(
                        "/usr/bin/chromium",
                        "/usr/bin/chromium-browser",
                        "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    /**
     * Renders {@code page} headless at {@code width} × {@code height}, with a fresh profile and its
     * log in {@code dir}, and returns the screenshot; fails if Chromium gives none within 90 s.
     */
    static BufferedImage screenshot(Path browser, Path page, Path dir, int width, int height)
            throws Exception {
        Path shot = dir.resolve("report.png");
        Process p =
                new ProcessBuilder(
                                browser.toString(),
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--hide-scrollbars",
                                "--user-data-dir=" + dir.resolve("profile"),
                                "--window-size=" + width + "," + height,
                                "--screenshot=" + shot,
                                page.toUri().toString())
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("chromium.log").toFile())
                        .start();
        List<ProcessHandle> helpers = p.descendants().toList();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "Chromium did not finish");
        // Its helper processes can outlive it, still writing the profile in dir.
        for (ProcessHandle h : helpers) {
            h.destroy();
            h.onExit().get(10, TimeUnit.SECONDS);
        }
        assertTrue(
                Files.exists(shot),
                "no screenshot: " + Files.readString(dir.resolve("chromium.log")));
        return ImageIO.read(shot.toFile());
    }

    /**
     * Chromium for a rendering test: required where {@code CI=true} (.ci/run installs it), else the
     * test is skipped with {@code why} when it is not installed.
     */
    static Path requiredInCi(String why) {
        Path browser = find();
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(browser != null, "CI installs Chromium to render the reports");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(browser != null, why);
        return browser;
    }

    /** The pixels of {@code image} within {@code tolerance} of {@code rgb} on every channel. */
    static int pixelsNear(BufferedImage image, int rgb, int tolerance) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int c = image.getRGB(x, y);
                if (Math.abs(((c >> 16) & 0xFF) - ((rgb >> 16) & 0xFF)) < tolerance
                        && Math.abs(((c >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) < tolerance
                        && Math.abs((c & 0xFF) - (rgb & 0xFF)) < tolerance) {
                    n++;
                }
            }
        }
        return n;
    }
}
