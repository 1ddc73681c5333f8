package issim.experiments.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
