package issim.experiments.sweep;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the records of a sweep directory: every shard file under {@code runs/}, whatever the shard
 * count that wrote it, line by line. A line without its newline (torn by a kill) or that is not a
 * record is skipped.
 */
public final class Records {
    private Records() {}

    public static Path runsDir(Path sweep) {
        return sweep.resolve("runs");
    }

    /** The shard file of shard {@code i} of {@code n}. */
    public static Path shardFile(Path sweep, int i, int n) {
        return runsDir(sweep).resolve(String.format("shard-%d-of-%d.jsonl", i, n));
    }

    /** Calls {@code each} with every complete record, file by file in name order. */
    public static void forEach(Path sweep, Consumer<RunRecord> each) throws IOException {
        Path runs = runsDir(sweep);
        if (!Files.isDirectory(runs)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(runs)) {
            files =
                    s.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                            .filter(Files::isRegularFile)
                            .sorted()
                            .toList();
        }
        for (Path f : files) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
                ByteArrayOutputStream line = new ByteArrayOutputStream(512);
                int c;
                while ((c = in.read()) != -1) {
                    if (c != '\n') {
                        line.write(c);
                        continue;
                    }
                    RunRecord r = RunRecord.parse(line.toString(StandardCharsets.UTF_8));
                    if (r != null) {
                        each.accept(r);
                    }
                    line.reset();
                }
                // Whatever is left has no newline: a torn line, ignored.
            }
        }
    }

    /** The keys of every recorded run. */
    public static Set<String> keys(Path sweep) throws IOException {
        Set<String> keys = new HashSet<>();
        forEach(sweep, r -> keys.add(r.key()));
        return keys;
    }
}
