package issim.experiments.sweep;

import issim.core.params.ModelParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A sweep as a Slurm job array: {@code slurm/sweep.sbatch} runs shard (offset + array index + 1) of
 * an explicit count, {@code slurm/merge.sbatch} merges, and {@code slurm/submit.sh} submits the
 * array in chunks no larger than the cluster's maximum array size, then the merge once, chained
 * with {@code --dependency=afterany} so it runs (and reports what is missing) even if a shard
 * failed. Every path is absolute and each job states {@code --chdir}, so the scripts work from any
 * directory. {@code slurm/array.properties} keeps the maximum array size, so that the sbatch lines
 * {@code issim sweep status} prints cut the array into the same chunks as submit.sh.
 */
public final class SlurmScripts {
    /** Slurm's own default MaxArraySize, the default of {@code --max-array-size}. */
    public static final int DEFAULT_MAX_ARRAY_SIZE = 1001;

    /**
     * How to cut and run the array.
     *
     * @param launcher the shell words that run issim on a node
     * @param minutes each task's time limit
     * @param partition the partition, or null for the cluster's default
     */
    public record Options(
            int shards,
            int threads,
            int maxArraySize,
            String launcher,
            int minutes,
            String partition) {}

    /**
     * One sbatch of the array: its task indices 0 … size − 1 run shards offset + 1 … offset + size.
     */
    record Chunk(int offset, int size) {}

    private SlurmScripts() {}

    /** The chunks of at most {@code maxArraySize} tasks that submit.sh submits, in order. */
    static List<Chunk> chunks(int shards, int maxArraySize) {
        List<Chunk> out = new ArrayList<>();
        for (int offset = 0; offset < shards; offset += maxArraySize) {
            out.add(new Chunk(offset, Math.min(maxArraySize, shards - offset)));
        }
        return out;
    }

    /** The sbatch that runs task {@code indices} of the chunk at {@code offset}; prints its id. */
    private static String sbatchArray(Path out, String indices, int offset) {
        return "sbatch --parsable --array="
                + indices
                + " --export=ALL,ISSIM_SHARD_OFFSET="
                + offset
                + " "
                + quote(arrayScript(out).toString())
                + " | cut -d';' -f1";
    }

    public static Path dir(Path sweep) {
        return sweep.resolve("slurm");
    }

    public static Path arrayScript(Path sweep) {
        return dir(sweep).resolve("sweep.sbatch");
    }

    public static Path mergeScript(Path sweep) {
        return dir(sweep).resolve("merge.sbatch");
    }

    public static Path submitScript(Path sweep) {
        return dir(sweep).resolve("submit.sh");
    }

    static Path arrayFile(Path sweep) {
        return dir(sweep).resolve("array.properties");
    }

    /** The maximum array size the scripts in {@code sweep} were written for, or null if none. */
    public static Integer maxArraySize(Path sweep) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(arrayFile(sweep), StandardCharsets.UTF_8)) {
            p.load(in);
            return Integer.valueOf(p.getProperty("maxArraySize", "").strip());
        } catch (IOException | NumberFormatException e) {
            return null; // written before the file existed, or edited: the caller's default
        }
    }

    /**
     * Seconds per child-year simulated, warm-up included, on one core: 10,000 children over 13
     * years took about 2.2 s on the machine of docs/performance.md; rounded up for slower nodes.
     */
    static final double SECONDS_PER_CHILD_YEAR = 2e-5;

    /** The expected seconds of one run of {@code p} on one core. */
    public static double estimatedSeconds(ModelParameters p) {
        double years = (p.horizonDays() + p.warmupDays()) / 365.0;
        return Math.max(0.05, p.locality().children() * years * SECONDS_PER_CHILD_YEAR);
    }

    /** Shards for runs of about {@code runSeconds} each, each shard about {@code minutes} long. */
    public static int shardsFor(int runs, double runSeconds, int threads, double minutes) {
        double seconds = runs * runSeconds / threads;
        int n = (int) Math.ceil(seconds / (minutes * 60));
        return Math.max(1, Math.min(runs, n));
    }

    /** Writes the three scripts; {@code sweep} and {@code design} are made absolute. */
    public static void write(Path sweep, Path design, String name, Options o) throws IOException {
        Path out = sweep.toAbsolutePath().normalize();
        Path file = design.toAbsolutePath().normalize();
        Path work = Path.of("").toAbsolutePath();
        Files.createDirectories(dir(out).resolve("logs"));
        String partition =
                o.partition() == null ? "" : "#SBATCH --partition=" + o.partition() + "\n";
        int first = Math.min(o.shards(), o.maxArraySize());
        String array =
                "#!/bin/bash\n"
                        + "#SBATCH --job-name=issim-"
                        + name
                        + "\n"
                        + "#SBATCH --chdir="
                        + work
                        + "\n"
                        + "#SBATCH --array=0-"
                        + (first - 1)
                        + "\n"
                        + "#SBATCH --cpus-per-task="
                        + o.threads()
                        + "\n"
                        + "#SBATCH --time="
                        + o.minutes()
                        + "\n"
                        + "#SBATCH --output="
                        + dir(out).resolve("logs")
                        + "/shard-%A_%a.out\n"
                        + partition
                        + "# One shard of "
                        + o.shards()
                        + " of the sweep '"
                        + name
                        + "': shard = ISSIM_SHARD_OFFSET + array index + 1.\n"
                        + "# submit.sh submits the shards in arrays of at most "
                        + o.maxArraySize()
                        + " (the cluster's MaxArraySize).\n"
                        + "# A shard skips the runs already recorded, so resubmitting one repeats"
                        + " nothing.\n"
                        + "set -euo pipefail\n"
                        + "shard=$(( ${ISSIM_SHARD_OFFSET:-0} + SLURM_ARRAY_TASK_ID + 1 ))\n"
                        + "exec "
                        + o.launcher()
                        + " sweep "
                        + quote(file.toString())
                        + " --out "
                        + quote(out.toString())
                        + " --shard \"$shard/"
                        + o.shards()
                        + "\" --threads "
                        + o.threads()
                        + "\n";
        String merge =
                "#!/bin/bash\n"
                        + "#SBATCH --job-name=issim-"
                        + name
                        + "-merge\n"
                        + "#SBATCH --chdir="
                        + work
                        + "\n"
                        + "#SBATCH --time=30\n"
                        + "#SBATCH --output="
                        + dir(out).resolve("logs")
                        + "/merge-%j.out\n"
                        + partition
                        + "# Merges the shards into results.csv; fails, naming what is missing, if a"
                        + " shard did not finish.\n"
                        + "set -euo pipefail\n"
                        + "exec "
                        + o.launcher()
                        + " merge "
                        + quote(out.toString())
                        + "\n";
        StringBuilder submit =
                new StringBuilder(
                        "#!/bin/bash\n"
                                + "# Submits the sweep '"
                                + name
                                + "' ("
                                + o.shards()
                                + " shards) and its merge. Arguments are passed to the merge's"
                                + " sbatch (e.g. --wait).\n"
                                + "set -euo pipefail\n"
                                + "ids=()\n");
        for (Chunk c : chunks(o.shards(), o.maxArraySize())) {
            submit.append("ids+=(\"$(")
                    .append(sbatchArray(out, "0-" + (c.size() - 1), c.offset()))
                    .append(")\")\n");
        }
        submit.append("dependency=$(IFS=:; echo \"${ids[*]}\")\n")
                .append("echo \"shards: job(s) ${ids[*]}\"\n")
                .append("echo \"merge: after job(s) $dependency\"\n")
                .append("exec sbatch \"$@\" --dependency=afterany:\"$dependency\" ")
                .append(quote(mergeScript(out).toString()))
                .append('\n');
        writeExecutable(arrayScript(out), array);
        writeExecutable(mergeScript(out), merge);
        writeExecutable(submitScript(out), submit.toString());
        write(
                arrayFile(out),
                "# How submit.sh cut the array, for the sbatch lines of issim sweep status.\n"
                        + "maxArraySize="
                        + o.maxArraySize()
                        + "\n",
                false);
    }

    /**
     * The sbatch lines that run {@code missing} shards (from 1, of {@code shards}) again, one per
     * chunk of the array that submit.sh cut with the same {@code maxArraySize}, then the merge.
     */
    public static List<String> resubmit(
            Path sweep, int shards, SortedSet<Integer> missing, int maxArraySize) {
        Path out = sweep.toAbsolutePath().normalize();
        List<String> lines = new ArrayList<>();
        List<String> vars = new ArrayList<>();
        for (Chunk c : chunks(shards, maxArraySize)) {
            SortedSet<Integer> indices = new TreeSet<>();
            for (int s : missing.subSet(c.offset() + 1, c.offset() + c.size() + 1)) {
                indices.add(s - 1 - c.offset());
            }
            if (indices.isEmpty()) {
                continue;
            }
            String v = "j" + (vars.size() + 1);
            vars.add("$" + v);
            lines.add(v + "=$(" + sbatchArray(out, ranges(indices), c.offset()) + ")");
        }
        lines.add(
                "sbatch --dependency=afterany:"
                        + String.join(":", vars)
                        + " "
                        + quote(mergeScript(out).toString()));
        return lines;
    }

    /** "0-3,7,9-10". */
    static String ranges(SortedSet<Integer> ids) {
        StringBuilder b = new StringBuilder();
        Integer start = null, prev = null;
        for (int i : ids) {
            if (prev != null && i == prev + 1) {
                prev = i;
                continue;
            }
            if (start != null) {
                b.append(b.length() > 0 ? "," : "")
                        .append(start.equals(prev) ? start : start + "-" + prev);
            }
            start = i;
            prev = i;
        }
        if (start != null) {
            b.append(b.length() > 0 ? "," : "")
                    .append(start.equals(prev) ? start : start + "-" + prev);
        }
        return b.toString();
    }

    /** A word for the shell, in single quotes. */
    public static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static void writeExecutable(Path file, String text) throws IOException {
        write(file, text, true);
    }

    private static void write(Path file, String text, boolean executable) throws IOException {
        Path tmp = Staged.beside(file);
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        if (executable) {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the scripts are still run with bash or sbatch.
            }
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
