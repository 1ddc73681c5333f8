package issim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code issim demo} on the command line: bad input refused, the URL printed, a clean stop. */
class DemoCommandTest {
    @TempDir Path dir;

    @Test
    void refusesABadScenarioWithTheLoadersMessage() {
        CliTest.Result r = CliTest.issim("demo", "baseline", "no-such-scenario");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no-such-scenario"), r.err());
        assertEquals(2, CliTest.issim("demo", "--port", "70000").status());
        assertEquals(2, CliTest.issim("demo", "--port", "eighty").status());
    }

    @Test
    void aPortInUseIsRefusedBeforeTheWarmUp() throws Exception {
        try (java.net.ServerSocket taken =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CliTest.Result r =
                    CliTest.issim("demo", "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, r.status(), r.err());
            assertTrue(r.err().contains("the port is in use"), r.err());
            assertFalse(r.out().contains("warming up"), "refused before warming up: " + r.out());
        }
    }

    @Test
    void servesUntilStoppedLikeCtrlC() throws Exception {
        Path tiny = dir.resolve("tiny.yaml");
        Files.writeString(
                tiny,
                "extends: baseline\nrun:\n  warmupDays: 100\nlocality:\n  children: 800\n  primarySchools: 2\n  secondarySchools: 2\n");
        Process p =
                ForkedIssim.command("demo", tiny.toString(), tiny.toString(), "--port", "0")
                        .start();
        try (BufferedReader lines =
                new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            Pattern open = Pattern.compile("open (http://127\\.0\\.0\\.1:\\d+/) in a browser");
            String line;
            Matcher m = null;
            while ((line = lines.readLine()) != null) {
                m = open.matcher(line);
                if (m.find()) {
                    break;
                }
            }
            assertTrue(line != null, "issim demo never printed its address");
            URI url = URI.create(m.group(1));
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page =
                    http.send(
                            HttpRequest.newBuilder(url).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("/demo.js"));

            p.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C (SIGINT)
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "issim demo did not stop");
            IOException refused =
                    assertThrows(
                            IOException.class,
                            () ->
                                    http.send(
                                            HttpRequest.newBuilder(url).build(),
                                            HttpResponse.BodyHandlers.ofString()));
            assertFalse(
                    refused.getMessage() != null && refused.getMessage().contains("200"),
                    "still serving");
            assertTrue(
                    refused instanceof ConnectException
                            || refused.getCause() instanceof ConnectException,
                    refused.toString());
        } finally {
            p.destroyForcibly();
        }
    }
}
