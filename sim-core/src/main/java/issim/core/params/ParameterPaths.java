package issim.core.params;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads and replaces one parameter by its dotted path, e.g. {@code youthJustice.detectionTarget} or
 * {@code agencies.socialCare.caseloadCapacity}, returning a new immutable record: for tests, and
 * for the factors of a parameter sweep. The records' own checks still apply, and a refusal names
 * the full path.
 */
public final class ParameterPaths {
    private ParameterPaths() {}

    /** The value at {@code path} in {@code root}. */
    public static Object get(Record root, String path) {
        Object here = root;
        String at = "";
        for (String name : split(path)) {
            if (!(here instanceof Record r)) {
                throw new IllegalArgumentException(at + ": is a value, not a group of parameters");
            }
            at = at.isEmpty() ? name : at + "." + name;
            here = read(r, component(r.getClass(), name, at));
        }
        return here;
    }

    /**
     * A copy of {@code root} with the parameter at {@code path} set to {@code value}: a number, a
     * boolean, for an enum its name or key, or for a group of parameters a record of its kind.
     * Throws {@link IllegalArgumentException} naming the path when it does not exist, the value has
     * the wrong type, or a record refuses it.
     */
    public static <T extends Record> T with(T root, String path, Object value) {
        @SuppressWarnings("unchecked")
        T out = (T) replace(root, split(path), 0, "", value);
        return out;
    }

    /** Every settable leaf path under {@code type}, in declaration order. */
    public static List<String> leaves(Class<? extends Record> type) {
        List<String> out = new ArrayList<>();
        collect(type, "", out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Class<?> type, String prefix, List<String> out) {
        for (RecordComponent c : type.getRecordComponents()) {
            String path = prefix.isEmpty() ? c.getName() : prefix + "." + c.getName();
            if (c.getType().isRecord()) {
                collect((Class<? extends Record>) c.getType(), path, out);
            } else {
                out.add(path);
            }
        }
    }

    private static List<String> split(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a parameter path: expected names joined by dots");
        }
        List<String> names = Arrays.asList(path.split("\\.", -1));
        for (String n : names) {
            if (n.isEmpty()) {
                throw new IllegalArgumentException(
                        path + ": expected names joined by single dots, found an empty name");
            }
        }
        return names;
    }

    private static Object replace(
            Record record, List<String> names, int depth, String prefix, Object value) {
        Class<?> type = record.getClass();
        String name = names.get(depth);
        String at = prefix.isEmpty() ? name : prefix + "." + name;
        RecordComponent target = component(type, name, at);
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Object current = read(record, c);
            if (!c.getName().equals(target.getName())) {
                args[i] = current;
            } else if (depth == names.size() - 1) {
                if (c.getType().isRecord() && c.getType().isInstance(value)) {
                    args[i] = value; // a whole group replaced by another of its kind
                } else if (c.getType().isRecord()) {
                    throw new IllegalArgumentException(
                            at + ": is a group of parameters; expected one of its keys after it");
                } else {
                    args[i] = convert(c.getType(), value, at);
                }
            } else if (current instanceof Record child) {
                args[i] = replace(child, names, depth + 1, at, value);
            } else {
                throw new IllegalArgumentException(at + ": is a value, not a group of parameters");
            }
        }
        return construct(type, components, args, prefix);
    }

    private static RecordComponent component(Class<?> type, String name, String at) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
            names.add(c.getName());
        }
        throw new IllegalArgumentException(
                at + ": no such parameter; expected one of " + String.join(", ", names));
    }

    private static Object read(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object convert(Class<?> type, Object value, String at) {
        if (type == boolean.class) {
            if (value instanceof Boolean b) {
                return b;
            }
            throw mismatch(at, "true or false", value);
        }
        if (type == int.class || type == long.class) {
            if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                double d = n.doubleValue();
                if (type == int.class) {
                    if (d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) {
                        throw mismatch(at, "a whole number that fits an int", value);
                    }
                    return (int) d;
                }
                return n instanceof Long l ? l : (long) d;
            }
            throw mismatch(at, "a whole number", value);
        }
        if (type == double.class) {
            if (value instanceof Number n) {
                return n.doubleValue();
            }
            throw mismatch(at, "a number", value);
        }
        if (type.isEnum()) {
            if (value instanceof String s) {
                for (Object constant : type.getEnumConstants()) {
                    Enum<?> e = (Enum<?>) constant;
                    if (e.name().equalsIgnoreCase(s)
                            || e.name().toLowerCase(Locale.ROOT).equals(s)) {
                        return e;
                    }
                }
            }
            throw mismatch(at, "one of " + Arrays.toString(type.getEnumConstants()), value);
        }
        if (type.isInstance(value)) {
            return value;
        }
        throw mismatch(at, "a value of type " + type.getSimpleName(), value);
    }

    private static IllegalArgumentException mismatch(String at, String expected, Object found) {
        return new IllegalArgumentException(at + ": expected " + expected + ", found " + found);
    }

    private static Object construct(
            Class<?> type, RecordComponent[] components, Object[] args, String prefix) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException refused) {
                // The record names its own component; put the path of the record in front.
                throw new IllegalArgumentException(
                        prefix.isEmpty() ? refused.getMessage() : prefixed(prefix, refused),
                        refused);
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String prefixed(String prefix, IllegalArgumentException refused) {
        List<String> parts = new ArrayList<>();
        for (String problem : refused.getMessage().split("; ", -1)) {
            parts.add(prefix + "." + problem);
        }
        return String.join("; ", parts);
    }
}
