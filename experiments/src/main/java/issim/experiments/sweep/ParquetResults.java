package issim.experiments.sweep;

import blue.strategic.parquet.ParquetWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.slf4j.LoggerFactory;

/**
 * results.parquet, the rows of results.csv with their types: point and replication as 32-bit
 * integers, key as text, seed as a 64-bit integer, each factor as the model reads it (a number as
 * double or 64-bit integer, true/false, a name as text) and each measure as an optional double
 * (absent where the CSV cell is empty). Written without Hadoop (parquet-floor), Snappy-compressed,
 * through a staged file moved into place.
 */
final class ParquetResults implements Closeable {
    static {
        // Parquet logs through SLF4J, for which issim ships no binding; SLF4J's one-time notice
        // that it therefore logs nothing is not for users of the command.
        PrintStream err = System.err;
        try {
            System.setErr(
                    new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
            LoggerFactory.getILoggerFactory();
        } finally {
            System.setErr(err);
        }
    }

    private final Path target, staged;
    private final ParquetWriter<Object[]> writer;
    private final List<String> names = new ArrayList<>();

    private ParquetResults(
            Path target, Path staged, ParquetWriter<Object[]> writer, List<String> names) {
        this.target = target;
        this.staged = staged;
        this.writer = writer;
        this.names.addAll(names);
    }

    /**
     * Opens {@code target} for rows of {@code factors} (sample values give their types) and {@code
     * measures}.
     */
    static ParquetResults open(Path target, Map<String, Object> factors, List<String> measures)
            throws IOException {
        List<Type> fields = new ArrayList<>();
        List<String> names = new ArrayList<>();
        fields.add(Types.required(PrimitiveTypeName.INT32).named("point"));
        fields.add(Types.required(PrimitiveTypeName.INT32).named("replication"));
        fields.add(
                Types.required(PrimitiveTypeName.BINARY)
                        .as(LogicalTypeAnnotation.stringType())
                        .named("key"));
        fields.add(Types.required(PrimitiveTypeName.INT64).named("seed"));
        names.addAll(List.of("point", "replication", "key", "seed"));
        for (Map.Entry<String, Object> f : factors.entrySet()) {
            Object v = f.getValue();
            fields.add(
                    v instanceof Double
                            ? Types.required(PrimitiveTypeName.DOUBLE).named(f.getKey())
                            : v instanceof Number
                                    ? Types.required(PrimitiveTypeName.INT64).named(f.getKey())
                                    : v instanceof Boolean
                                            ? Types.required(PrimitiveTypeName.BOOLEAN)
                                                    .named(f.getKey())
                                            : Types.required(PrimitiveTypeName.BINARY)
                                                    .as(LogicalTypeAnnotation.stringType())
                                                    .named(f.getKey()));
            names.add(f.getKey());
        }
        for (String m : measures) {
            fields.add(Types.optional(PrimitiveTypeName.DOUBLE).named(m));
            names.add(m);
        }
        MessageType schema = new MessageType("results", fields);
        Path staged = Staged.beside(target);
        ParquetWriter<Object[]> w =
                ParquetWriter.writeFile(
                        schema,
                        staged.toFile(),
                        (row, out) -> {
                            for (int i = 0; i < names.size(); i++) {
                                if (row[i] != null) {
                                    out.write(names.get(i), row[i]);
                                }
                            }
                        });
        return new ParquetResults(target, staged, w, names);
    }

    /** One row: point, replication, key, seed, then the factors' and measures' values in order. */
    void write(
            RunRecord rec, int point, int replication, List<String> factors, List<String> measures)
            throws IOException {
        Object[] row = new Object[names.size()];
        row[0] = point;
        row[1] = replication;
        row[2] = rec.key();
        row[3] = rec.seed();
        int i = 4;
        for (String f : factors) {
            Object v = rec.factors().get(f);
            row[i++] = v instanceof Number n && !(v instanceof Double) ? (Object) n.longValue() : v;
        }
        for (String m : measures) {
            Double v = rec.measures().get(m);
            row[i++] = v == null || v.isNaN() ? null : v;
        }
        writer.write(row);
    }

    /** Finishes the file and moves it into place. */
    @Override
    public void close() throws IOException {
        writer.close();
        Files.move(
                staged,
                target,
                StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
