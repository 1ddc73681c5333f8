package issim.experiments.sweep;

import issim.core.params.ModelParameters;
import issim.core.params.ParameterPaths;
import issim.scenarios.Node;
import issim.scenarios.Position;
import issim.scenarios.YamlTree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads a design's factors (ranges, lists, distributions) and a points design's points, each path
 * and every value it can take tried on the base parameters, problems reported through {@link
 * DesignFields}.
 */
final class FactorReader {
    private static final List<String> DISTRIBUTIONS = List.of("uniform", "triangular", "normal");

    private final DesignFields in;

    FactorReader(DesignFields in) {
        this.in = in;
    }

    void factors(
            Node.Entry entry,
            Node.Mapping top,
            DesignKind kind,
            ModelParameters base,
            List<Factor> out) {
        if (entry == null || !(entry.value() instanceof Node.Mapping map)) {
            in.fail(
                    entry == null ? top.position() : entry.value().position(),
                    "factors",
                    "a mapping from parameter paths to ranges, lists or distributions",
                    entry == null ? "none" : entry.value().describe());
            return;
        }
        if (map.entries().isEmpty()) {
            in.fail(map.position(), "factors", "at least one factor", "none");
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
                in.fail(
                        e.getValue().value().position(),
                        field,
                        "a list of values or a range with 'levels' in a grid design",
                        f instanceof Factor.Distribution
                                ? "a distribution"
                                : "a range without levels");
                continue;
            }
            if ((kind == DesignKind.MORRIS) && f instanceof Factor.Distribution) {
                in.fail(
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
    Object current(ModelParameters base, String path, Position at, String field) {
        Object v;
        try {
            v = ParameterPaths.get(base, path);
        } catch (IllegalArgumentException e) {
            String suggestion =
                    YamlTree.closest(path, ParameterPaths.leaves(ModelParameters.class));
            in.fail(
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
            in.fail(
                    at,
                    field,
                    "the path of one parameter",
                    "'" + path + "', a group of parameters");
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
            in.fail(
                    node.position(),
                    field,
                    "a range {min, max}, a list of values or {values: [...]}, or a distribution",
                    node.describe());
            return null;
        }
        if (m.entries().containsKey("values")) {
            in.unknownKeys(m, field, List.of("values"));
            Node v = m.entries().get("values").value();
            if (!(v instanceof Node.Sequence list)) {
                in.fail(v.position(), field + ".values", "a list of values", v.describe());
                return null;
            }
            return choice(path, field, list);
        }
        if (!numeric) {
            in.fail(
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
        in.unknownKeys(m, field, List.of("min", "max", "levels"));
        Double min = in.number(m, "min", null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        Double max = in.number(m, "max", null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        if (min == null || max == null) {
            in.fail(
                    m.position(),
                    field,
                    "a range with both min and max",
                    min == null && max == null
                            ? "neither"
                            : "only " + (min == null ? "max" : "min"));
            return null;
        }
        if (!(min < max)) {
            in.fail(
                    m.position(),
                    field,
                    "a range with min below max",
                    "min " + in.fmt(min) + " and max " + in.fmt(max));
            return null;
        }
        if (whole && (min != Math.rint(min) || max != Math.rint(max))) {
            in.fail(
                    m.position(),
                    field,
                    "whole-number bounds (the parameter is a whole number)",
                    "min " + in.fmt(min) + " and max " + in.fmt(max));
            return null;
        }
        int levels = 0;
        if (m.entries().containsKey("levels")) {
            levels = (int) in.whole(m, "levels", 0, 2, 10_000);
            if (kind != DesignKind.GRID) {
                in.fail(
                        m.entries().get("levels").keyPosition(),
                        field + ".levels",
                        "levels only in a grid design",
                        "levels in a " + kind.key() + " design");
            }
            // Rounded to whole numbers, more levels than there are would repeat some: the
            // same points twice over, weighing those values double in every summary.
            long wholeNumbers = Factor.Range.wholeNumbers(min, max);
            if (kind == DesignKind.GRID && whole && levels > wholeNumbers) {
                in.fail(
                        m.entries().get("levels").value().position(),
                        field + ".levels",
                        "at most "
                                + wholeNumbers
                                + " levels: the whole numbers from "
                                + in.fmt(min)
                                + " to "
                                + in.fmt(max),
                        levels + " levels");
            }
        }
        return new Factor.Range(path, min, max, whole, levels);
    }

    private Factor choice(String path, String field, Node.Sequence list) {
        if (list.items().isEmpty()) {
            in.fail(list.position(), field, "at least one value", "an empty list");
            return null;
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            Object v = in.scalar(item, field + "[" + i + "]");
            if (v == null) {
                return null;
            }
            if (values.contains(v)) {
                in.fail(item.position(), field + "[" + i + "]", "each value once", "it again");
                return null;
            }
            values.add(v);
        }
        return new Factor.Choice(path, values);
    }

    private Factor distribution(String path, String field, Node.Mapping m) {
        String kind = in.string(m.entries().get("distribution").value(), field + ".distribution");
        if (kind == null) {
            return null;
        }
        if (!DISTRIBUTIONS.contains(kind)) {
            in.fail(
                    m.entries().get("distribution").value().position(),
                    field + ".distribution",
                    in.oneOf(DISTRIBUTIONS),
                    "'" + kind + "'");
            return null;
        }
        double inf = Double.POSITIVE_INFINITY;
        switch (kind) {
            case "normal" -> {
                in.unknownKeys(m, field, List.of("distribution", "mean", "sd", "min", "max"));
                Double mean = in.number(m, "mean", null, -inf, inf);
                Double sd = in.number(m, "sd", null, 0, inf);
                Double lo = in.number(m, "min", -inf, -inf, inf);
                Double hi = in.number(m, "max", inf, -inf, inf);
                if (mean == null || sd == null) {
                    in.fail(
                            m.position(),
                            field,
                            "a normal distribution's mean and sd",
                            mean == null && sd == null
                                    ? "neither"
                                    : "only " + (mean == null ? "sd" : "mean"));
                    return null;
                }
                if (!(sd > 0)) {
                    in.fail(
                            m.entries().get("sd").value().position(),
                            field + ".sd",
                            "a standard deviation above 0",
                            in.fmt(sd));
                    return null;
                }
                if (lo == null || hi == null || !(lo < hi)) {
                    in.fail(
                            m.position(),
                            field,
                            "min below max",
                            lo == null || hi == null
                                    ? "a bound that is not a number"
                                    : "min " + in.fmt(lo) + " and max " + in.fmt(hi));
                    return null;
                }
                return new Factor.Distribution(path, kind, mean, sd, 0, lo, hi);
            }
            default -> {
                boolean tri = kind.equals("triangular");
                in.unknownKeys(
                        m,
                        field,
                        tri
                                ? List.of("distribution", "min", "mode", "max")
                                : List.of("distribution", "min", "max"));
                Double lo = in.number(m, "min", null, -inf, inf);
                Double hi = in.number(m, "max", null, -inf, inf);
                Double mode = tri ? in.number(m, "mode", null, -inf, inf) : Double.valueOf(0);
                if (lo == null || hi == null || mode == null) {
                    in.fail(
                            m.position(),
                            field,
                            tri ? "min, mode and max" : "min and max",
                            "some missing");
                    return null;
                }
                if (!(lo < hi)) {
                    in.fail(
                            m.position(),
                            field,
                            "min below max",
                            "min " + in.fmt(lo) + " and max " + in.fmt(hi));
                    return null;
                }
                if (tri && (mode < lo || mode > hi)) {
                    in.fail(
                            m.entries().get("mode").value().position(),
                            field + ".mode",
                            "a mode from min to max, " + in.fmt(lo) + " to " + in.fmt(hi),
                            in.fmt(mode));
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
                in.refusal(at, field, e);
                return false;
            }
        }
        return true;
    }

    void points(
            Node.Mapping design,
            ModelParameters base,
            List<Factor> factors,
            List<List<Object>> out) {
        Node.Entry entry = design.entries().get("points");
        if (entry == null || !(entry.value() instanceof Node.Sequence list)) {
            in.fail(
                    entry == null ? design.position() : entry.value().position(),
                    "design.points",
                    "a list of points, each a mapping from parameter paths to values",
                    entry == null ? "none" : entry.value().describe());
            return;
        }
        if (list.items().isEmpty()) {
            in.fail(list.position(), "design.points", "at least one point", "an empty list");
            return;
        }
        List<String> paths = null;
        List<List<Object>> distinct = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            String field = "design.points[" + i + "]";
            Node item = list.items().get(i);
            if (!(item instanceof Node.Mapping point) || point.entries().isEmpty()) {
                in.fail(
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
                in.fail(
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
                Object v = in.scalar(e.value(), field + "." + paths.get(j));
                if (v == null) {
                    return;
                }
                try {
                    p = ParameterPaths.with(p, paths.get(j), v);
                } catch (IllegalArgumentException ex) {
                    in.refusal(e.value().position(), field + "." + paths.get(j), ex);
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
}
