package issim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scenario files that cannot be read, through the command's real entry point: each gives exit code
 * 2 and one located message on stderr, no stack trace, and writes nothing.
 */
class BadInputTest {
    @TempDir Path dir;

    /** Makes the scenario file in {@code dir}; returns the reference to pass to issim. */
    interface Maker {
        Path make(Path dir) throws Exception;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "a directory",
                        (Maker) d -> Files.createDirectory(d.resolve("s.yaml")),
                        "^(.*s\\.yaml):1:1: expected a scenario file, found \\1, which is a directory$"),
                Arguments.of(
                        "a device",
                        (Maker) d -> Path.of("/dev/zero"),
                        "^/dev/zero:1:1: expected a scenario file, found /dev/zero, which is not a regular file \\(a device, a FIFO or a socket\\)$"),
                Arguments.of(
                        "a huge file",
                        (Maker)
                                d -> {
                                    Path p = d.resolve("huge.yaml");
                                    try (RandomAccessFile f =
                                            new RandomAccessFile(p.toFile(), "rw")) {
                                        f.setLength(2L << 30);
                                    }
                                    return p;
                                },
                        "^.*huge\\.yaml:1:1: expected a scenario file of at most 1048576 bytes, found .*huge\\.yaml of 2147483648 bytes$"),
                Arguments.of(
                        "a huge parent",
                        (Maker)
                                d -> {
                                    try (RandomAccessFile f =
                                            new RandomAccessFile(
                                                    d.resolve("huge.yaml").toFile(), "rw")) {
                                        f.setLength(2L << 20);
                                    }
                                    return Files.writeString(
                                            d.resolve("child.yaml"), "extends: huge.yaml\n");
                                },
                        "^.*child\\.yaml:1:10: extends: expected a scenario file of at most 1048576 bytes, found .*huge\\.yaml of 2097152 bytes$"),
                Arguments.of(
                        "Latin-1",
                        (Maker)
                                d ->
                                        Files.write(
                                                d.resolve("latin.yaml"),
                                                "description: \"caf\u00e9\"\n"
                                                        .getBytes(StandardCharsets.ISO_8859_1)),
                        "^.*latin\\.yaml:1:18: expected UTF-8 text, found the byte 0xE9 at byte offset 17, which is not UTF-8 .*$"),
                Arguments.of(
                        "UTF-16",
                        (Maker)
                                d ->
                                        Files.write(
                                                d.resolve("utf16.yaml"),
                                                "\ufeffdescription: x\n"
                                                        .getBytes(StandardCharsets.UTF_16LE)),
                        "^.*utf16\\.yaml:1:1: expected UTF-8 text, found UTF-16 text .*$"),
                Arguments.of(
                        "a tag",
                        (Maker)
                                d ->
                                        Files.writeString(
                                                d.resolve("tag.yaml"),
                                                "locality: !!python/object:os.system {}\n"),
                        "^.*tag\\.yaml:1:11: locality: expected plain values \\(YAML tags are not supported\\), found the tag !!python/object:os.system$"),
                Arguments.of(
                        "an anchor",
                        (Maker)
                                d ->
                                        Files.writeString(
                                                d.resolve("anchor.yaml"),
                                                "locality: &a\n  children: 5000\n"),
                        "^.*anchor\\.yaml:1:11: locality: expected plain values \\(anchors and aliases are not supported\\), found the anchor &a$"),
                Arguments.of(
                        "a long chain of extends",
                        (Maker)
                                d -> {
                                    for (int i = 0; i < 100; i++) {
                                        Files.writeString(
                                                d.resolve("c" + i + ".yaml"),
                                                "extends: c" + (i + 1) + ".yaml\n");
                                    }
                                    Files.writeString(d.resolve("c100.yaml"), "{}\n");
                                    return d.resolve("c0.yaml");
                                },
                        "^.*c31\\.yaml:1:10: extends: expected a chain of extends of at most 32 scenario files, found a longer chain from c0, stopped at c31$"),
                Arguments.of(
                        "a terminal escape code",
                        (Maker)
                                d ->
                                        Files.writeString(
                                                d.resolve("esc.yaml"),
                                                "culture:\n  blame: \"\\e]0;owned\\a\"\n"),
                        "^.*esc\\.yaml:2:10: culture\\.blame: expected true or false, found the text '\\\\u001b\\]0;owned\\\\u0007'$"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithOneLocatedMessageAndNothingWritten(String what, Maker maker, String pattern)
            throws Exception {
        Path scenario = maker.make(dir);
        Set<Path> before = list(dir);
        Path out = dir.resolve("out");
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int status =
                Issim.execute(
                        new String[] {"run", scenario.toString(), "--out", out.toString()},
                        new PrintStream(o, true, StandardCharsets.UTF_8),
                        new PrintStream(e, true, StandardCharsets.UTF_8));
        String err = e.toString(StandardCharsets.UTF_8);
        assertEquals(2, status, err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(Pattern.compile(pattern).matcher(err.strip()).matches(), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception"), "no stack trace: " + err);
        assertFalse(err.contains("\u001b"), "no raw control characters");
        assertEquals(before, list(dir), "nothing written");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherInputs")
    void otherYamlInputsAreCheckedTheSameWay(String what, String[] args, String pattern)
            throws Exception {
        Files.createDirectory(dir.resolve("d.yaml"));
        Set<Path> before = list(dir);
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        String[] resolved = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i].replace("DIR", dir.toString());
        }
        int status =
                Issim.execute(
                        resolved,
                        new PrintStream(o, true, StandardCharsets.UTF_8),
                        new PrintStream(e, true, StandardCharsets.UTF_8));
        String err = e.toString(StandardCharsets.UTF_8);
        assertEquals(2, status, err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(Pattern.compile(pattern).matcher(err.strip()).matches(), err);
        assertEquals(before, list(dir), "nothing written");
    }

    static Stream<Arguments> otherInputs() {
        return Stream.of(
                Arguments.of(
                        "a sweep design that is a device",
                        new String[] {"sweep", "/dev/zero", "--out", "DIR/out"},
                        "^/dev/zero:1:1: expected a design file, found /dev/zero, which is not a regular file \\(a device, a FIFO or a socket\\)$"),
                Arguments.of(
                        "parameter ranges that are a directory",
                        new String[] {
                            "compare",
                            "baseline",
                            "co-location",
                            "--parameter-uncertainty",
                            "DIR/d.yaml",
                            "--out",
                            "DIR/out"
                        },
                        "^(.*d\\.yaml):1:1: expected a file of factors, found \\1, which is a directory$"));
    }

    private static Set<Path> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.collect(Collectors.toSet());
        }
    }
}
