package issim.core.params;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Checks a parameter record, recursively, against the ranges its {@link Param} annotations declare.
 * The core refuses out-of-range parameters loudly; the scenario loader reports the same problems
 * with file positions before a record is ever built.
 */
public final class ParameterCheck {
    private ParameterCheck() {}

    /**
     * Every violation found, each as "path: expected …, found …"; empty when the record is valid.
     */
    public static List<String> violations(Record record) {
        List<String> out = new ArrayList<>();
        collect(record, "", out);
        return out;
    }

    /**
     * Checks a record's own components, given in declaration order, from inside its compact
     * constructor (where the fields are not yet assigned). Nested records checked themselves when
     * they were built. Throws {@link IllegalArgumentException} listing every violation.
     */
    public static void require(Class<? extends Record> type, Object... values) {
        RecordComponent[] components = type.getRecordComponents();
        if (components.length != values.length) {
            throw new IllegalStateException(
                    type.getSimpleName()
                            + ": "
                            + values.length
                            + " values for "
                            + components.length
                            + " components");
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            check(components[i], values[i], components[i].getName(), problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    private static boolean check(
            RecordComponent component, Object value, String path, List<String> out) {
        if (value == null) {
            out.add(path + ": expected a value, found nothing");
            return false;
        }
        Param param = component.getAnnotation(Param.class);
        if (param != null && value instanceof Number number) {
            double v = number.doubleValue();
            if (Double.isNaN(v) || v < param.min() || v > param.max()) {
                out.add(path + ": expected " + range(param) + ", found " + number);
            }
        }
        return true;
    }

    private static void collect(Object value, String path, List<String> out) {
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object child;
                try {
                    child = component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                String childPath =
                        path.isEmpty() ? component.getName() : path + "." + component.getName();
                if (check(component, child, childPath, out)) {
                    collect(child, childPath, out);
                }
            }
        } else if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                collect(item, path + "[" + i++ + "]", out);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                collect(e.getValue(), path + "." + e.getKey(), out);
            }
        }
    }

    /** The allowed range in words, e.g. "a number from 0 to 1". */
    public static String range(Param param) {
        boolean lo = param.min() != Double.NEGATIVE_INFINITY;
        boolean hi = param.max() != Double.POSITIVE_INFINITY;
        if (lo && hi) {
            return "a number from " + fmt(param.min()) + " to " + fmt(param.max());
        }
        if (lo) {
            return "a number of at least " + fmt(param.min());
        }
        if (hi) {
            return "a number of at most " + fmt(param.max());
        }
        return "a number";
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e18
                ? Long.toString((long) d)
                : Double.toString(d);
    }
}
