package issim.experiments.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Which runs of a recorded sweep are missing, by shard of the shard count it was run with. */
public record SweepStatus(
        int runs, int recorded, int shards, SortedMap<Integer, List<String>> missing) {

    public static SweepStatus of(Design d, Path dir, int shards) throws IOException {
        List<Run> all = RunKeys.of(d, Points.of(d));
        Set<String> done = Records.keys(dir);
        SortedMap<Integer, List<String>> missing = new TreeMap<>();
        int recorded = 0;
        for (int i = 0; i < all.size(); i++) {
            Run r = all.get(i);
            if (done.contains(r.key())) {
                recorded++;
            } else {
                missing.computeIfAbsent(i % shards + 1, k -> new ArrayList<>()).add(r.id());
            }
        }
        return new SweepStatus(all.size(), recorded, shards, missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
