package issim.experiments.sweep;

import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import issim.scenarios.Node;
import issim.scenarios.Position;
import issim.scenarios.Scenario;
import issim.scenarios.ScenarioError;
import issim.scenarios.ScenarioException;
import issim.scenarios.ScenarioLoader;
import issim.scenarios.YamlTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final List<String> DISTRIBUTIONS = List.of("uniform", "triangular", "normal");

    /** The most runs one design may have: its points and keys are held in memory. */
    static final long MAX_RUNS = 10_000_000;

    private static final Pattern REFUSAL =
            Pattern.compile("^([\\w.\\[\\]]+): expected (.*), found (.*)$");

    private final String file;
    private final List<ScenarioError> errors = new ArrayList<>();

    private DesignLoader(String file) {
        this.file = file;
    }

    /** Loads the design at {@code path}; a base scenario given as a path is taken beside it. */
    public static Design load(Path path) throws ScenarioException {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
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
                            path + " (" + e.getMessage() + ")"));
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
        Node root = YamlTree.read(file, text, l.errors);
        if (root == null) {
            throw new ScenarioException(l.errors);
        }
        if (!(root instanceof Node.Mapping top)) {
            throw l.fail(root.position(), "", "a mapping with factors", root.describe());
        }
        l.unknownKeys(top, "", List.of("description", "factors"));
        List<Factor> out = new ArrayList<>();
        l.factors(
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
                    l.fail(
                            e.getValue().keyPosition(),
                            "factors." + p,
                            "a parameter outside the interventions and the run's horizon and"
                                    + " warm-up (a draw applies alike to every scenario)",
                            "'" + p + "'");
                }
            }
        }
        if (!l.errors.isEmpty()) {
            throw new ScenarioException(l.errors);
        }
        return out;
    }

    private static Scenario scenario(Path design, String ref, Position at)
            throws ScenarioException {
        boolean path = ref.endsWith(".yaml") || ref.endsWith(".yml") || ref.contains("/");
        if (path && !Path.of(ref).isAbsolute()) {
            Path parent = design.toAbsolutePath().getParent();
            return ScenarioLoader.load(parent.resolve(ref).toString());
        }
        return ScenarioLoader.load(ref);
    }

    private Design read(String text, Scenarios scenarios) throws ScenarioException {
        Node root = YamlTree.read(file, text, errors);
        if (root == null) {
            throw new ScenarioException(errors);
        }
        if (!(root instanceof Node.Mapping top)) {
            throw fail(root.position(), "", "a mapping of design settings", root.describe());
        }
        unknownKeys(top, "", TOP);
        Node.Entry scenarioEntry = top.entries().get("scenario");
        if (scenarioEntry == null) {
            throw fail(top.position(), "scenario", "a base scenario (a name or a file)", "none");
        }
        String ref = string(scenarioEntry.value(), "scenario");
        int replications = (int) whole(top, "replications", 1, 1, 100_000);
        long seed = whole(top, "seed", 1, 0, Long.MAX_VALUE);
        Double years = number(top, "years", null, 0, 100);
        if (years != null && years == 0) {
            fail(
                    top.entries().get("years").value().position(),
                    "years",
                    "a number above 0 and at most 100",
                    "0");
        }
        Node.Entry designEntry = top.entries().get("design");
        if (designEntry == null || !(designEntry.value() instanceof Node.Mapping design)) {
            Position at = designEntry == null ? top.position() : designEntry.value().position();
            throw fail(
                    at,
                    "design",
                    "a mapping with the design's kind ("
                            + String.join(", ", DesignKind.keys())
                            + ")",
                    designEntry == null ? "none" : designEntry.value().describe());
        }
        unknownKeys(design, "design", DESIGN);
        if (!errors.isEmpty() || ref == null) {
            throw new ScenarioException(errors);
        }
        Scenario base = scenarios.load(ref, scenarioEntry.value().position());
        if (years != null) {
            try {
                ModelParameters p =
                        base.parameters().withHorizonDays((int) Math.round(years * 365));
                base = new Scenario(base.name(), base.description(), base.run(), p);
            } catch (IllegalArgumentException e) {
                refusal(top.entries().get("years").value().position(), "years", e);
                throw new ScenarioException(errors);
            }
        }
        Node.Entry kindEntry = design.entries().get("kind");
        String kindName = kindEntry == null ? null : string(kindEntry.value(), "design.kind");
        DesignKind kind = kindName == null ? null : DesignKind.of(kindName);
        if (kindEntry == null) {
            throw fail(design.position(), "design.kind", oneOf(DesignKind.keys()), "none");
        }
        if (kind == null) {
            if (kindName != null) {
                fail(
                        kindEntry.value().position(),
                        "design.kind",
                        oneOf(DesignKind.keys()),
                        kindEntry.value().describe());
            }
            throw new ScenarioException(errors);
        }
        Position kindAt = kindEntry.value().position();
        int size = 0, levels = 0;
        switch (kind) {
            case SOBOL -> {
                size = (int) required(design, "design.baseSample", "baseSample", 2, 1 << 20);
                if (size > 0 && Integer.bitCount(size) != 1) {
                    fail(
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
                    size = (int) required(design, "design.samples", "samples", 1, 1_000_000);
            case MORRIS -> {
                size = (int) required(design, "design.trajectories", "trajectories", 2, 100_000);
                levels = (int) whole(design, "levels", 4, 2, 100);
                if (levels % 2 != 0) {
                    fail(
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
                fail(
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
                fail(
                        factorsEntry.keyPosition(),
                        "factors",
                        "no factors section in a points design (each point names its paths)",
                        "one");
            }
            points(design, base.parameters(), factors, points);
        } else {
            factors(factorsEntry, top, kind, base.parameters(), factors);
        }
        if (!errors.isEmpty()) {
            throw new ScenarioException(errors);
        }
        long runs = points(kind, size, factors, points) * replications;
        if (runs > MAX_RUNS) {
            throw fail(
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

    private void factors(
            Node.Entry entry,
            Node.Mapping top,
            DesignKind kind,
            ModelParameters base,
            List<Factor> out) {
        if (entry == null || !(entry.value() instanceof Node.Mapping map)) {
            fail(
                    entry == null ? top.position() : entry.value().position(),
                    "factors",
                    "a mapping from parameter paths to ranges, lists or distributions",
                    entry == null ? "none" : entry.value().describe());
            return;
        }
        if (map.entries().isEmpty()) {
            fail(map.position(), "factors", "at least one factor", "none");
            return;
        }
        for (Map.Entry<String, Node.Entry> e : map.entries().entrySet()) {
            String path = e.getKey();
            String field = "factors." + path;
            Position keyAt = e.getValue().keyPosition();
            Object current = current(base, path, keyAt, field);
            if (current == null) {
                continue;
            }
            Factor f = factor(path, field, e.getValue().value(), current, kind);
            if (f == null) {
                continue;
            }
            if (kind == DesignKind.GRID && f.levels() == null) {
                fail(
                        e.getValue().value().position(),
                        field,
                        "a list of values or a range with 'levels' in a grid design",
                        f instanceof Factor.Distribution
                                ? "a distribution"
                                : "a range without levels");
                continue;
            }
            if ((kind == DesignKind.MORRIS) && f instanceof Factor.Distribution) {
                fail(
                        e.getValue().value().position(),
                        field,
                        "a range or a list in a Morris design (its steps are between levels)",
                        "a distribution");
                continue;
            }
            if (tryValues(base, f, e.getValue().value().position(), field)) {
                out.add(f);
            }
        }
    }

    /** The parameter's current value, or null (and a located message) if the path is wrong. */
    private Object current(ModelParameters base, String path, Position at, String field) {
        Object v;
        try {
            v = ParameterPaths.get(base, path);
        } catch (IllegalArgumentException e) {
            String suggestion =
                    YamlTree.closest(path, ParameterPaths.leaves(ModelParameters.class));
            fail(
                    at,
                    field,
                    "a parameter path of the scenario"
                            + (suggestion == null
                                    ? " (issim show --resolved lists them)"
                                    : " (did you mean '" + suggestion + "'?)"),
                    "'" + path + "' (" + e.getMessage() + ")");
            return null;
        }
        if (v instanceof Record) {
            fail(at, field, "the path of one parameter", "'" + path + "', a group of parameters");
            return null;
        }
        return v;
    }

    private Factor factor(String path, String field, Node node, Object current, DesignKind kind) {
        boolean whole = current instanceof Integer || current instanceof Long;
        boolean numeric = whole || current instanceof Double;
        if (node instanceof Node.Sequence list) {
            return choice(path, field, list);
        }
        if (!(node instanceof Node.Mapping m)) {
            fail(
                    node.position(),
                    field,
                    "a range {min, max}, a list of values or {values: [...]}, or a distribution",
                    node.describe());
            return null;
        }
        if (m.entries().containsKey("values")) {
            unknownKeys(m, field, List.of("values"));
            Node v = m.entries().get("values").value();
            if (!(v instanceof Node.Sequence list)) {
                fail(v.position(), field + ".values", "a list of values", v.describe());
                return null;
            }
            return choice(path, field, list);
        }
        if (!numeric) {
            fail(
                    node.position(),
                    field,
                    "a list of values (the parameter is "
                            + (current instanceof Boolean ? "true or false" : "a name")
                            + ", not a number)",
                    "a range or distribution");
            return null;
        }
        if (m.entries().containsKey("distribution")) {
            return distribution(path, field, m);
        }
        unknownKeys(m, field, List.of("min", "max", "levels"));
        Double min = number(m, "min", null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        Double max = number(m, "max", null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        if (min == null || max == null) {
            fail(
                    m.position(),
                    field,
                    "a range with both min and max",
                    min == null && max == null
                            ? "neither"
                            : "only " + (min == null ? "max" : "min"));
            return null;
        }
        if (!(min < max)) {
            fail(
                    m.position(),
                    field,
                    "a range with min below max",
                    "an empty range, min " + fmt(min) + " and max " + fmt(max));
            return null;
        }
        if (whole && (min != Math.rint(min) || max != Math.rint(max))) {
            fail(
                    m.position(),
                    field,
                    "whole-number bounds (the parameter is a whole number)",
                    "min " + fmt(min) + " and max " + fmt(max));
            return null;
        }
        int levels = 0;
        if (m.entries().containsKey("levels")) {
            levels = (int) whole(m, "levels", 0, 2, 10_000);
            if (kind != DesignKind.GRID) {
                fail(
                        m.entries().get("levels").keyPosition(),
                        field + ".levels",
                        "levels only in a grid design",
                        "levels in a " + kind.key() + " design");
            }
        }
        return new Factor.Range(path, min, max, whole, levels);
    }

    private Factor choice(String path, String field, Node.Sequence list) {
        if (list.items().isEmpty()) {
            fail(list.position(), field, "at least one value", "an empty list");
            return null;
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            Object v = scalar(item, field + "[" + i + "]");
            if (v == null) {
                return null;
            }
            if (values.contains(v)) {
                fail(item.position(), field + "[" + i + "]", "each value once", "it again");
                return null;
            }
            values.add(v);
        }
        return new Factor.Choice(path, values);
    }

    private Factor distribution(String path, String field, Node.Mapping m) {
        String kind = string(m.entries().get("distribution").value(), field + ".distribution");
        if (kind == null) {
            return null;
        }
        if (!DISTRIBUTIONS.contains(kind)) {
            fail(
                    m.entries().get("distribution").value().position(),
                    field + ".distribution",
                    oneOf(DISTRIBUTIONS),
                    "'" + kind + "'");
            return null;
        }
        double inf = Double.POSITIVE_INFINITY;
        switch (kind) {
            case "normal" -> {
                unknownKeys(m, field, List.of("distribution", "mean", "sd", "min", "max"));
                Double mean = number(m, "mean", null, -inf, inf);
                Double sd = number(m, "sd", null, 0, inf);
                Double lo = number(m, "min", -inf, -inf, inf);
                Double hi = number(m, "max", inf, -inf, inf);
                if (mean == null || sd == null || !(sd > 0)) {
                    fail(
                            m.position(),
                            field,
                            "a normal distribution's mean and sd above 0",
                            m.describe());
                    return null;
                }
                if (lo == null || hi == null || !(lo < hi)) {
                    fail(m.position(), field, "min below max", "an empty range");
                    return null;
                }
                return new Factor.Distribution(path, kind, mean, sd, 0, lo, hi);
            }
            default -> {
                boolean tri = kind.equals("triangular");
                unknownKeys(
                        m,
                        field,
                        tri
                                ? List.of("distribution", "min", "mode", "max")
                                : List.of("distribution", "min", "max"));
                Double lo = number(m, "min", null, -inf, inf);
                Double hi = number(m, "max", null, -inf, inf);
                Double mode = tri ? number(m, "mode", null, -inf, inf) : Double.valueOf(0);
                if (lo == null || hi == null || mode == null) {
                    fail(
                            m.position(),
                            field,
                            tri ? "min, mode and max" : "min and max",
                            "some missing");
                    return null;
                }
                if (!(lo < hi) || (tri && (mode < lo || mode > hi))) {
                    fail(
                            m.position(),
                            field,
                            tri ? "min below max and the mode between them" : "min below max",
                            "an empty range, min " + fmt(lo) + " and max " + fmt(hi));
                    return null;
                }
                return new Factor.Distribution(path, kind, lo, hi, mode, lo, hi);
            }
        }
    }

    /** Tries the factor's extreme and listed values on the base parameters. */
    private boolean tryValues(ModelParameters base, Factor f, Position at, String field) {
        List<Object> trial = f.levels() != null ? f.levels() : List.of(f.at(0), f.at(1));
        for (Object v : trial) {
            try {
                ParameterPaths.with(base, f.path(), v);
            } catch (IllegalArgumentException e) {
                refusal(at, field, e);
                return false;
            }
        }
        return true;
    }

    private void points(
            Node.Mapping design,
            ModelParameters base,
            List<Factor> factors,
            List<List<Object>> out) {
        Node.Entry entry = design.entries().get("points");
        if (entry == null || !(entry.value() instanceof Node.Sequence list)) {
            fail(
                    entry == null ? design.position() : entry.value().position(),
                    "design.points",
                    "a list of points, each a mapping from parameter paths to values",
                    entry == null ? "none" : entry.value().describe());
            return;
        }
        if (list.items().isEmpty()) {
            fail(list.position(), "design.points", "at least one point", "an empty list");
            return;
        }
        List<String> paths = null;
        List<List<Object>> distinct = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            String field = "design.points[" + i + "]";
            Node item = list.items().get(i);
            if (!(item instanceof Node.Mapping point) || point.entries().isEmpty()) {
                fail(
                        item.position(),
                        field,
                        "a mapping from parameter paths to values",
                        item.describe());
                return;
            }
            List<String> here = new ArrayList<>(point.entries().keySet());
            if (paths == null) {
                paths = here;
                for (String p : paths) {
                    if (current(base, p, point.entries().get(p).keyPosition(), field + "." + p)
                            == null) {
                        return;
                    }
                    distinct.add(new ArrayList<>());
                }
            } else if (!new HashSet<>(here).equals(new HashSet<>(paths))) {
                fail(
                        item.position(),
                        field,
                        "the same paths as the first point (" + String.join(", ", paths) + ")",
                        String.join(", ", here));
                return;
            }
            List<Object> values = new ArrayList<>();
            ModelParameters p = base;
            for (int j = 0; j < paths.size(); j++) {
                Node.Entry e = point.entries().get(paths.get(j));
                Object v = scalar(e.value(), field + "." + paths.get(j));
                if (v == null) {
                    return;
                }
                try {
                    p = ParameterPaths.with(p, paths.get(j), v);
                } catch (IllegalArgumentException ex) {
                    refusal(e.value().position(), field + "." + paths.get(j), ex);
                    return;
                }
                values.add(v);
                if (!distinct.get(j).contains(v)) {
                    distinct.get(j).add(v);
                }
            }
            out.add(values);
        }
        for (int j = 0; j < paths.size(); j++) {
            factors.add(new Factor.Choice(paths.get(j), distinct.get(j)));
        }
    }

    // --- scalars -------------------------------------------------------------------------------

    private Object scalar(Node node, String field) {
        if (!(node instanceof Node.Scalar s)) {
            fail(node.position(), field, "a number, true or false, or a name", node.describe());
            return null;
        }
        return switch (s.kind()) {
            case INTEGER -> Long.parseLong(s.text());
            case DECIMAL -> Double.parseDouble(s.text());
            case BOOLEAN -> Boolean.parseBoolean(s.text());
            case STRING -> s.text();
            case NULL -> {
                fail(s.position(), field, "a value", "nothing");
                yield null;
            }
        };
    }

    private String string(Node node, String field) {
        if (node instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.STRING) {
            return s.text();
        }
        fail(node.position(), field, "a name", node.describe());
        return null;
    }

    private long required(Node.Mapping m, String field, String key, long min, long max) {
        if (!m.entries().containsKey(key)) {
            fail(m.position(), field, "a whole number from " + min + " to " + max, "none");
            return 0;
        }
        return whole(m, key, 0, min, max);
    }

    private long whole(Node.Mapping m, String key, long fallback, long min, long max) {
        Node.Entry e = m.entries().get(key);
        if (e == null) {
            return fallback;
        }
        String field = fieldOf(m, key);
        String expected =
                max == Long.MAX_VALUE
                        ? "a whole number of at least " + min
                        : "a whole number from " + min + " to " + max;
        if (!(e.value() instanceof Node.Scalar s) || s.kind() != Node.Scalar.Kind.INTEGER) {
            fail(e.value().position(), field, expected, e.value().describe());
            return fallback;
        }
        try {
            long v = Long.parseLong(s.text());
            if (v < min || v > max) {
                fail(s.position(), field, expected, s.text());
                return fallback;
            }
            return v;
        } catch (NumberFormatException ex) {
            fail(s.position(), field, expected, s.text());
            return fallback;
        }
    }

    private Double number(Node.Mapping m, String key, Double fallback, double min, double max) {
        Node.Entry e = m.entries().get(key);
        if (e == null) {
            return fallback;
        }
        String field = fieldOf(m, key);
        if (!(e.value() instanceof Node.Scalar s)
                || (s.kind() != Node.Scalar.Kind.INTEGER && s.kind() != Node.Scalar.Kind.DECIMAL)) {
            fail(e.value().position(), field, "a number", e.value().describe());
            return null;
        }
        double v = Double.parseDouble(s.text());
        if (!(v >= min && v <= max)) {
            fail(
                    s.position(),
                    field,
                    "a number "
                            + (Double.isInfinite(max)
                                    ? "of at least " + fmt(min)
                                    : "from " + fmt(min) + " to " + fmt(max)),
                    s.text());
            return null;
        }
        return v;
    }

    /** The field path of {@code key} within {@code m}, as in the messages. */
    private String fieldOf(Node.Mapping m, String key) {
        String prefix = pathOf.getOrDefault(m, "");
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    private final IdentityHashMap<Node.Mapping, String> pathOf = new IdentityHashMap<>();

    private void unknownKeys(Node.Mapping m, String path, List<String> known) {
        pathOf.put(m, path);
        for (Map.Entry<String, Node.Entry> e : m.entries().entrySet()) {
            if (!known.contains(e.getKey())) {
                String suggestion = YamlTree.closest(e.getKey(), known);
                fail(
                        e.getValue().keyPosition(),
                        path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
                        "one of the keys of "
                                + (path.isEmpty() ? "a design" : "'" + path + "'")
                                + (suggestion == null
                                        ? " (" + String.join(", ", known) + ")"
                                        : " (did you mean '" + suggestion + "'?)"),
                        "the unknown key '" + e.getKey() + "'");
            }
        }
    }

    /** A refusal by the parameter records, as a located message. */
    private void refusal(Position at, String field, IllegalArgumentException e) {
        String message = e.getMessage();
        Matcher m = REFUSAL.matcher(message.split("; ", -1)[0]);
        if (m.matches()) {
            fail(at, field, m.group(2) + " (at " + m.group(1) + ")", m.group(3));
        } else {
            fail(at, field, "a value the model accepts", message);
        }
    }

    private ScenarioException fail(Position at, String field, String expected, String found) {
        errors.add(new ScenarioError(at, field, expected, found));
        return new ScenarioException(errors);
    }

    private static String oneOf(List<String> names) {
        return "one of " + String.join(", ", names);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v)
                : Double.toString(v);
    }

    static String nameOf(String file) {
        return file.replaceAll(".*[/\\\\]", "").replaceFirst("\\.ya?ml$", "");
    }
}
