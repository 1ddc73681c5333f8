package issim.experiments.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One directory per invocation, written atomically: files go to a hidden staging directory beside
 * the target and the whole directory is renamed into place at the end. An existing target is never
 * overwritten. If the run is stopped (Ctrl-C), the staging directory is removed and nothing is
 * left.
 */
public final class OutputDirectory implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final Thread cleanup;
    private boolean committed;

    private OutputDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
        this.cleanup = new Thread(this::discard, "issim-cleanup");
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
        return new OutputDirectory(absolute, staging);
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

    /** The directory as it appears once committed (absolute). */
    public Path target() {
        return target;
    }

    /** Moves everything into place in one rename. */
    public synchronized void commit() throws IOException {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
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
