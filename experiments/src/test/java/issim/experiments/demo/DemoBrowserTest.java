package issim.experiments.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo end to end in headless Chromium, driven over the DevTools protocol with the keyboard a
 * trainer uses. CI installs Chromium (.ci/run) and requires this test; elsewhere it runs when
 * Chromium is installed.
 */
class DemoBrowserTest {
    @TempDir Path dir;

    @Test
    void theRoomSeesBothRunsAndASwitchMovesOnlyTheIntegratedPanel() throws Exception {
        Path chromium = DevTools.chromium();
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(chromium != null, "CI installs Chromium to test the demo");
        }
        assumeTrue(chromium != null, "Chromium is not installed: DemoServerTest covers the server");
        try (DemoServer server =
                        DemoServer.start(
                                TinyDemo.sameOnBothSides(),
                                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                                4);
                DevTools page = DevTools.launch(chromium, dir, 1920, 1080)) {
            String url = server.url().toString();
            page.send("Page.navigate", Map.of("url", url));
            page.await("document.body.dataset.ready === 'true'", "a session opened");
            assertEquals(0, page.eval("window.issimDemo.state().month").asInt());

            // Play, fastest, until a few months have gone by; then pause.
            for (int i = 0; i < 4; i++) {
                page.press("+", "Equal", 187);
            }
            page.press(" ", "Space", 32);
            page.await("Number(document.body.dataset.month) >= 3", "the animation advancing");
            page.press(" ", "Space", 32);
            int month = page.eval("window.issimDemo.idle()").asInt();
            assertTrue(month >= 3);
            assertEquals(
                    "paused", page.eval("document.getElementById('playing').textContent").asText());
            assertEquals(
                    counters(page, "left"), counters(page, "right"), "same scenario, same seed");

            // Switch 1, co-location, from this month; then step three months with the arrow key.
            page.press("1", "Digit1", 49);
            page.await(
                    "document.getElementById('toggle-coLocation').classList.contains('on')",
                    "co-location switched on");
            for (int i = 0; i < 3; i++) {
                page.press("ArrowRight", "ArrowRight", 39);
            }
            assertEquals(month + 3, page.eval("window.issimDemo.idle()").asInt());
            JsonNode state = page.eval("window.issimDemo.state()");
            JsonNode leftCost = state.path("left").path("series").path("cost");
            JsonNode rightCost = state.path("right").path("series").path("cost");
            for (int m = 0; m < month; m++) {
                assertEquals(
                        leftCost.get(m).asDouble(),
                        rightCost.get(m).asDouble(),
                        "month " + (m + 1));
            }
            assertEquals(
                    numbers(silo(month + 3)),
                    numbers(state.path("left").path("series")),
                    "the silo panel is the silo run, untouched by the switch");
            assertNotEquals(
                    counters(page, "left").get("cost"),
                    counters(page, "right").get("cost"),
                    "the co-located teams' costs show in the integrated panel");
            assertEquals(
                    month, state.path("right").path("toggles").get(0).path("flippedAt").asInt());

            // Switch 1 again: co-location withdrawn from this month; two more months.
            page.press("1", "Digit1", 49);
            page.await(
                    "!document.getElementById('toggle-coLocation').classList.contains('on')",
                    "co-location switched off");
            assertTrue(
                    page.eval("document.getElementById('toggle-coLocation').textContent")
                            .asText()
                            .contains("on at month " + month + ", off at month " + (month + 3)),
                    "the switch shows the months it was flipped");
            assertEquals(
                    "Switched here: Co-location in schools off (on at month "
                            + month
                            + ", off at month "
                            + (month + 3)
                            + ").",
                    page.eval("document.querySelector('#right .switched').textContent").asText(),
                    "and so does the integrated panel, in the presenter view too");
            for (int i = 0; i < 2; i++) {
                page.press("ArrowRight", "ArrowRight", 39);
            }
            assertEquals(month + 5, page.eval("window.issimDemo.idle()").asInt());
            state = page.eval("window.issimDemo.state()");
            JsonNode flips = state.path("right").path("toggles").get(0).path("flips");
            assertEquals(2, flips.size());
            assertEquals(month + 3, flips.get(1).path("month").asInt());
            assertFalse(flips.get(1).path("on").asBoolean());
            leftCost = state.path("left").path("series").path("cost");
            rightCost = state.path("right").path("series").path("cost");
            for (int m = 0; m < month; m++) {
                assertEquals(
                        leftCost.get(m).asDouble(),
                        rightCost.get(m).asDouble(),
                        "month " + (m + 1) + ", before the first flip");
            }
            assertEquals(
                    numbers(silo(month + 5)),
                    numbers(state.path("left").path("series")),
                    "the silo panel is the silo run, untouched by either flip");
            assertNotEquals(
                    counters(page, "left").get("cost"),
                    counters(page, "right").get("cost"),
                    "what co-location cost stays in the integrated panel's counter");

            // A caption names its child: selecting it rings the child's dot.
            for (int i = 0;
                    i < 12
                            && !page.eval("!!document.querySelector('#right .caption a.child')")
                                    .asBoolean();
                    i++) {
                page.press("ArrowRight", "ArrowRight", 39);
                page.eval("window.issimDemo.idle()");
            }
            int child =
                    page.eval(
                                    "(() => { const a = document.querySelector('#right .caption a.child');"
                                            + " a.click(); return Number(a.dataset.child); })()")
                            .asInt();
            assertEquals(child, page.eval("window.issimDemo.highlighted().right").asInt());
            assertEquals(-1, page.eval("window.issimDemo.highlighted().left").asInt());
            assertEquals(
                    String.valueOf(child),
                    page.eval("document.querySelector('#right canvas.network').dataset.ring")
                            .asText(),
                    "the child's dot is ringed");
            assertEquals(
                    "",
                    page.eval("document.querySelector('#left canvas.network').dataset.ring")
                            .asText());

            // The drawn network: trust edges in the silo's colour for low trust, in both panels.
            BufferedImage shot = screenshot(page);
            String keep = System.getProperty("issim.demo.screenshot");
            ImageIO.write(
                    shot, "png", (keep == null ? dir.resolve("demo.png") : Path.of(keep)).toFile());
            int half = shot.getWidth() / 2;
            assertTrue(pixels(shot, 0, half, 0xD55E00) > 2000, "no trust edges on the left");
            assertTrue(
                    pixels(shot, half, shot.getWidth(), 0xD55E00) > 2000,
                    "no trust edges on the right");
            assertTrue(pixels(shot, 0, shot.getWidth(), 0x56B4E9) > 50, "no children drawn");

            // Presenter view hides the controls; reset goes back to month 0.
            page.press("p", "KeyP", 80);
            assertEquals(
                    "none",
                    page.eval("getComputedStyle(document.getElementById('controls')).display")
                            .asText());
            page.press("r", "KeyR", 82);
            assertEquals(0, page.eval("window.issimDemo.idle()").asInt());

            // Nothing was asked of any server but issim's own.
            for (JsonNode e : page.events("Network.requestWillBeSent")) {
                String asked = e.path("params").path("request").path("url").asText();
                assertTrue(asked.startsWith(url), "the page asked for " + asked);
            }
            Files.writeString(dir.resolve("done"), "ok");
        }
    }

    private static Map<String, String> counters(DevTools page, String side) throws Exception {
        JsonNode values =
                page.eval(
                        "Object.fromEntries([...document.querySelectorAll('#"
                                + side
                                + " .counter .value')].map(e => [e.dataset.key, e.dataset.value]))");
        Map<String, String> out = new java.util.TreeMap<>();
        values.fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue().asText()));
        return out;
    }

    /** The silo panel's curves of a run stepped {@code months} without the browser. */
    private static String numbers(JsonNode series) {
        StringBuilder out = new StringBuilder();
        series.fields()
                .forEachRemaining(
                        f -> {
                            out.append(f.getKey()).append(':');
                            f.getValue().forEach(v -> out.append(v.asDouble()).append(','));
                        });
        return out.toString();
    }

    private static JsonNode silo(int months) throws Exception {
        Session s = new Session(TinyDemo.sameOnBothSides());
        for (int i = 0; i < months; i++) {
            s.step();
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        return json.readTree(json.writeValueAsString(s.left().view())).path("series");
    }

    private static BufferedImage screenshot(DevTools page) throws Exception {
        String png =
                page.send("Page.captureScreenshot", Map.of("format", "png")).get("data").asText();
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png)));
    }

    private static int pixels(BufferedImage image, int x0, int x1, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = x0; x < x1; x++) {
                int p = image.getRGB(x, y) & 0xFFFFFF;
                if (Math.abs((p >> 16) - (rgb >> 16)) <= 6
                        && Math.abs(((p >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) <= 6
                        && Math.abs((p & 0xFF) - (rgb & 0xFF)) <= 6) {
                    n++;
                }
            }
        }
        return n;
    }
}
