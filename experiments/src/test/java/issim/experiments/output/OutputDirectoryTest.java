package issim.experiments.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
    @TempDir Path dir;

    @Test
    void aDirectoryAppearsOnlyWhenCommitted() throws Exception {
        Path target = dir.resolve("out");
        try (OutputDirectory out = OutputDirectory.create(target)) {
            Files.writeString(out.staging().resolve("a.csv"), "x\n");
            assertFalse(Files.exists(target), "nothing visible while writing");
            out.commit();
        }
        assertEquals("x\n", Files.readString(target.resolve("a.csv")));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no staging directory left behind");
        }
    }

    @Test
    void anAbandonedRunLeavesNothing() throws Exception {
        Path target = dir.resolve("out");
        try (OutputDirectory out = OutputDirectory.create(target)) {
            Files.writeString(out.staging().resolve("half.csv"), "half");
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void anExistingDirectoryIsNeverOverwritten() throws Exception {
        Files.createDirectories(dir.resolve("taken"));
        assertThrows(
                FileAlreadyExistsException.class,
                () -> OutputDirectory.create(dir.resolve("taken")));
        Files.createDirectories(dir.resolve("run-001"));
        assertEquals(dir.resolve("run-002"), OutputDirectory.nextFree(dir, "run"));
        assertTrue(Files.exists(dir.resolve("run-001")));
    }

    @Test
    void theNextFreeNameIsReservedSoConcurrentRunsNeverShareIt() throws Exception {
        int runs = 8;
        List<Path> targets = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Path>> done = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                int n = i;
                done.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    try (OutputDirectory out =
                                            OutputDirectory.createNext(dir, "run")) {
                                        Files.writeString(out.staging().resolve("n.txt"), "" + n);
                                        out.commit();
                                        return out.target();
                                    }
                                }));
            }
            start.countDown();
            for (Future<Path> f : done) {
                targets.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(runs, new HashSet<>(targets).size(), "each run its own directory");
        Set<String> written = new HashSet<>();
        for (Path t : targets) {
            written.add(Files.readString(t.resolve("n.txt")));
        }
        assertEquals(runs, written.size(), "every run kept its results");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(runs, left.count(), "no staging or reserved directory left");
        }
    }

    @Test
    void anAbandonedNumberedRunReleasesItsName() throws Exception {
        try (OutputDirectory out = OutputDirectory.createNext(dir, "run")) {
            assertEquals(dir.resolve("run-001"), out.target());
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void somethingAppearingAtTheTargetDuringARunDoesNotLoseIt() throws Exception {
        for (String intruder : List.of("file", "empty directory", "full directory")) {
            Path target = dir.resolve("out-" + intruder.replace(' ', '-'));
            try (OutputDirectory out = OutputDirectory.create(target)) {
                Files.writeString(out.staging().resolve("a.csv"), "mine\n");
                switch (intruder) {
                    case "file" -> Files.writeString(target, "theirs");
                    case "empty directory" -> Files.createDirectory(target);
                    default ->
                            Files.writeString(
                                    Files.createDirectory(target).resolve("b.csv"), "theirs");
                }
                out.commit();
                assertTrue(out.displaced(), intruder);
                assertEquals(target.resolveSibling(target.getFileName() + "-2"), out.target());
                assertEquals("mine\n", Files.readString(out.target().resolve("a.csv")));
            }
            assertFalse(
                    Files.exists(target.resolve("a.csv")),
                    intruder + " is not replaced or changed");
        }
    }
}
