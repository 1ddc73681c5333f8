package issim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scenario files that cannot be read as a scenario at all: the wrong kind of file, too large, not
 * UTF-8, or at the end of too long a chain of extends. Each gives one message naming the file.
 */
class BadFileTest {
    @TempDir Path dir;

    private static final byte[] LATIN1 =
            "locality:\n  children: 5000\ndescription: caf\u00e9\n"
                    .getBytes(StandardCharsets.ISO_8859_1);

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of(
                        "Latin-1",
                        LATIN1,
                        "3:17: expected UTF-8 text, found the byte 0xE9 at byte offset 43, which is not UTF-8 (is the file Latin-1, Windows-1252 or binary?)"),
                Arguments.of(
                        "binary",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
                        "1:1: expected UTF-8 text, found the byte 0x89 at byte offset 0, which is not UTF-8 (is the file Latin-1, Windows-1252 or binary?)"),
                Arguments.of(
                        "UTF-16 big-endian with a byte-order mark",
                        "\ufefflocality: {}\n".getBytes(StandardCharsets.UTF_16BE),
                        "1:1: expected UTF-8 text, found UTF-16 text (a byte-order mark 0xFEFF at byte 0); save the file as UTF-8"),
                Arguments.of(
                        "UTF-16 little-endian with a byte-order mark",
                        "\ufefflocality: {}\n".getBytes(StandardCharsets.UTF_16LE),
                        "1:1: expected UTF-8 text, found UTF-16 text (a byte-order mark 0xFFFE at byte 0); save the file as UTF-8"),
                Arguments.of(
                        "a NUL byte",
                        "locality:\n  chil\0dren: 5000\n".getBytes(StandardCharsets.UTF_8),
                        "2:7: expected UTF-8 text, found a NUL character (a binary file?)"),
                Arguments.of(
                        "a truncated multi-byte sequence",
                        new byte[] {'a', ':', ' ', (byte) 0xC3},
                        "1:4: expected UTF-8 text, found the byte 0xC3 at byte offset 3, which is not UTF-8 (is the file Latin-1, Windows-1252 or binary?)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void aFileNotInUtf8IsRefusedAtTheFirstBadByte(String what, byte[] bytes, String message)
            throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.write(file, bytes);
        assertOne(file.toString(), file + ":" + message);
    }

    @Test
    void theSameProblemInAParentIsReportedInTheParent() throws Exception {
        Path parent = dir.resolve("parent.yaml");
        Files.write(parent, LATIN1);
        Path child = dir.resolve("child.yaml");
        Files.writeString(child, "extends: parent.yaml\n");
        assertOne(
                child.toString(),
                parent
                        + ":3:17: expected UTF-8 text, found the byte 0xE9 at byte offset 43, which is not UTF-8 (is the file Latin-1, Windows-1252 or binary?)");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        Path file = dir.resolve("bom.yaml");
        Files.write(file, "\ufefflocality:\n  children: 5000\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(5000, ScenarioLoader.load(file.toString()).parameters().locality().children());
    }

    @Test
    void aDirectoryIsRefusedUnread() throws Exception {
        Path d = Files.createDirectory(dir.resolve("scenario.yaml"));
        assertOne(
                d.toString(),
                d + ":1:1: expected a scenario file, found " + d + ", which is a directory");
    }

    @Test
    void aDirectoryNamedByExtendsIsReportedAtTheExtendsLine() throws Exception {
        Path d = Files.createDirectory(dir.resolve("parent.yaml"));
        Path child = dir.resolve("child.yaml");
        Files.writeString(child, "description: \"x\"\nextends: parent.yaml\n");
        assertOne(
                child.toString(),
                child
                        + ":2:10: extends: expected a scenario file, found "
                        + d
                        + ", which is a directory");
    }

    @Test
    void aDeviceIsRefusedUnread() throws Exception {
        Path device = Path.of("/dev/zero");
        assumeTrue(Files.exists(device), "needs /dev/zero");
        assertOne(
                device.toString(),
                "/dev/zero:1:1: expected a scenario file, found /dev/zero, which is not a regular file (a device, a FIFO or a socket)");
    }

    @Test
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "needs mkfifo");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo");
        assertOne(
                fifo.toString(),
                fifo
                        + ":1:1: expected a scenario file, found "
                        + fifo
                        + ", which is not a regular file (a device, a FIFO or a socket)");
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.yaml");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(4L << 30); // sparse: 4 GiB that are never read
        }
        assertOne(
                big.toString(),
                big
                        + ":1:1: expected a scenario file of at most 1048576 bytes, found "
                        + big
                        + " of 4294967296 bytes");
    }

    @Test
    void aLongChainOfExtendsIsRefusedWhereItStops() throws Exception {
        int n = 200;
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve("c" + i + ".yaml"), "extends: c" + (i + 1) + ".yaml\n");
        }
        Files.writeString(dir.resolve("c" + n + ".yaml"), "locality:\n  children: 5000\n");
        Path start = dir.resolve("c0.yaml");
        assertOne(
                start.toString(),
                dir.resolve("c31.yaml")
                        + ":1:10: extends: expected a chain of extends of at most 32 scenario files, found a longer chain from c0, stopped at c31");
    }

    @Test
    void aChainOfThirtyTwoExtendsStillLoads() throws Exception {
        int n = 31;
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve("d" + i + ".yaml"), "extends: d" + (i + 1) + ".yaml\n");
        }
        Files.writeString(dir.resolve("d" + n + ".yaml"), "locality:\n  children: 5000\n");
        assertEquals(
                5000,
                ScenarioLoader.load(dir.resolve("d0.yaml").toString())
                        .parameters()
                        .locality()
                        .children());
    }

    private static void assertOne(String reference, String message) {
        ScenarioException e =
                assertThrows(ScenarioException.class, () -> ScenarioLoader.load(reference));
        assertEquals(message, e.getMessage());
        assertEquals(1, e.errors().size());
        assertTrue(
                Pattern.compile("^\\S.*:\\d+:\\d+: ").matcher(e.getMessage()).find(),
                "located: " + e.getMessage());
    }
}
