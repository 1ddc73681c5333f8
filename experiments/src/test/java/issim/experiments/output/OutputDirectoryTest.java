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
    void aFinishedDirectoryHasTheUsersUsualPermissions() throws Exception {
        // As any directory the user makes there (the umask's), not private to them: colleagues on
        // a cluster's shared file system read the results.
        Path usual = Files.createDirectory(dir.resolve("usual"));
        Path target = dir.resolve("out");
        try (OutputDirectory out = OutputDirectory.create(target)) {
            out.commit();
        }
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(target));
        Path numbered;
        try (OutputDirectory out = OutputDirectory.createNext(dir.resolve("runs"), "run")) {
            out.commit();
            numbered = out.target();
        }
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(numbered));
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

    @Test
    void parentDirectoriesCreatedForARunAreRemovedIfItIsAbandoned() throws Exception {
        Path target = dir.resolve("a/b/c/out");
        try (OutputDirectory out = OutputDirectory.create(target)) {
            assertTrue(Files.isDirectory(dir.resolve("a/b/c")));
            Files.writeString(out.staging().resolve("half.csv"), "half");
        }
        assertFalse(Files.exists(dir.resolve("a")), "no parent left behind");

        Files.createDirectories(dir.resolve("kept"));
        try (OutputDirectory out = OutputDirectory.create(dir.resolve("kept/x/out"))) {
            Files.writeString(dir.resolve("kept/x/theirs.txt"), "theirs");
        }
        assertTrue(Files.exists(dir.resolve("kept/x/theirs.txt")), "a parent in use stays");

        try (OutputDirectory out = OutputDirectory.createNext(dir.resolve("p/q"), "run")) {
            assertTrue(Files.isDirectory(dir.resolve("p/q/run-001")));
        }
        assertFalse(Files.exists(dir.resolve("p")));

        try (OutputDirectory out = OutputDirectory.create(dir.resolve("d/e/out"))) {
            out.commit();
        }
        assertTrue(Files.isDirectory(dir.resolve("d/e/out")), "committed: the parents stay");
    }

    @Test
    void aParentThatIsAFileIsNotADirectory() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        java.nio.file.FileSystemException e =
                assertThrows(
                        java.nio.file.FileSystemException.class,
                        () -> OutputDirectory.create(file.resolve("sub/out")));
        assertEquals(
                file + ": Not a directory",
                OutputDirectory.problem(e, file.resolve("sub/out")),
                "the operating system's reason and the user's own path");
        assertEquals("x", Files.readString(file));
    }

    @Test
    void staleStagingDirectoriesOfKilledRunsAreRemovedAndNothingElse() throws Exception {
        Process gone = new ProcessBuilder("sleep", "60").start();
        long start = gone.toHandle().info().startInstant().orElseThrow().toEpochMilli();
        long pid = gone.pid();
        gone.destroyForcibly().waitFor();
        ProcessHandle self = ProcessHandle.current();
        long selfStart = self.info().startInstant().orElseThrow().toEpochMilli();
        java.nio.file.attribute.FileTime old =
                java.nio.file.attribute.FileTime.from(
                        java.time.Instant.now().minus(java.time.Duration.ofHours(1)));

        Path stale = staging("out", pid, start, "n", old);
        Path staleReserved = staging("run-001", pid, start, "r", old);
        Path reserved = Files.createDirectory(dir.resolve("run-001"));
        Path staleReservedInUse = staging("run-002", pid, start, "r", old);
        Path inUse = Files.createDirectory(dir.resolve("run-002"));
        Files.writeString(inUse.resolve("user.txt"), "mine");
        Path reused = staging("reused", self.pid(), start - 3_600_000, "n", old);
        Path fresh =
                staging(
                        "fresh",
                        pid,
                        start,
                        "n",
                        java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
        Path live = staging("live", self.pid(), selfStart, "n", old);
        Path unrelated = Files.createDirectory(dir.resolve(".foo.partial-bar"));
        Path plainFile =
                Files.writeString(dir.resolve(".x.partial-" + pid + "-" + start + "-n-5"), "f");
        Path noDot = Files.createDirectory(dir.resolve("y.partial-" + pid + "-" + start + "-n-6"));
        for (Path p : List.of(unrelated, plainFile, noDot)) {
            Files.setLastModifiedTime(p, old);
        }

        try (OutputDirectory out = OutputDirectory.create(dir.resolve("next"))) {
            out.commit();
        }

        for (Path p : List.of(stale, staleReserved, reserved, staleReservedInUse, reused)) {
            assertFalse(Files.exists(p), p + " removed");
        }
        for (Path p : List.of(inUse, fresh, live, unrelated, plainFile, noDot)) {
            assertTrue(Files.exists(p), p + " kept");
        }
        assertEquals("mine", Files.readString(inUse.resolve("user.txt")));
        assertTrue(Files.exists(dir.resolve("next")));
    }

    /**
     * A staging directory as a run of process {@code pid} names it, with a file, all at {@code t}.
     */
    private Path staging(
            String target, long pid, long start, String kind, java.nio.file.attribute.FileTime t)
            throws Exception {
        Path p =
                Files.createDirectory(
                        dir.resolve(
                                "."
                                        + target
                                        + ".partial-"
                                        + pid
                                        + "-"
                                        + start
                                        + "-"
                                        + kind
                                        + "-42"));
        Path f = Files.writeString(p.resolve("timeseries.csv"), "x\n");
        Files.setLastModifiedTime(f, t);
        Files.setLastModifiedTime(p, t);
        return p;
    }
}
