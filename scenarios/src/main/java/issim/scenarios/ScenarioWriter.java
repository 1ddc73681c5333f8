package issim.scenarios;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Writes a scenario as a complete YAML file, every parameter spelled out, in the layout of {@link
 * ScenarioDocument}. Reading the result back gives the same records (numbers are written in Java's
 * round-trip form).
 */
public final class ScenarioWriter {
    private ScenarioWriter() {}

    public static String toYaml(Scenario scenario) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(scenario.name()).append(": every parameter, written out by issim\n");
        write(scenario.document(), 0, b);
        return b.toString();
    }

    private static void write(Record record, int indent, StringBuilder b) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object v = Binder.accessor(c, record);
            b.append("  ".repeat(indent)).append(c.getName()).append(':');
            if (v instanceof Record r) {
                b.append('\n');
                write(r, indent + 1, b);
            } else {
                b.append(' ').append(scalar(v)).append('\n');
            }
        }
    }

    static String scalar(Object v) {
        if (v instanceof String s) {
            return quote(s);
        }
        if (v instanceof Enum<?> e) {
            return Binder.keyOf(e);
        }
        if (v instanceof List<?> list) {
            StringBuilder b = new StringBuilder("[");
            for (Object item : list) {
                if (b.length() > 1) {
                    b.append(", ");
                }
                b.append(scalar(item));
            }
            return b.append(']').toString();
        }
        return String.valueOf(v);
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
