package issim.scenarios;

import issim.core.params.Param;
import issim.core.params.ParameterCheck;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds a positioned YAML tree onto an immutable parameter record, component by component. Keys
 * left out keep the value of the record it extends (ultimately the model's defaults). Every problem
 * is collected — unknown keys (with a suggestion), wrong types, values out of the range the
 * parameter's {@link Param} declares, impossible combinations the records refuse — each with its
 * file position and field path.
 */
final class Binder {
    private static final Object INVALID = new Object();
    private static final Pattern RECORD_MESSAGE =
            Pattern.compile("^([\\w.\\[\\]]+): expected (.*), found (.*)$");

    private final List<ScenarioError> errors;

    Binder(List<ScenarioError> errors) {
        this.errors = errors;
    }

    /**
     * Binds {@code node} onto {@code type}, starting from {@code defaults}; null if anything was
     * wrong.
     */
    <T extends Record> T bind(Node node, Class<T> type, T defaults, String path) {
        Object v = bindRecord(node, type, defaults, path);
        return v == INVALID ? null : type.cast(v);
    }

    private Object bindRecord(Node node, Class<?> type, Object defaults, String path) {
        if (!(node instanceof Node.Mapping map)) {
            errors.add(
                    new ScenarioError(
                            node.position(),
                            path,
                            "a mapping of " + describeRecord(type),
                            node.describe()));
            return INVALID;
        }
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = new ArrayList<>();
        for (RecordComponent c : components) {
            names.add(c.getName());
        }
        for (var e : map.entries().entrySet()) {
            if (!names.contains(e.getKey())) {
                String suggestion = Suggestions.closest(e.getKey(), names);
                errors.add(
                        new ScenarioError(
                                e.getValue().keyPosition(),
                                join(path, e.getKey()),
                                "one of the keys of "
                                        + (path.isEmpty() ? "a scenario" : "'" + path + "'")
                                        + (suggestion == null
                                                ? " (" + String.join(", ", names) + ")"
                                                : " (did you mean '" + suggestion + "'?)"),
                                "the unknown key '" + Echo.of(e.getKey()) + "'"));
            }
        }
        Object[] values = new Object[components.length];
        boolean ok = true;
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Object fallback = accessor(c, defaults);
            Node.Entry entry = map.entries().get(c.getName());
            values[i] =
                    entry == null
                            ? fallback
                            : bindValue(
                                    entry.value(),
                                    c.getGenericType(),
                                    fallback,
                                    c,
                                    join(path, c.getName()));
            ok &= values[i] != INVALID;
        }
        if (!ok) {
            return INVALID;
        }
        try {
            Constructor<?> constructor =
                    type.getDeclaredConstructor(
                            Arrays.stream(components)
                                    .map(RecordComponent::getType)
                                    .toArray(Class<?>[]::new));
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            reportRefusal(map, path, e.getCause());
            return INVALID;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /**
     * The record refused a combination; point at the field its message names, if the file gave it.
     */
    void reportRefusal(Node.Mapping map, String path, Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        for (String part : message.split("; ")) {
            Matcher m = RECORD_MESSAGE.matcher(part);
            if (m.matches()) {
                Node at = find(map, m.group(1));
                errors.add(
                        new ScenarioError(
                                at == null ? map.position() : at.position(),
                                join(path, m.group(1)),
                                namingTheOtherField(m.group(1), m.group(2)),
                                m.group(3)));
            } else {
                errors.add(
                        new ScenarioError(
                                map.position(), path, "a consistent set of values", part));
            }
        }
    }

    /**
     * The model's words for a combination it refuses, with the field the value conflicts with named
     * where the words only describe it.
     */
    private static String namingTheOtherField(String field, String expected) {
        String out =
                expected.replaceFirst(
                        "^(at most the [0-9]+ secondary schools)$",
                        "$1 (locality.secondarySchools)");
        if (field.endsWith("schoolPoliceOfficer.weekShare")) {
            out =
                    out.replaceFirst(
                            "at each of ([0-9]+) schools",
                            "at each of the $1 schools of interventions.schoolPoliceOfficer.schools");
        }
        return out;
    }

    static Node find(Node.Mapping map, String dotted) {
        Node at = map;
        for (String key : dotted.split("\\.")) {
            if (!(at instanceof Node.Mapping m) || !m.entries().containsKey(key)) {
                return null;
            }
            at = m.entries().get(key).value();
        }
        return at;
    }

    private Object bindValue(
            Node node, Type type, Object fallback, RecordComponent component, String path) {
        Class<?> raw =
                type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
        Param param = component == null ? null : component.getAnnotation(Param.class);
        if (raw.isRecord()) {
            return bindRecord(node, raw, fallback, path);
        }
        if (raw == List.class) {
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            if (!(node instanceof Node.Sequence seq)) {
                errors.add(
                        new ScenarioError(
                                node.position(),
                                path,
                                "a list, each item " + describe((Class<?>) item, null),
                                node.describe()));
                return INVALID;
            }
            List<Object> out = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < seq.items().size(); i++) {
                Object v = bindValue(seq.items().get(i), item, null, null, path + "[" + i + "]");
                ok &= v != INVALID;
                out.add(v);
            }
            return ok ? List.copyOf(out) : INVALID;
        }
        if (!(node instanceof Node.Scalar scalar)) {
            errors.add(
                    new ScenarioError(
                            node.position(), path, describe(raw, param), node.describe()));
            return INVALID;
        }
        Object value = scalar(scalar, raw, param, path);
        if (value != INVALID && param != null && value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || d < param.min() || d > param.max()) {
                errors.add(
                        new ScenarioError(
                                node.position(), path, describe(raw, param), scalar.describe()));
                return INVALID;
            }
        }
        return value;
    }

    private Object scalar(Node.Scalar s, Class<?> raw, Param param, String path) {
        String expected = describe(raw, param);
        try {
            if (raw == int.class
                    || raw == Integer.class
                    || raw == long.class
                    || raw == Long.class) {
                if (s.kind() != Node.Scalar.Kind.INTEGER) {
                    return fail(s, path, expected);
                }
                long v = Long.parseLong(s.text().replace("_", ""));
                if (raw == int.class || raw == Integer.class) {
                    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                        return fail(s, path, expected);
                    }
                    return (int) v;
                }
                return v;
            }
            if (raw == double.class || raw == Double.class) {
                if (s.kind() != Node.Scalar.Kind.INTEGER && s.kind() != Node.Scalar.Kind.DECIMAL) {
                    return fail(s, path, expected);
                }
                return Double.parseDouble(s.text().replace("_", ""));
            }
        } catch (NumberFormatException e) {
            return fail(s, path, expected);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return s.kind() == Node.Scalar.Kind.BOOLEAN
                    ? (Object) Boolean.parseBoolean(s.text())
                    : fail(s, path, expected);
        }
        if (raw == String.class) {
            return s.kind() == Node.Scalar.Kind.NULL ? fail(s, path, expected) : s.text();
        }
        if (raw.isEnum()) {
            if (s.kind() == Node.Scalar.Kind.STRING) {
                for (Object constant : raw.getEnumConstants()) {
                    if (keyOf(constant).equals(s.text())
                            || ((Enum<?>) constant).name().equalsIgnoreCase(s.text())) {
                        return constant;
                    }
                }
                List<String> keys = new ArrayList<>();
                for (Object constant : raw.getEnumConstants()) {
                    keys.add(keyOf(constant));
                }
                String suggestion = Suggestions.closest(s.text(), keys);
                if (suggestion != null) {
                    errors.add(
                            new ScenarioError(
                                    s.position(),
                                    path,
                                    expected + " (did you mean '" + suggestion + "'?)",
                                    s.describe()));
                    return INVALID;
                }
            }
            return fail(s, path, expected);
        }
        throw new IllegalStateException("no binding for " + raw);
    }

    private Object fail(Node.Scalar s, String path, String expected) {
        errors.add(new ScenarioError(s.position(), path, expected, s.describe()));
        return INVALID;
    }

    /** What a value of this type must be, in words, with its range. */
    static String describe(Class<?> raw, Param param) {
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return param == null
                    ? "a whole number"
                    : ParameterCheck.range(param).replace("a number", "a whole number");
        }
        if (raw == double.class || raw == Double.class) {
            return param == null ? "a number" : ParameterCheck.range(param);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "true or false";
        }
        if (raw == String.class) {
            return "some text";
        }
        if (raw.isEnum()) {
            List<String> keys = new ArrayList<>();
            for (Object constant : raw.getEnumConstants()) {
                keys.add(keyOf(constant));
            }
            return "one of " + String.join(", ", keys);
        }
        if (raw.isRecord()) {
            return "a mapping of " + describeRecord(raw);
        }
        return raw.getSimpleName();
    }

    private static String describeRecord(Class<?> type) {
        String name = type.getSimpleName().replaceFirst("Parameters$", "");
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + " settings";
    }

    /** The name an enum constant has in a scenario file: its {@code key()} if it has one. */
    static String keyOf(Object constant) {
        try {
            return (String) constant.getClass().getMethod("key").invoke(constant);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return ((Enum<?>) constant).name().toLowerCase(Locale.ROOT);
        }
    }

    static Object accessor(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
