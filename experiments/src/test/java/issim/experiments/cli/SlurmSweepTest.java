package issim.experiments.cli;

import static issim.experiments.cli.CliTest.issim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import issim.experiments.cli.CliTest.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep through a real Slurm cluster: the array script and its chained merge submitted with
 * sbatch, one shard made to fail, the merge refusing, and the sbatch lines that {@code issim sweep
 * status} prints completing it, with results byte-identical to a sweep on this machine. CI starts a
 * single-node cluster (.ci/slurm-up) and requires this test; elsewhere it runs when a cluster
 * answers.
 */
class SlurmSweepTest {
    @TempDir Path dir;

    /** Whether sinfo answers with a node that can take jobs. */
    private static boolean clusterUp() {
        try {
            Process p =
                    new ProcessBuilder("sinfo", "-h", "-o", "%T").redirectErrorStream(true).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            String state = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.exitValue() == 0
                    && (state.startsWith("idle")
                            || state.startsWith("mix")
                            || state.startsWith("alloc"));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a bash script, at most three minutes; its exit status. */
    private int bash(String script, Path log) throws Exception {
        Process p =
                new ProcessBuilder("bash", "-c", script)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        assertTrue(
                p.waitFor(180, TimeUnit.SECONDS), "Slurm did not finish: " + Files.readString(log));
        return p.exitValue();
    }

    @Test
    void aSweepRunsThroughSbatchAndAFailedShardIsResubmitted() throws Exception {
        boolean up = clusterUp();
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(up, "CI starts a single-node Slurm cluster (.ci/slurm-up)");
        }
        assumeTrue(up, "no Slurm cluster answers here (sinfo); .ci/slurm-up starts one");

        Files.writeString(dir.resolve("tiny.yaml"), SweepCliTest.TINY);
        Path design = dir.resolve("tiny-sobol.yaml");
        Files.writeString(design, SweepCliTest.SOBOL);
        Path local = dir.resolve("local");
        assertEquals(0, issim("sweep", design.toString(), "--out", local.toString()).status());

        Path cluster = dir.resolve("cluster");
        Result emitted =
                issim(
                        "sweep",
                        design.toString(),
                        "--out",
                        cluster.toString(),
                        "--emit",
                        "slurm",
                        "--shards",
                        "3",
                        "--threads",
                        "1");
        assertEquals(0, emitted.status(), emitted.err());
        Path submit = cluster.resolve("slurm/submit.sh");
        String array = Files.readString(cluster.resolve("slurm/sweep.sbatch"));
        assertTrue(array.contains("#SBATCH --array=0-2\n"), array);
        assertTrue(array.contains("#SBATCH --chdir=/"), array);
        assertTrue(array.contains("--shard \"$shard/3\""), array);
        assertTrue(Files.readString(submit).contains("--dependency=afterany:"));

        // Shard 2 cannot open its file (a directory stands in its place), so its job fails.
        Path blocked = cluster.resolve("runs/shard-2-of-3.jsonl");
        Files.createDirectories(blocked);
        int first = bash("bash " + submit + " --wait", dir.resolve("submit.log"));
        assertNotEquals(0, first, "the merge fails while a shard's runs are missing");
        assertFalse(Files.exists(cluster.resolve("results.csv")));
        assertTrue(Files.exists(cluster.resolve("runs/shard-1-of-3.jsonl")));
        assertTrue(Files.exists(cluster.resolve("runs/shard-3-of-3.jsonl")));

        Result status = issim("sweep", "status", cluster.toString());
        assertEquals(0, status.status(), status.err());
        assertTrue(status.out().contains("shard 2/3:"), status.out());
        assertFalse(status.out().contains("shard 1/3:"), status.out());
        List<String> sbatch = new ArrayList<>();
        boolean slurm = false;
        for (String line : status.out().lines().toList()) {
            if (line.equals("or on Slurm:")) {
                slurm = true;
            } else if (slurm) {
                sbatch.add(line.strip());
            }
        }
        assertEquals(2, sbatch.size(), status.out());
        assertTrue(sbatch.get(0).contains("--array=1 "), sbatch.get(0));

        // Clear the fault and run exactly the lines status printed, waiting for the merge.
        Files.delete(blocked);
        String resubmit =
                "set -euo pipefail\n"
                        + sbatch.get(0)
                        + "\n"
                        + sbatch.get(1).replaceFirst("^sbatch ", "sbatch --wait ")
                        + "\n";
        int second = bash(resubmit, dir.resolve("resubmit.log"));
        assertEquals(0, second, Files.readString(dir.resolve("resubmit.log")));
        assertArrayEquals(
                Files.readAllBytes(local.resolve("results.csv")),
                Files.readAllBytes(cluster.resolve("results.csv")));
    }
}
