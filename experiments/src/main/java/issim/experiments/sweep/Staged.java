package issim.experiments.sweep;

import java.nio.file.Path;
import java.util.UUID;

/**
 * Where a file is written before it is moved into place: a hidden sibling, unique to the writer
 * (shards on several machines may write the same manifest at once), created with the ordinary
 * permissions rather than a temporary file's owner-only ones.
 */
final class Staged {
    private Staged() {}

    static Path beside(Path target) {
        return target.resolveSibling(
                "." + target.getFileName() + "." + UUID.randomUUID() + ".partial");
    }
}
