package issim.experiments.sweep;

import issim.core.params.ModelParameters;
import issim.scenarios.Node;
import issim.scenarios.Position;
import issim.scenarios.Scenario;
import issim.scenarios.ScenarioError;
import issim.scenarios.ScenarioException;
import issim.scenarios.ScenarioLoader;
import issim.scenarios.TextFiles;
import issim.scenarios.YamlTree;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and validates a sweep design file. Like a scenario file, every problem is reported with
 * file, line, column, the field's path, what was expected and what was found; each factor's path
 * and every value it can take are tried on the base scenario's parameters, so a design that loads
 * runs.
 */
public final class DesignLoader {
    /** Finds the base scenario a design names. */
    @FunctionalInterface
    public interface Scenarios {
        Scenario load(String reference, Position at) throws ScenarioException;
    }

    private static final List<String> TOP =
            List.of(
                    "description",
                    "scenario",
                    "replications",
                    "seed",
                    "years",
                    "design",
                    "factors");
    private static final List<String> DESIGN =
            List.of("kind", "baseSample", "samples", "trajectories", "levels", "points");

    /** The most runs one design may have: its points and keys are held in memory. */
    static final long MAX_RUNS = 10_000_000;

    private final String file;
    private final DesignFields in = new DesignFields();
    private final FactorReader reader = new FactorReader(in);

    private DesignLoader(String file) {
        this.file = file;
    }

    /** Loads the design at {@code path}; a base scenario given as a path is taken beside it. */
    public static Design load(Path path) throws ScenarioException {
        String text;
        try {
            List<ScenarioError> refused = new ArrayList<>();
            text =
                    TextFiles.read(
                            path, new Position(path.toString(), 1, 1), "", "design file", refused);
            if (text == null) {
                throw new ScenarioException(refused);
            }
        } catch (NoSuchFileException e) {
            throw new ScenarioException(
                    new ScenarioError(
                            new Position(path.toString(), 1, 1),
                            "",
                            "an existing design file",
                            "no file at " + path));
        } catch (IOException e) {
            throw new ScenarioException(
                    new ScenarioError(
                            new Position(path.toString(), 1, 1),
                            "",
                            "a readable design file",
                            path + " (" + TextFiles.reason(e) + ")"));
        }
        return parse(path.toString(), text, (ref, at) -> scenario(path, ref, at));
    }

    /** Loads design text named {@code file}, its base scenario found by {@code scenarios}. */
    public static Design parse(String file, String text, Scenarios scenarios)
            throws ScenarioException {
        return new DesignLoader(file).read(text, scenarios);
    }

    /**
     * Reads a file of factors alone ({@code description} and {@code factors}, as in a design), for
     * ranges that are drawn from rather than swept, checked on the model's default parameters.
     * Interventions and the run's horizon and warm-up are refused: a draw applies alike to every
     * scenario of a comparison, before and after day 0.
     */
    public static List<Factor> factorsOnly(String file, String text) throws ScenarioException {
        DesignLoader l = new DesignLoader(file);
        Node root = YamlTree.read(file, text, l.in.errors);
        if (root == null) {
            throw new ScenarioException(l.in.errors);
        }
        if (!(root instanceof Node.Mapping top)) {
            throw l.in.fail(root.position(), "", "a mapping with factors", root.describe());
        }
        l.in.unknownKeys(top, "", List.of("description", "factors"));
        List<Factor> out = new ArrayList<>();
        l.reader.factors(
                top.entries().get("factors"),
                top,
                DesignKind.LATIN_HYPERCUBE,
                ModelParameters.defaults(),
                out);
        Node.Entry factors = top.entries().get("factors");
        if (factors != null && factors.value() instanceof Node.Mapping m) {
            for (Map.Entry<String, Node.Entry> e : m.entries().entrySet()) {
                String p = e.getKey();
                if (p.startsWith("interventions.")
                        || p.equals("horizonDays")
                        || p.equals("warmupDays")) {
                    l.in.fail(
                            e.getValue().keyPosition(),
                            "factors." + p,
                            "a parameter outside the interventions and the run's horizon and"
                                    + " warm-up (a draw applies alike to every scenario)",
                            "'" + p + "'");
                }
            }
        }
        if (!l.in.errors.isEmpty()) {
            throw new ScenarioException(l.in.errors);
        }
        return out;
    }

    /**
     * The base scenario {@code ref} names: a relative path beside the design; a name or path that
     * finds no scenario is reported at the design's {@code scenario} field.
     */
    private static Scenario scenario(Path design, String ref, Position at)
            throws ScenarioException {
        return ScenarioLoader.load(ref, design.toAbsolutePath(), at, "scenario");
    }

    /**
     * A Morris design takes every factor on its design's levels: a whole-number range with fewer
     * whole numbers than levels would repeat values, the same points twice over (as a grid's {@code
     * levels} is refused for it).
     */
    private void fewerWholeNumbersThanLevels(
            Node.Entry factorsEntry, List<Factor> factors, int levels) {
        if (factorsEntry == null || !(factorsEntry.value() instanceof Node.Mapping m)) {
            return;
        }
        for (Factor f : factors) {
            if (f instanceof Factor.Range r && r.whole()) {
                long wholeNumbers = Factor.Range.wholeNumbers(r.min(), r.max());
                Node.Entry e = m.entries().get(r.path());
                if (wholeNumbers < levels && e != null) {
                    in.fail(
                            e.value().position(),
                            "factors." + r.path(),
                            "a range of at least "
                                    + levels
                                    + " whole numbers, one for each of the design's levels"
                                    + " (or fewer design.levels)",
                            wholeNumbers
                                    + " whole numbers, "
                                    + in.fmt(r.min())
                                    + " to "
                                    + in.fmt(r.max()));
                }
            }
        }
    }

    private Design read(String text, Scenarios scenarios) throws ScenarioException {
        Node root = YamlTree.read(file, text, in.errors);
        if (root == null) {
            throw new ScenarioException(in.errors);
        }
        if (!(root instanceof Node.Mapping top)) {
            throw in.fail(root.position(), "", "a mapping of design settings", root.describe());
        }
        in.unknownKeys(top, "", TOP);
        Node.Entry scenarioEntry = top.entries().get("scenario");
        if (scenarioEntry == null) {
            throw in.fail(top.position(), "scenario", "a base scenario (a name or a file)", "none");
        }
        String ref = in.string(scenarioEntry.value(), "scenario");
        int replications = (int) in.whole(top, "replications", 1, 1, 100_000);
        long seed = in.whole(top, "seed", 1, 0, Long.MAX_VALUE);
        Double years = in.number(top, "years", null, 0, 100);
        if (years != null && years == 0) {
            in.fail(
                    top.entries().get("years").value().position(),
                    "years",
                    "a number above 0 and at most 100",
                    "0");
        }
        Node.Entry designEntry = top.entries().get("design");
        if (designEntry == null || !(designEntry.value() instanceof Node.Mapping design)) {
            Position at = designEntry == null ? top.position() : designEntry.value().position();
            throw in.fail(
                    at,
                    "design",
                    "a mapping with the design's kind ("
                            + String.join(", ", DesignKind.keys())
                            + ")",
                    designEntry == null ? "none" : designEntry.value().describe());
        }
        in.unknownKeys(design, "design", DESIGN);
        if (!in.errors.isEmpty() || ref == null) {
            throw new ScenarioException(in.errors);
        }
        Scenario base = scenarios.load(ref, scenarioEntry.value().position());
        if (years != null) {
            try {
                ModelParameters p =
                        base.parameters().withHorizonDays((int) Math.round(years * 365));
                base = new Scenario(base.name(), base.description(), base.run(), p);
            } catch (IllegalArgumentException e) {
                in.refusal(top.entries().get("years").value().position(), "years", e);
                throw new ScenarioException(in.errors);
            }
        }
        Node.Entry kindEntry = design.entries().get("kind");
        String kindName = kindEntry == null ? null : in.string(kindEntry.value(), "design.kind");
        DesignKind kind = kindName == null ? null : DesignKind.of(kindName);
        if (kindEntry == null) {
            throw in.fail(design.position(), "design.kind", in.oneOf(DesignKind.keys()), "none");
        }
        if (kind == null) {
            if (kindName != null) {
                in.fail(
                        kindEntry.value().position(),
                        "design.kind",
                        in.oneOf(DesignKind.keys()),
                        kindEntry.value().describe());
            }
            throw new ScenarioException(in.errors);
        }
        Position kindAt = kindEntry.value().position();
        int size = 0, levels = 0;
        switch (kind) {
            case SOBOL -> {
                size = (int) in.required(design, "design.baseSample", "baseSample", 2, 1 << 20);
                if (size > 0 && Integer.bitCount(size) != 1) {
                    in.fail(
                            design.entries().get("baseSample").value().position(),
                            "design.baseSample",
                            "a power of two (Sobol sequences balance only in powers of two), such"
                                    + " as "
                                    + Integer.highestOneBit(size)
                                    + " or "
                                    + (Integer.highestOneBit(size) * 2),
                            String.valueOf(size));
                }
            }
            case LATIN_HYPERCUBE ->
                    size = (int) in.required(design, "design.samples", "samples", 1, 1_000_000);
            case MORRIS -> {
                size = (int) in.required(design, "design.trajectories", "trajectories", 2, 100_000);
                levels = (int) in.whole(design, "levels", 4, 2, 100);
                if (levels % 2 != 0) {
                    in.fail(
                            design.entries().get("levels").value().position(),
                            "design.levels",
                            "an even number of levels (so every step has the same size)",
                            String.valueOf(levels));
                }
            }
            default -> {}
        }
        for (String k : List.of("baseSample", "samples", "trajectories", "levels", "points")) {
            Node.Entry e = design.entries().get(k);
            if (e != null && !allowed(kind, k)) {
                in.fail(
                        e.keyPosition(),
                        "design." + k,
                        "only the settings of a " + kind.key() + " design",
                        "'" + k + "'");
            }
        }
        List<Factor> factors = new ArrayList<>();
        List<List<Object>> points = new ArrayList<>();
        Node.Entry factorsEntry = top.entries().get("factors");
        if (kind == DesignKind.POINTS) {
            if (factorsEntry != null) {
                in.fail(
                        factorsEntry.keyPosition(),
                        "factors",
                        "no factors section in a points design (each point names its paths)",
                        "one");
            }
            reader.points(design, base.parameters(), factors, points);
        } else {
            reader.factors(factorsEntry, top, kind, base.parameters(), factors);
            if (kind == DesignKind.MORRIS) {
                fewerWholeNumbersThanLevels(factorsEntry, factors, levels);
            }
        }
        if (!in.errors.isEmpty()) {
            throw new ScenarioException(in.errors);
        }
        long runs = points(kind, size, factors, points) * replications;
        if (runs > MAX_RUNS) {
            throw in.fail(
                    kindAt,
                    "design.kind",
                    "a design of at most " + MAX_RUNS + " runs (split it into several sweeps)",
                    runs + " runs");
        }
        return new Design(
                nameOf(file),
                file,
                text,
                ref,
                base,
                kind,
                kindAt,
                kind == DesignKind.POINTS
                        ? design.entries().get("points").value().position()
                        : factorsEntry.value().position(),
                size,
                levels,
                factors,
                points,
                replications,
                seed);
    }

    /** How many points the design has, without making them. */
    private static long points(
            DesignKind kind, int size, List<Factor> factors, List<List<Object>> listed) {
        int k = factors.size();
        return switch (kind) {
            case GRID -> {
                long n = 1;
                for (Factor f : factors) {
                    n =
                            Math.multiplyHigh(n, f.levels().size()) != 0
                                    ? Long.MAX_VALUE / 2
                                    : Math.min(Long.MAX_VALUE / 2, n * f.levels().size());
                }
                yield n;
            }
            case POINTS -> listed.size();
            case LATIN_HYPERCUBE -> size;
            case SOBOL -> (long) size * (k + 2);
            case MORRIS -> (long) size * (k + 1);
        };
    }

    private static boolean allowed(DesignKind kind, String key) {
        return switch (key) {
            case "baseSample" -> kind == DesignKind.SOBOL;
            case "samples" -> kind == DesignKind.LATIN_HYPERCUBE;
            case "trajectories", "levels" -> kind == DesignKind.MORRIS;
            case "points" -> kind == DesignKind.POINTS;
            default -> true;
        };
    }

    static String nameOf(String file) {
        return file.replaceAll(".*[/\\\\]", "").replaceFirst("\\.ya?ml$", "");
    }
}
