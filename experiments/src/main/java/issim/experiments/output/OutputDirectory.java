package issim.experiments.output;

import issim.scenarios.TextFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One directory per invocation, written atomically: files go to a hidden staging directory beside
 * the target and the whole directory is renamed into place at the end. An existing target is never
 * overwritten: the next free numbered name is chosen by creating it, so two runs started at once
 * never choose the same one, and if something appears at the target during a run, the finished run
 * is written to a fresh sibling name instead of being thrown away. If the run is stopped (Ctrl-C),
 * the staging directory is removed, with any parent directories created for it, and nothing is
 * left. A staging directory left by a run that was killed outright is removed by a later run into
 * the same directory once its process is gone ({@link #removeStale}).
 */
public final class OutputDirectory implements AutoCloseable {
    /** How long a staging directory of a process that is gone is left alone (minutes). */
    static final int STALE_MINUTES = 15;

    /** The output directories of this process not yet committed or discarded. */
    private static final AtomicInteger OPEN = new AtomicInteger();

    private final Path requested;
    private final Path staging;
    private final boolean reserved;
    private final List<Path> createdParents;
    private final Thread cleanup;
    private Path target;
    private boolean committed;
    private boolean closed;

    private OutputDirectory(
            Path target, Path staging, boolean reserved, List<Path> createdParents) {
        this.requested = target;
        this.target = target;
        this.staging = staging;
        this.reserved = reserved;
        this.createdParents = createdParents;
        this.cleanup = new Thread(this::interrupted, "issim-cleanup");
        OPEN.incrementAndGet();
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Set once an output directory has said on the way out that nothing was written. */
    private static volatile boolean said;

    /**
     * True while an output directory of this process is being written, or once one has said on the
     * way out that nothing was written: the interruption is then reported, or will be, by it.
     */
    public static boolean reportsInterruption() {
        return said || OPEN.get() > 0;
    }

    /** Prepares to write {@code target}, which must not exist yet. */
    public static OutputDirectory create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path parent = absolute.getParent();
        List<Path> created = createParents(parent);
        try {
            removeStale(parent);
            Path staging = stagingDirectory(parent, stagingPrefix(absolute, false));
            return new OutputDirectory(absolute, staging, false, created);
        } catch (IOException | RuntimeException e) {
            removeEmpty(created);
            throw e;
        }
    }

    /**
     * A new staging directory in {@code in}, with the permissions the user's umask gives: {@code
     * Files.createTempDirectory} would make it private to its owner, and the finished output, which
     * is this directory renamed, unreadable to colleagues sharing a cluster's file system.
     */
    private static Path stagingDirectory(Path in, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p =
                    in.resolve(
                            prefix
                                    + Long.toUnsignedString(
                                            java.util.concurrent.ThreadLocalRandom.current()
                                                    .nextLong(),
                                            36));
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * Creates {@code dir} and any missing parents; returns those it created, deepest first. A
     * parent that exists but is not a directory is refused with "Not a directory".
     */
    private static List<Path> createParents(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        Path p = dir;
        while (p != null && !Files.exists(p)) {
            missing.add(p);
            p = p.getParent();
        }
        if (p != null && !Files.isDirectory(p)) {
            throw new FileSystemException(p.toString(), null, "Not a directory");
        }
        List<Path> created = new ArrayList<>();
        try {
            for (int i = missing.size() - 1; i >= 0; i--) {
                try {
                    Files.createDirectory(missing.get(i));
                    created.add(0, missing.get(i));
                } catch (FileAlreadyExistsException e) {
                    if (!Files.isDirectory(missing.get(i))) {
                        throw new FileSystemException(
                                missing.get(i).toString(), null, "Not a directory");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            removeEmpty(created);
            throw e;
        }
        return created;
    }

    /** Removes those of {@code dirs} (deepest first) that are still empty. */
    private static void removeEmpty(List<Path> dirs) {
        for (Path d : dirs) {
            try {
                Files.deleteIfExists(d);
            } catch (IOException e) {
                return; // something was put there meanwhile: it, and all above it, stay
            }
        }
    }

    /**
     * A staging directory's name says whose it is: {@code .<target>.partial-<pid>-<start>-<r|n>-},
     * the process and its start (milliseconds since the epoch), and whether the target was reserved
     * (created empty) by that process; a random part follows.
     */
    private static String stagingPrefix(Path target, boolean reserved) {
        ProcessHandle self = ProcessHandle.current();
        long start = self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return "."
                + target.getFileName()
                + ".partial-"
                + self.pid()
                + "-"
                + start
                + (reserved ? "-r-" : "-n-");
    }

    private static final Pattern STAGING =
            Pattern.compile("^\\.(.+)\\.partial-([0-9]+)-([0-9]+)-([rn])-[0-9]+$");

    /**
     * Removes from {@code dir} the staging directories left by runs that were killed (SIGKILL, a
     * crash, a power cut): only directories named as {@link #stagingPrefix} names them, whose
     * process is gone (no process with that id, or one started at another time), and in which
     * nothing has changed for {@value #STALE_MINUTES} minutes; with each, the empty directory it
     * had reserved. Nothing else is touched.
     */
    static void removeStale(Path dir) {
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.partial-*")) {
            for (Path p : entries) {
                candidates.add(p);
            }
        } catch (IOException | RuntimeException e) {
            return; // cannot list: leave everything as it is
        }
        Instant before = Instant.now().minus(Duration.ofMinutes(STALE_MINUTES));
        for (Path p : candidates) {
            Matcher m = STAGING.matcher(p.getFileName().toString());
            if (!m.matches() || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            long pid = Long.parseLong(m.group(2));
            long start = Long.parseLong(m.group(3));
            if (alive(pid, start) || !untouchedSince(p, before)) {
                continue;
            }
            if (deleteTree(p) && m.group(4).equals("r")) {
                try {
                    Files.deleteIfExists(p.resolveSibling(m.group(1))); // only if still empty
                } catch (IOException e) {
                    // Something is in it: not ours to remove.
                }
            }
        }
    }

    /** True if the process {@code pid}, started at {@code start}, may still be running. */
    private static boolean alive(long pid, long start) {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isEmpty() || !h.get().isAlive()) {
            return false;
        }
        Optional<Instant> started = h.get().info().startInstant();
        // Start times are read at different precisions: within a second is the same process.
        return started.isEmpty()
                || start == 0
                || Math.abs(started.get().toEpochMilli() - start) < 1000;
    }

    /** True if neither {@code dir} nor anything in it was modified after {@code before}. */
    private static boolean untouchedSince(Path dir, Instant before) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.allMatch(
                    f -> {
                        try {
                            return Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS)
                                    .toInstant()
                                    .isBefore(before);
                        } catch (IOException e) {
                            return false;
                        }
                    });
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Deletes {@code dir} and what is in it, following no links; true if it is gone. */
    private static boolean deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(
                            f -> {
                                try {
                                    Files.deleteIfExists(f);
                                } catch (IOException e) {
                                    // Left as it is; the directory then stays too.
                                }
                            });
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return !Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Prepares to write the first free directory {@code base/<prefix>-001}, {@code -002}, …,
     * reserving it by creating it (empty until {@link #commit}): a name another run has taken is
     * skipped.
     */
    public static OutputDirectory createNext(Path base, String prefix) throws IOException {
        Path absolute = base.toAbsolutePath().normalize();
        List<Path> created = createParents(absolute);
        removeStale(absolute);
        for (int i = 1; ; i++) {
            Path p = absolute.resolve(String.format(Locale.ROOT, "%s-%03d", prefix, i));
            try {
                Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (IOException | RuntimeException e) {
                removeEmpty(created);
                throw e;
            }
            try {
                Path staging = stagingDirectory(absolute, stagingPrefix(p, true));
                return new OutputDirectory(p, staging, true, created);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(p);
                removeEmpty(created);
                throw e;
            }
        }
    }

    /**
     * Why writing {@code requested} failed, for the user: the operating system's reason, and the
     * path it concerns only if that is one of the user's own directories above it, never the hidden
     * staging directory ("/data/x: Not a directory", "Permission denied").
     */
    public static String problem(IOException e, Path requested) {
        String reason = TextFiles.reason(e);
        if (e instanceof FileSystemException f && f.getFile() != null) {
            Path mine = requested.toAbsolutePath().normalize();
            Path culprit = Path.of(f.getFile()).toAbsolutePath().normalize();
            if (!culprit.equals(mine) && mine.startsWith(culprit)) {
                return culprit + ": " + reason;
            }
        }
        return reason;
    }

    /** The first free directory {@code base/<prefix>-001}, {@code -002}, …. */
    public static Path nextFree(Path base, String prefix) {
        for (int i = 1; ; i++) {
            Path p = base.resolve(String.format("%s-%03d", prefix, i));
            if (!Files.exists(p)) {
                return p;
            }
        }
    }

    /** Where to write the files until {@link #commit}. */
    public Path staging() {
        return staging;
    }

    /**
     * The directory as it appears once committed (absolute): the one asked for, or after {@link
     * #commit} the sibling it was written to if something else appeared there meanwhile.
     */
    public Path target() {
        return target;
    }

    /** The directory asked for (absolute). */
    public Path requested() {
        return requested;
    }

    /** True once committed to a sibling of the directory asked for; see {@link #target}. */
    public boolean displaced() {
        return !target.equals(requested);
    }

    /**
     * Moves everything into place in one rename. If something appeared at the target during the
     * run, the results go to the first free sibling {@code <target>-2}, {@code -3}, … instead (see
     * {@link #displaced}); nothing already there is replaced.
     */
    public synchronized void commit() throws IOException {
        if (reserved ? moveOnto(target) : claimAndMove(target)) {
            committed = true;
            return;
        }
        for (int i = 2; ; i++) {
            Path sibling = target.resolveSibling(target.getFileName() + "-" + i);
            if (claimAndMove(sibling)) {
                target = sibling;
                committed = true;
                return;
            }
        }
    }

    /** Creates {@code p} as an empty directory of ours and renames the staging onto it. */
    private boolean claimAndMove(Path p) throws IOException {
        try {
            Files.createDirectory(p);
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        return moveOnto(p);
    }

    /** Renames the staging onto {@code p}, an empty directory of ours; false if it is not empty. */
    private boolean moveOnto(Path p) throws IOException {
        try {
            Files.move(staging, p, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileSystemException e) {
            if (Files.exists(staging) && Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return false; // something was put into it meanwhile: leave it alone
            }
            throw e;
        }
    }

    /** On the way out before the run has finished (Ctrl-C): says so, then cleans up. */
    private void interrupted() {
        synchronized (this) {
            if (!committed && !closed) {
                said = true;
                System.err.println("issim: interrupted; nothing written");
                System.err.flush();
            }
        }
        discard();
    }

    private synchronized void discard() {
        if (closed) {
            return;
        }
        closed = true;
        OPEN.decrementAndGet();
        if (committed) {
            return;
        }
        deleteTree(staging);
        if (reserved) {
            try {
                Files.deleteIfExists(target); // only while still empty
            } catch (IOException e) {
                // Something was put into the reserved directory: not ours to remove.
            }
        }
        removeEmpty(createdParents);
    }

    @Override
    public void close() {
        discard();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or has run.
        }
    }
}
