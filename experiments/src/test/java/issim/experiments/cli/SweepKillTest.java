package issim.experiments.cli;

import static issim.experiments.cli.CliTest.issim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import issim.experiments.cli.CliTest.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep killed with SIGKILL in the middle, in its own JVM, and restarted: every run is recorded
 * exactly once, none lost and none repeated, and the merged results are those of an uninterrupted
 * sweep.
 */
class SweepKillTest {
    @TempDir Path dir;

    @Test
    void aSweepKilledMidRunAndRestartedLosesAndRepeatsNoRun() throws Exception {
        Files.writeString(dir.resolve("tiny.yaml"), SweepCliTest.TINY);
        Path design = dir.resolve("lhs.yaml");
        Files.writeString(
                design,
                """
                scenario: tiny.yaml
                replications: 2
                years: 1
                design:
                  kind: latin-hypercube
                  samples: 40
                factors:
                  agencies.socialCare.caseloadCapacity: {min: 10, max: 30}
                  need.lifeEventRate: {min: 0.6, max: 1.0}
                """);
        Path killed = dir.resolve("killed");
        Path shard = killed.resolve("runs/shard-1-of-1.jsonl");
        Process p =
                ForkedIssim.command(
                                "sweep",
                                design.toString(),
                                "--out",
                                killed.toString(),
                                "--threads",
                                "2")
                        .redirectOutput(dir.resolve("killed.log").toFile())
                        .start();
        // Wait (at most a minute) for some runs to be recorded, then kill without warning.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (recorded(shard) < 10 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(p.isAlive(), "the sweep ended before it could be killed: make it longer");
        p.destroyForcibly(); // SIGKILL
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
        int before = recorded(shard);
        assertTrue(before >= 10 && before < 80, before + " runs recorded when killed");

        Result resumed = issim("sweep", design.toString(), "--out", killed.toString());
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(
                resumed.out().contains(before + " recorded, " + (80 - before) + " to run"),
                resumed.out());
        List<String> lines = Files.readAllLines(shard, StandardCharsets.UTF_8);
        assertEquals(80, lines.size(), "every run once");
        Set<String> keys = new HashSet<>();
        for (String line : lines) {
            assertTrue(line.startsWith("{") && line.endsWith("}}"), "a whole record: " + line);
            assertTrue(keys.add(line.replaceAll(".*\"key\":\"(\\w+)\".*", "$1")), "once: " + line);
        }

        Path whole = dir.resolve("whole");
        assertEquals(0, issim("sweep", design.toString(), "--out", whole.toString()).status());
        assertArrayEquals(
                Files.readAllBytes(whole.resolve("results.csv")),
                Files.readAllBytes(killed.resolve("results.csv")));
    }

    /** Complete lines in the shard file so far. */
    private static int recorded(Path shard) throws Exception {
        if (!Files.exists(shard)) {
            return 0;
        }
        byte[] b = Files.readAllBytes(shard);
        int n = 0;
        for (byte c : b) {
            if (c == '\n') {
                n++;
            }
        }
        return n;
    }
}
