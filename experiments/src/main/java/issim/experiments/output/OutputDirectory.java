package issim.experiments.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One directory per invocation, written atomically: files go to a hidden staging directory beside
 * the target and the whole directory is renamed into place at the end. An existing target is never
 * overwritten: the next free numbered name is chosen by creating it, so two runs started at once
 * never choose the same one, and if something appears at the target during a run, the finished run
 * is written to a fresh sibling name instead of being thrown away. If the run is stopped (Ctrl-C),
 * the staging directory is removed and nothing is left.
 */
public final class OutputDirectory implements AutoCloseable {
    private final Path requested;
    private final Path staging;
    private final boolean reserved;
    private final Thread cleanup;
    private Path target;
    private boolean committed;

    private OutputDirectory(Path target, Path staging, boolean reserved) {
        this.requested = target;
        this.target = target;
        this.staging = staging;
        this.reserved = reserved;
        this.cleanup = new Thread(this::interrupted, "issim-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Prepares to write {@code target}, which must not exist yet. */
    public static OutputDirectory create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging =
                Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
        return new OutputDirectory(absolute, staging, false);
    }

    /**
     * Prepares to write the first free directory {@code base/<prefix>-001}, {@code -002}, …,
     * reserving it by creating it (empty until {@link #commit}): a name another run has taken is
     * skipped.
     */
    public static OutputDirectory createNext(Path base, String prefix) throws IOException {
        Path absolute = base.toAbsolutePath().normalize();
        Files.createDirectories(absolute);
        for (int i = 1; ; i++) {
            Path p = absolute.resolve(String.format("%s-%03d", prefix, i));
            try {
                Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            try {
                Path staging =
                        Files.createTempDirectory(absolute, "." + p.getFileName() + ".partial-");
                return new OutputDirectory(p, staging, true);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(p);
                throw e;
            }
        }
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
            if (!committed) {
                System.err.println("issim: interrupted; nothing written");
                System.err.flush();
            }
        }
        discard();
    }

    private synchronized void discard() {
        if (committed) {
            return;
        }
        try (Stream<Path> files = Files.walk(staging)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort on the way out.
        }
        if (reserved) {
            try {
                Files.deleteIfExists(target); // only while still empty
            } catch (IOException e) {
                // Something was put into the reserved directory: not ours to remove.
            }
        }
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
