package issim.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages depend one way: the command line on everything, the writers on the statistics and
 * the results, sweeps on running, statistics and writers, the statistics on the results, and
 * running on nothing else here; the live demo's server on nothing else here either.
 */
class PackageDependencyTest {
    private static final Path SOURCES = Path.of("src/main/java/issim/experiments");
    private static final Map<String, Set<String>> ALLOWED =
            Map.of(
                    "cli", Set.of("run", "stats", "output", "sweep", "demo"),
                    "demo", Set.of(),
                    "sweep", Set.of("run", "stats", "output"),
                    "output", Set.of("run", "stats"),
                    "stats", Set.of("run"),
                    "run", Set.of());
    private static final Pattern REFERENCE = Pattern.compile("\\bissim\\.experiments\\.(\\w+)");

    @Test
    void packagesDependOneWay() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> packages = Files.list(SOURCES)) {
            for (Path dir : packages.sorted().toList()) {
                String name = dir.getFileName().toString();
                assertTrue(ALLOWED.containsKey(name), "a package with no stated place: " + name);
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.sorted().toList()) {
                        Matcher m = REFERENCE.matcher(Files.readString(file));
                        while (m.find()) {
                            String used = m.group(1);
                            if (!used.equals(name) && !ALLOWED.get(name).contains(used)) {
                                violations.add(file.getFileName() + " uses " + used);
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
