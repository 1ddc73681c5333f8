package issim.experiments.sweep;

import issim.scenarios.Node;
import issim.scenarios.Position;
import issim.scenarios.ScenarioError;
import issim.scenarios.ScenarioException;
import issim.scenarios.YamlTree;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The located-message side of reading a design: typed scalars with their ranges, unknown keys with
 * a suggestion, refusals by the parameter records, each problem kept with file, line, column and
 * field path, as a scenario file's are.
 */
final class DesignFields {
    private static final Pattern REFUSAL =
            Pattern.compile("^([\\w.\\[\\]]+): expected (.*), found (.*)$");

    final List<ScenarioError> errors = new ArrayList<>();

    Object scalar(Node node, String field) {
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

    String string(Node node, String field) {
        if (node instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.STRING) {
            return s.text();
        }
        fail(node.position(), field, "a name", node.describe());
        return null;
    }

    long required(Node.Mapping m, String field, String key, long min, long max) {
        if (!m.entries().containsKey(key)) {
            fail(m.position(), field, "a whole number from " + min + " to " + max, "none");
            return 0;
        }
        return whole(m, key, 0, min, max);
    }

    long whole(Node.Mapping m, String key, long fallback, long min, long max) {
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

    Double number(Node.Mapping m, String key, Double fallback, double min, double max) {
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
    String fieldOf(Node.Mapping m, String key) {
        String prefix = pathOf.getOrDefault(m, "");
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    private final IdentityHashMap<Node.Mapping, String> pathOf = new IdentityHashMap<>();

    void unknownKeys(Node.Mapping m, String path, List<String> known) {
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
    void refusal(Position at, String field, IllegalArgumentException e) {
        String message = e.getMessage();
        Matcher m = REFUSAL.matcher(message.split("; ", -1)[0]);
        if (m.matches()) {
            fail(at, field, m.group(2) + " (at " + m.group(1) + ")", m.group(3));
        } else {
            fail(at, field, "a value the model accepts", message);
        }
    }

    ScenarioException fail(Position at, String field, String expected, String found) {
        errors.add(new ScenarioError(at, field, expected, found));
        return new ScenarioException(errors);
    }

    static String oneOf(List<String> names) {
        return "one of " + String.join(", ", names);
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v)
                : Double.toString(v);
    }
}
