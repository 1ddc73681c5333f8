package issim.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sbatch lines that rerun failed shards cut the array as submit.sh does. */
class SlurmScriptsTest {
    @TempDir Path dir;

    private static final Pattern ARRAY =
            Pattern.compile("--array=([0-9,-]+) --export=ALL,ISSIM_SHARD_OFFSET=(\\d+) ");

    /** Offset to array task indices, for each sbatch of the array in {@code lines}. */
    private static Map<Integer, Set<Integer>> arrays(List<String> lines) {
        Map<Integer, Set<Integer>> out = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher m = ARRAY.matcher(line);
            if (m.find()) {
                Set<Integer> tasks = new TreeSet<>();
                for (String range : m.group(1).split(",")) {
                    String[] ends = range.split("-");
                    int from = Integer.parseInt(ends[0]);
                    int to = Integer.parseInt(ends[ends.length - 1]);
                    for (int i = from; i <= to; i++) {
                        tasks.add(i);
                    }
                }
                out.put(Integer.parseInt(m.group(2)), tasks);
            }
        }
        return out;
    }

    @Test
    void rerunLinesUseTheChunksAndOffsetsOfSubmitSh() throws Exception {
        SlurmScripts.write(
                dir,
                dir.resolve("d.yaml"),
                "d",
                new SlurmScripts.Options(5, 1, 2, "issim", 15, null));
        Map<Integer, Set<Integer>> submitted =
                arrays(Files.readAllLines(SlurmScripts.submitScript(dir)));
        assertEquals(Map.of(0, Set.of(0, 1), 2, Set.of(0, 1), 4, Set.of(0)), submitted);
        assertEquals(2, SlurmScripts.maxArraySize(dir), "recorded for sweep status");

        // Every shard missing: exactly the arrays submit.sh submitted.
        List<String> all = SlurmScripts.resubmit(dir, 5, new TreeSet<>(List.of(1, 2, 3, 4, 5)), 2);
        assertEquals(submitted, arrays(all));
        assertEquals(4, all.size(), "three arrays and the merge");
        assertTrue(all.get(3).startsWith("sbatch --dependency=afterany:$j1:$j2:$j3 "), all.get(3));

        // Shards 2, 3 and 5: task 1 of the first chunk, task 0 of the second and of the third.
        List<String> some = SlurmScripts.resubmit(dir, 5, new TreeSet<>(List.of(2, 3, 5)), 2);
        assertEquals(Map.of(0, Set.of(1), 2, Set.of(0), 4, Set.of(0)), arrays(some));
        // Shard 4 alone: only the second chunk.
        List<String> one = SlurmScripts.resubmit(dir, 5, new TreeSet<>(List.of(4)), 2);
        assertEquals(Map.of(2, Set.of(1)), arrays(one));
        assertTrue(one.get(1).startsWith("sbatch --dependency=afterany:$j1 "), one.get(1));
    }

    @Test
    void aSweepEmittedBeforeTheSizeWasRecordedHasNone() {
        assertEquals(null, SlurmScripts.maxArraySize(dir));
    }
}
