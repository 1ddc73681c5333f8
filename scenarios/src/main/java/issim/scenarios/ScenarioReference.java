package issim.scenarios;

import issim.core.params.Param;
import issim.core.params.ParameterCheck;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates {@code docs/scenarios.md}, the reference of every key a scenario file may set, from the
 * parameter records and their {@link Param} annotations. A test checks the committed file equals
 * the generated text, so the reference cannot drift from the code. Regenerate with {@code mvn -q
 * -pl scenarios exec:java} or by running {@link #main}.
 */
public final class ScenarioReference {
    private ScenarioReference() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/scenarios.md");
        Files.writeString(out, markdown());
        System.out.println("wrote " + out);
    }

    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Scenario files\n\n");
        b.append(
                "<!-- Generated from the parameter records by issim.scenarios.ScenarioReference; do not edit by hand. -->\n\n");
        b.append(
                "A scenario is a YAML file. Every key is optional: a key left out keeps the value of the scenario it\n");
        b.append(
                "`extends` (a bundled name such as `baseline`, or a path relative to the file), and ultimately the\n");
        b.append(
                "default below. Mappings merge key by key; lists and single values are replaced whole. Unknown keys,\n");
        b.append(
                "wrong types and values out of range are errors that name the file, line, column and field.\n");
        b.append(
                "Anchors, aliases and tags are not supported; a file must be UTF-8 text of at most 1 MiB,"
                        + " holding one document of at most 1,000,000 characters; a chain of"
                        + " `extends` may hold at most 32 files.\n\n");
        b.append(
                "```yaml\n# A school-based officer with a detection target, ten replications.\nextends: school-police-officer\n");
        b.append(
                "description: \"Officer with a detection target\"\nrun:\n  replications: 10\ninterventions:\n");
        b.append("  schoolPoliceOfficer:\n    detectionTarget: true\n```\n\n");
        b.append("Bundled scenarios: ")
                .append(
                        String.join(
                                ", ", Catalogue.NAMES.stream().map(n -> "`" + n + "`").toList()))
                .append(".\n\n");
        b.append(
                "| key | default | unit | allowed | meaning | source |\n|---|---|---|---|---|---|\n");
        rows(ScenarioDocument.defaults(), "", b);
        return b.toString();
    }

    private static void rows(Record record, String path, StringBuilder b) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object v = Binder.accessor(c, record);
            String key = path.isEmpty() ? c.getName() : path + "." + c.getName();
            if (v instanceof Record r) {
                rows(r, key, b);
                continue;
            }
            Param p = c.getAnnotation(Param.class);
            String allowed = allowed(c, p);
            b.append("| `")
                    .append(key)
                    .append("` | ")
                    .append(cell(ScenarioWriter.scalar(v)))
                    .append(" | ")
                    .append(p == null ? "" : cell(p.unit()))
                    .append(" | ")
                    .append(cell(allowed))
                    .append(" | ")
                    .append(p == null ? "" : cell(p.value()))
                    .append(" | ")
                    .append(p == null ? "" : cell(p.source()))
                    .append(" |\n");
        }
    }

    private static String allowed(RecordComponent c, Param p) {
        Class<?> t = c.getType();
        if (t == List.class) {
            var item =
                    (Class<?>)
                            ((java.lang.reflect.ParameterizedType) c.getGenericType())
                                    .getActualTypeArguments()[0];
            return "a list of " + Binder.describe(item, null).replace("one of ", "");
        }
        if ((t == int.class || t == long.class) && p != null) {
            return ParameterCheck.range(p).replace("a number", "whole number");
        }
        if (t == double.class && p != null) {
            return ParameterCheck.range(p).replace("a number", "number");
        }
        return Binder.describe(t, p);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
