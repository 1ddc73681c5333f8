package issim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping issim mid-run (Ctrl-C, or a kill) leaves no output directory and no half-written files.
 */
class InterruptTest {
    @TempDir Path dir;

    @Test
    void aStoppedRunLeavesNothingBehind() throws Exception {
        Path out = dir.resolve("out");
        Process p =
                ForkedIssim.command(
                                "run",
                                "baseline",
                                "--replications",
                                "50",
                                "--threads",
                                "1",
                                "--out",
                                out.toString())
                        .start();
        try (BufferedReader lines =
                new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.startsWith("runs: "));
            assertTrue(line != null, "the run never got going");
            // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C (SIGINT).
            ForkedIssim.signal(p, "TERM");
            StringBuilder rest = new StringBuilder();
            while ((line = lines.readLine()) != null) {
                rest.append(line).append('\n');
            }
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "issim did not stop");
            assertTrue(
                    rest.toString().contains("issim: interrupted; nothing written\n"),
                    "says so on the way out: " + rest);
        } finally {
            p.destroyForcibly();
        }
        assertFalse(Files.exists(out), "no output directory after a stop");
        try (Stream<Path> left = Files.list(dir)) {
            assertFalse(left.findAny().isPresent(), "no staging directory left behind");
        }
    }

    @Test
    void ctrlCSaysSoAndRemovesTheParentsItCreated() throws Exception {
        Path out = dir.resolve("new/parents/out");
        Process p =
                ForkedIssim.command(
                                "run",
                                "baseline",
                                "--replications",
                                "50",
                                "--threads",
                                "1",
                                "--out",
                                out.toString())
                        .start();
        StringBuilder rest = new StringBuilder();
        try (BufferedReader lines =
                new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.startsWith("runs: "));
            assertTrue(line != null, "the run never got going");
            assertTrue(Files.isDirectory(dir.resolve("new/parents")));
            ForkedIssim.signal(p, "INT");
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                // Started with SIGINT ignored (a background job without job control): the JVM
                // then ignores it too, and there is nothing to test.
                p.destroyForcibly();
                org.junit.jupiter.api.Assumptions.assumeTrue(false, "SIGINT is ignored here");
            }
            while ((line = lines.readLine()) != null) {
                rest.append(line).append('\n');
            }
        } finally {
            p.destroyForcibly();
        }
        assertTrue(
                rest.toString().contains("issim: interrupted; nothing written\n"),
                "says so on Ctrl-C: " + rest);
        assertEquals(
                1,
                rest.toString().lines().filter(l -> l.startsWith("issim:")).count(),
                rest.toString());
        assertFalse(Files.exists(dir.resolve("new")), "the parents created for --out are removed");
    }

    @Test
    void ctrlCBeforeAnythingIsWrittenSaysSoInOneLine() throws Exception {
        Process p =
                ForkedIssim.command("calibration", "--threads", "1")
                        .directory(dir.toFile())
                        .start();
        String out;
        try {
            Thread.sleep(4_000); // under way: twenty runs take far longer
            ForkedIssim.signal(p, "INT");
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                org.junit.jupiter.api.Assumptions.assumeTrue(false, "SIGINT is ignored here");
            }
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            p.destroyForcibly();
        }
        assertEquals("issim: interrupted\n", out);
        try (Stream<Path> left = Files.list(dir)) {
            assertFalse(left.findAny().isPresent(), "nothing written");
        }
    }
}
