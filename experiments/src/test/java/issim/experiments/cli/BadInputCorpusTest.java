package issim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hundreds of bad inputs, each refused through the command's real entry point (in process) with
 * exit code 2, exactly one located message of the expected text, no stack trace, nothing on
 * standard output and nothing written. The cases are data: {@code corpus/*.cases} in the test
 * resources (one line a case, see {@code corpus/README}), and one table generated from the
 * reference of every scenario key, docs/scenarios.md (each number above and below its range, and of
 * the wrong type).
 */
class BadInputCorpusTest {
    private static final String[] FILES = {
        "scenario-values.cases",
        "scenario-structure.cases",
        "cross-field.cases",
        "extends.cases",
        "encodings.cases",
        "file-kinds.cases",
        "flags.cases",
        "output-paths.cases",
        "concurrency.cases"
    };

    private static Path root;
    private static int count;

    @BeforeAll
    static void root() throws IOException {
        root = Files.createTempDirectory("issim-corpus");
    }

    @AfterAll
    static void clean() throws IOException {
        deleteTree(root);
    }

    /** One case: where it is written, what is done, and the message expected. */
    record Case(String where, String kind, String input, String expected) {}

    @TestFactory
    Stream<DynamicTest> handWrittenCases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String f : FILES) {
            cases.addAll(read(f));
        }
        count += cases.size();
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.where() + " " + c.input(), () -> check(c)));
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioKeyOutOfRangeAndOfTheWrongType() throws IOException {
        List<Case> cases = generated();
        count += cases.size();
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.where() + " " + c.input(), () -> check(c)));
    }

    @Test
    void theCorpusHoldsAtLeastThreeHundredCases() throws IOException {
        int n = generated().size();
        for (String f : FILES) {
            n += read(f).size();
        }
        assertTrue(n >= 300, "cases: " + n);
    }

    /** The cases of one file: {@code kind | input | expected}, # comments and blank lines aside. */
    static List<Case> read(String file) throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream("corpus/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int n = 0;
            for (String line : text.split("\n", -1)) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" \\| ", 3);
                if (parts.length != 3) {
                    throw new IllegalStateException(
                            file + ":" + n + ": expected kind | input | message");
                }
                out.add(new Case(file + ":" + n, parts[0].strip(), parts[1], parts[2]));
            }
        }
        return out;
    }

    private static final Pattern RANGE =
            Pattern.compile("^(whole number|number) from (-?[0-9.]+) to (-?[0-9.]+)$");

    /**
     * From docs/scenarios.md, the reference of every key: for each number, a value above its range,
     * one below, and a text; for each true-or-false, a number.
     */
    static List<Case> generated() throws IOException {
        Path doc = Path.of("..", "docs", "scenarios.md");
        List<Case> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(doc)) {
            n++;
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String key = cells[1].strip().replace("`", "");
            String allowed = cells[4].strip();
            String where = "docs/scenarios.md:" + n;
            Matcher m = RANGE.matcher(allowed);
            if (m.matches()) {
                BigDecimal min = new BigDecimal(m.group(2)), max = new BigDecimal(m.group(3));
                for (String v :
                        List.of(
                                max.add(BigDecimal.ONE).toPlainString(),
                                min.subtract(BigDecimal.ONE).toPlainString())) {
                    out.add(nested(where, key, v, "expected a " + allowed + ", found " + v));
                }
                out.add(
                        nested(
                                where,
                                key,
                                "lots",
                                "expected a " + allowed + ", found the text 'lots'"));
                out.add(nested(where, key, "[1, 2]", "expected a " + allowed + ", found a list"));
            } else if (allowed.equals("true or false")) {
                out.add(nested(where, key, "2", "expected true or false, found 2"));
                out.add(
                        nested(
                                where,
                                key,
                                "\"yes\"",
                                "expected true or false, found the text 'yes'"));
            }
        }
        return out;
    }

    /** A scenario file setting {@code dotted} to {@code value}, nested as YAML writes it. */
    private static Case nested(String where, String dotted, String value, String expected) {
        String[] keys = dotted.split("\\.");
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < keys.length; i++) {
            yaml.append("  ".repeat(i)).append(keys[i]).append(':');
            yaml.append(i == keys.length - 1 ? " " + value + "\\n" : "\\n");
        }
        int column = 2 * (keys.length - 1) + keys[keys.length - 1].length() + 3;
        return new Case(
                where,
                "yaml",
                yaml.toString(),
                keys.length + ":" + column + ": " + dotted + ": " + expected);
    }

    /** Runs one case in a directory of its own and checks everything the corpus promises. */
    static void check(Case c) throws Exception {
        Path dir = Files.createTempDirectory(root, "case");
        try {
            String expected;
            List<String> args;
            Path file = dir.resolve("s.yaml");
            switch (c.kind()) {
                case "yaml", "bytes" -> {
                    Files.write(file, bytes(c.input(), dir));
                    args = List.of("run", file.toString(), "--out", dir.resolve("out").toString());
                    expected =
                            c.expected().startsWith("~")
                                    ? "~"
                                            + Pattern.quote(file.toString())
                                            + ":"
                                            + c.expected().substring(1)
                                    : file + ":" + c.expected();
                }
                case "validate" -> {
                    Files.write(file, bytes(c.input(), dir));
                    args = List.of("validate", file.toString());
                    expected =
                            c.expected().startsWith("~")
                                    ? "~"
                                            + Pattern.quote(file.toString())
                                            + ":"
                                            + c.expected().substring(1)
                                    : file + ":" + c.expected();
                }
                case "args", "parallel" -> {
                    args = arguments(c.input(), dir);
                    expected = c.expected();
                }
                default ->
                        throw new IllegalStateException(c.where() + ": unknown kind " + c.kind());
            }
            String message = expand(expected, dir);
            Map<String, String> before = snapshot(dir);
            int runs = c.kind().equals("parallel") ? 4 : 1;
            List<Result> results = invoke(args, runs);
            for (Result r : results) {
                String err = r.err();
                String all = "case " + c.where() + " " + args + "\n" + err;
                assertEquals(2, r.status(), all);
                assertEquals("", r.out(), "nothing on standard output: " + all);
                assertEquals(1, err.lines().count(), "exactly one message: " + all);
                String line = err.strip();
                if (message.startsWith("~")) {
                    assertTrue(
                            Pattern.compile(message.substring(1)).matcher(line).matches(),
                            "expected to match " + message.substring(1) + "\n" + all);
                } else {
                    assertEquals(message, line, all);
                }
                assertTrue(
                        Pattern.compile("^(issim[a-z ]*: |\\S.*:[0-9]+:[0-9]+: )")
                                .matcher(line)
                                .find(),
                        "located (issim: --flag or file:line:column): " + all);
                assertFalse(
                        err.contains("at issim.")
                                || err.contains("Exception")
                                || err.contains("\tat ")
                                || err.contains("picocli"),
                        "no stack trace or parser internals: " + all);
                assertFalse(err.contains("found found"), all);
                assertFalse(
                        err.chars().anyMatch(ch -> ch < 0x20 && ch != '\n'),
                        "no raw control characters: " + all);
            }
            assertEquals(before, snapshot(dir), "nothing written: " + c.where());
            assertFalse(Files.exists(dir.resolve("out"), LinkOption.NOFOLLOW_LINKS), c.where());
        } finally {
            deleteTree(dir);
        }
    }

    record Result(int status, String out, String err) {}

    private static List<Result> invoke(List<String> args, int times) throws Exception {
        Callable<Result> one =
                () -> {
                    ByteArrayOutputStream o = new ByteArrayOutputStream();
                    ByteArrayOutputStream e = new ByteArrayOutputStream();
                    int status =
                            Issim.execute(
                                    args.toArray(String[]::new),
                                    new PrintStream(o, true, StandardCharsets.UTF_8),
                                    new PrintStream(e, true, StandardCharsets.UTF_8));
                    return new Result(
                            status,
                            o.toString(StandardCharsets.UTF_8),
                            e.toString(StandardCharsets.UTF_8));
                };
        if (times == 1) {
            return List.of(one.call());
        }
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            List<Future<Result>> fs = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                fs.add(pool.submit(one));
            }
            List<Result> out = new ArrayList<>();
            for (Future<Result> f : fs) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The arguments of an {@code args} case, split on spaces ({@code \s} is a space within one),
     * after its set-up words: {@code @mkdir:P}, {@code @file:P=TEXT}, {@code @fifo:P}, {@code
     * @sparse:P=BYTES}, {@code @chain:N} (c0.yaml extends c1.yaml … cN.yaml).
     */
    private static List<String> arguments(String input, Path dir) throws Exception {
        List<String> args = new ArrayList<>();
        for (String word : input.strip().split(" +")) {
            String w = expand(word, dir).replace("\\s", " ");
            if (w.startsWith("@mkdir:")) {
                Files.createDirectories(Path.of(w.substring(7)));
            } else if (w.startsWith("@file:")) {
                int eq = w.indexOf('=');
                Path p = Path.of(w.substring(6, eq));
                Files.createDirectories(p.getParent());
                Files.write(p, bytes(w.substring(eq + 1), dir));
            } else if (w.startsWith("@fifo:")) {
                Process p = new ProcessBuilder("mkfifo", w.substring(6)).start();
                assertEquals(0, p.waitFor(), "mkfifo");
            } else if (w.startsWith("@sparse:")) {
                int eq = w.indexOf('=');
                try (RandomAccessFile f = new RandomAccessFile(w.substring(8, eq), "rw")) {
                    f.setLength(Long.parseLong(w.substring(eq + 1)));
                }
            } else if (w.startsWith("@chain:")) {
                int n = Integer.parseInt(w.substring(7));
                for (int i = 0; i < n; i++) {
                    Files.writeString(
                            dir.resolve("c" + i + ".yaml"), "extends: c" + (i + 1) + ".yaml\n");
                }
                Files.writeString(dir.resolve("c" + n + ".yaml"), "{}\n");
            } else {
                args.add(new String(bytes(w, dir), StandardCharsets.UTF_8));
            }
        }
        return args;
    }

    /** {dir} is the case's directory; {dir/} quoted for a pattern after ~. */
    private static String expand(String s, Path dir) {
        return s.replace("{dir}", dir.toString());
    }

    /**
     * The bytes of a file as a case writes it: UTF-8, with {@code \n}, {@code \t}, {@code \r},
     * {@code \\}, {@code \xHH} (one raw byte), a backslash, u and four hex digits (a character; U
     * and six for beyond U+FFFF) and {@code \R{N,TEXT}} (TEXT N times).
     */
    static byte[] bytes(String s, Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String t = expand(s, dir);
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch != '\\' || i + 1 == t.length()) {
                int cp = t.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp) - 1;
                continue;
            }
            char e = t.charAt(++i);
            switch (e) {
                case 'n' -> out.write('\n');
                case 'e' -> out.write(0x1B);
                case 'a' -> out.write(0x07);
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case 's' -> out.write(' ');
                case '\\' -> out.write('\\');
                case 'x' -> {
                    out.write(Integer.parseInt(t.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    out.writeBytes(
                            String.valueOf((char) Integer.parseInt(t.substring(i + 1, i + 5), 16))
                                    .getBytes(StandardCharsets.UTF_8));
                    i += 4;
                }
                case 'U' -> {
                    out.writeBytes(
                            new String(
                                            Character.toChars(
                                                    Integer.parseInt(
                                                            t.substring(i + 1, i + 7), 16)))
                                    .getBytes(StandardCharsets.UTF_8));
                    i += 6;
                }
                case 'R' -> {
                    int close = t.indexOf('}', i);
                    String[] spec = t.substring(i + 2, close).split(",", 2);
                    out.writeBytes(
                            spec[1].repeat(Integer.parseInt(spec[0]))
                                    .getBytes(StandardCharsets.UTF_8));
                    i = close;
                }
                default -> throw new IllegalStateException("unknown escape \\" + e + " in " + s);
            }
        }
        return out.toByteArray();
    }

    /** Every path under {@code dir} with its kind, size and modification time. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                BasicFileAttributes a =
                        Files.readAttributes(
                                p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                out.put(
                        dir.relativize(p).toString(),
                        (a.isDirectory() ? "d" : a.isRegularFile() ? "f" : "o")
                                + " "
                                + (a.isDirectory() ? 0 : a.size())
                                + " "
                                + a.lastModifiedTime().toMillis());
            }
        }
        return out;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
