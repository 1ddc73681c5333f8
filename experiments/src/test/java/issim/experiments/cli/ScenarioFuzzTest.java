package issim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import issim.scenarios.Catalogue;
import issim.scenarios.ScenarioException;
import issim.scenarios.ScenarioLoader;
import issim.scenarios.ScenarioWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of scenario files made by mutating the bundled ones (lines deleted, duplicated, moved
 * or re-indented, values swapped or replaced, keys misspelt, random bytes, characters and control
 * characters inserted, files cut short), each checked as {@code issim validate} checks it: it is
 * valid, or every problem is reported located (file:line:column: … expected …, found …), never with
 * a stack trace or any other failure. One file in twenty goes through the command itself, which
 * must exit 0 or 2, print no trace and write nothing. Seeded: a failure prints its seed and file;
 * {@code -Dissim.fuzz.seed=S} replays it, {@code -Dissim.fuzz.files=N} runs more.
 */
class ScenarioFuzzTest {
    private static final long SEED = Long.getLong("issim.fuzz.seed", 20_261_202L);
    private static final int FILES = Integer.getInteger("issim.fuzz.files", 3_000);
    private static final long BUDGET_NANOS = 60_000_000_000L;

    private static final Pattern LOCATED =
            Pattern.compile(
                    "^\\S.*:[0-9]+:[0-9]+: .*expected .*, found .*$|^and [0-9]+ more problems?$");

    private static final String[] VALUES = {
        "0",
        "-1",
        "1",
        "2",
        "3",
        "5",
        "0.5",
        "1.5",
        "1e309",
        "-1e309",
        "99999999999999999999",
        "9223372036854775808",
        ".nan",
        ".inf",
        "-.inf",
        "null",
        "~",
        "",
        "true",
        "false",
        "yes",
        "no",
        "on",
        "\"\"",
        "\"5\"",
        "'x'",
        "[]",
        "{}",
        "[1, 2]",
        "{a: 1}",
        "&a 1",
        "*a",
        "!!str 1",
        "!x 1",
        "|",
        ">",
        "\"\\e[31m\"",
        "\"\\u0000\"",
        "0x1F",
        "0o7",
        "1_000",
        "+5",
        "5%",
        "1,5",
        "[health, health]",
        "[social_care]",
        "[1, 1]",
        "[4]",
        "[0]",
        "- a",
        "? a",
        "#",
        "@x",
        "`x`",
        "%x",
        "\"unterminated",
        "'unterminated",
        "[1, 2",
        "{a: 1",
        "\u00e9t\u00e9",
        "\u202e",
        "\ud83d\ude00",
        "\u2028",
        "\ufeff",
        "x".repeat(300)
    };

    private static final String[] EXTENDS = {
        "baseline",
        "co-location",
        "school-police-officer",
        "national-blame-shock",
        "whole-system",
        "baselin",
        "s.yaml",
        "./s.yaml",
        "none.yaml",
        "/dev/zero",
        "/dev/null",
        "/tmp",
        "/etc/passwd",
        "/etc/passwd/x.yaml",
        "../../x.yaml",
        "",
        "3",
        "[a]"
    };

    private static final String[] INSERTS = {
        "\t",
        "\r",
        "\n",
        "\u0000",
        "\u0007",
        "\u001b[2J",
        "\u007f",
        "\u0085",
        "\u00a0",
        "\u2028",
        "\u2029",
        "\ufeff",
        "\ufffd",
        "\u202e",
        "\ud83d\ude00",
        "\ud800",
        "\"",
        "'",
        ":",
        ": ",
        "-",
        "- ",
        "[",
        "]",
        "{",
        "}",
        "&",
        "*",
        "!",
        "|",
        ">",
        "#",
        "%",
        "@",
        "`",
        ",",
        "?",
        "  ",
        "\\",
        "---\n",
        "...\n",
        "<<: "
    };

    @TempDir Path dir;

    @Test
    void mutatedScenarioFilesAreAcceptedOrRefusedLocatedNeverWithATrace() throws Exception {
        List<String> seeds = new ArrayList<>();
        for (String name : Catalogue.NAMES) {
            seeds.add(Catalogue.text(name));
            seeds.add(ScenarioWriter.toYaml(ScenarioLoader.load(name)));
        }
        SplittableRandom random = new SplittableRandom(SEED);
        long start = System.nanoTime();
        int done = 0, valid = 0, refused = 0;
        while (done < FILES && System.nanoTime() - start < BUDGET_NANOS) {
            long fileSeed = random.nextLong();
            byte[] bytes = mutate(seeds, new SplittableRandom(fileSeed));
            Path file = dir.resolve("f" + (done % 50) + ".yaml");
            Files.write(file, bytes);
            String what =
                    "seed "
                            + SEED
                            + ", file "
                            + done
                            + " (its own seed "
                            + fileSeed
                            + "):\n"
                            + shown(bytes)
                            + "\n";
            if (done % 20 == 0) {
                if (cli(file, what)) {
                    valid++;
                } else {
                    refused++;
                }
            } else {
                try {
                    ScenarioLoader.load(file.toString());
                    valid++;
                } catch (ScenarioException e) {
                    refused++;
                    checkMessage(e.getMessage(), what);
                } catch (Throwable t) {
                    fail("not a located refusal but " + t + "\n" + what, t);
                }
            }
            done++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "ScenarioFuzzTest: seed %d, %d files in %.1f s: %d valid, %d refused%n",
                SEED, done, seconds, valid, refused);
        assertTrue(done >= Math.min(FILES, 500), "too few files in the time budget: " + done);
        assertTrue(refused > done / 4 && valid > 0, "valid " + valid + ", refused " + refused);
    }

    /** Through the command: exit 0 or 2, no trace, nothing written; true if valid. */
    private boolean cli(Path file, String what) throws Exception {
        Map<String, String> before = BadInputCorpusTest.snapshot(dir);
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int status =
                Issim.execute(
                        new String[] {"validate", file.toString()},
                        new PrintStream(o, true, StandardCharsets.UTF_8),
                        new PrintStream(e, true, StandardCharsets.UTF_8));
        String err = e.toString(StandardCharsets.UTF_8);
        assertTrue(status == 0 || status == 2, "exit " + status + "\n" + err + what);
        assertEquals(before, BadInputCorpusTest.snapshot(dir), "nothing written\n" + what);
        if (status == 0) {
            assertEquals("", err, what);
            return true;
        }
        checkMessage(err.strip(), what);
        return false;
    }

    private static void checkMessage(String message, String what) {
        List<String> lines = message.lines().toList();
        assertTrue(
                !lines.isEmpty() && lines.size() <= 21,
                "at most 20 problems and a count\n" + message + "\n" + what);
        for (String line : lines) {
            assertTrue(LOCATED.matcher(line).matches(), "located: " + line + "\n" + what);
            assertTrue(line.length() < 2_000, "cut short: " + line.length() + "\n" + what);
            assertTrue(
                    !line.contains("Exception")
                            && !line.contains("at issim.")
                            && !line.contains("\tat "),
                    "no trace: " + line + "\n" + what);
            assertTrue(!line.contains("found found"), line + "\n" + what);
            assertTrue(
                    line.chars().noneMatch(c -> c < 0x20 || c == 0x7f),
                    "no raw control characters: " + line + "\n" + what);
        }
    }

    /** One to four mutations of one of {@code seeds}, as the bytes of a file. */
    static byte[] mutate(List<String> seeds, SplittableRandom r) {
        List<String> lines =
                new ArrayList<>(List.of(seeds.get(r.nextInt(seeds.size())).split("\n", -1)));
        int n = 1 + r.nextInt(4);
        boolean cutBytes = false, rawBytes = false;
        for (int m = 0; m < n && !lines.isEmpty(); m++) {
            int i = r.nextInt(lines.size());
            String line = lines.get(i);
            switch (r.nextInt(12)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, line);
                case 2 -> {
                    int j = r.nextInt(lines.size());
                    String a = value(lines.get(i)), b = value(lines.get(j));
                    if (a != null && b != null) {
                        lines.set(i, withValue(lines.get(i), b));
                        lines.set(j, withValue(lines.get(j), a));
                    }
                }
                case 3 -> {
                    if (value(line) != null) {
                        lines.set(i, withValue(line, VALUES[r.nextInt(VALUES.length)]));
                    }
                }
                case 4 -> {
                    int at = r.nextInt(line.length() + 1);
                    lines.set(
                            i,
                            line.substring(0, at)
                                    + INSERTS[r.nextInt(INSERTS.length)]
                                    + line.substring(at));
                }
                case 5 -> {
                    int at = r.nextInt(line.length() + 1);
                    lines.set(
                            i,
                            line.substring(0, at) + (char) r.nextInt(0x3000) + line.substring(at));
                }
                case 6 -> {
                    String body = line.stripLeading();
                    int indent = line.length() - body.length();
                    int change = r.nextInt(5) - 2;
                    lines.set(
                            i,
                            (r.nextInt(8) == 0 ? "\t" : " ".repeat(Math.max(0, indent + change)))
                                    + body);
                }
                case 7 -> {
                    int key = line.indexOf(':');
                    if (key > 0) {
                        int at =
                                line.length()
                                        - line.stripLeading().length()
                                        + r.nextInt(
                                                Math.max(
                                                        1,
                                                        key
                                                                - (line.length()
                                                                        - line.stripLeading()
                                                                                .length())));
                        String k = line.substring(0, key);
                        String typo =
                                k.substring(0, Math.min(at, k.length()))
                                        + (char) ('a' + r.nextInt(26))
                                        + k.substring(Math.min(at + 1, k.length()));
                        lines.set(i, typo + line.substring(key));
                    }
                }
                case 8 ->
                        lines.add(
                                r.nextInt(lines.size() + 1),
                                "extends: " + EXTENDS[r.nextInt(EXTENDS.length)]);
                case 9 -> {
                    int j = r.nextInt(lines.size());
                    lines.set(i, lines.get(j));
                    lines.set(j, line);
                }
                case 10 -> cutBytes = true;
                default -> rawBytes = true;
            }
        }
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        if (rawBytes && bytes.length > 0) {
            int k = 1 + r.nextInt(3);
            for (int i = 0; i < k; i++) {
                bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
            }
        }
        if (cutBytes && bytes.length > 0) {
            byte[] cut = new byte[r.nextInt(bytes.length)];
            System.arraycopy(bytes, 0, cut, 0, cut.length);
            bytes = cut;
        }
        return bytes;
    }

    /** The value after "key: " on a line, or null if it has none. */
    private static String value(String line) {
        int colon = line.indexOf(": ");
        return colon < 0 || line.stripLeading().startsWith("#") ? null : line.substring(colon + 2);
    }

    private static String withValue(String line, String value) {
        return line.substring(0, line.indexOf(": ") + 2) + value;
    }

    /** The file as text, every byte that is not printable ASCII escaped. */
    private static String shown(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) {
            int c = x & 0xFF;
            if (c == '\n' || (c >= 0x20 && c < 0x7f)) {
                b.append((char) c);
            } else {
                b.append(String.format("\\x%02X", c));
            }
        }
        return b.toString();
    }
}
