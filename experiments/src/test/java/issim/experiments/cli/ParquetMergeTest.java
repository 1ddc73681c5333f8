package issim.experiments.cli;

import static issim.experiments.cli.CliTest.issim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blue.strategic.parquet.Hydrator;
import blue.strategic.parquet.HydratorSupplier;
import blue.strategic.parquet.ParquetReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * issim merge --parquet: the rows of results.csv, typed, and the same bytes whatever the shards.
 */
class ParquetMergeTest {
    @TempDir Path dir;

    @Test
    void theParquetFileHoldsTheRowsOfTheCsvAndDoesNotDependOnShards() throws Exception {
        Files.writeString(dir.resolve("tiny.yaml"), SweepCliTest.TINY);
        Path design = dir.resolve("sobol.yaml");
        Files.writeString(design, SweepCliTest.SOBOL);
        Path one = dir.resolve("one"), three = dir.resolve("three");
        assertEquals(0, issim("sweep", design.toString(), "--out", one.toString()).status());
        for (int i = 1; i <= 3; i++) {
            assertEquals(
                    0,
                    issim(
                                    "sweep",
                                    design.toString(),
                                    "--out",
                                    three.toString(),
                                    "--shard",
                                    i + "/3")
                            .status());
        }
        for (Path p : List.of(one, three)) {
            CliTest.Result r = issim("merge", p.toString(), "--parquet");
            assertEquals(0, r.status(), r.err());
            assertTrue(r.out().contains("results.parquet"), r.out());
        }
        assertArrayEquals(
                Files.readAllBytes(one.resolve("results.parquet")),
                Files.readAllBytes(three.resolve("results.parquet")));

        List<String> csv = Files.readAllLines(one.resolve("results.csv"));
        String[] header = csv.get(0).split(",", -1);
        List<String> columns = List.of(header);
        // Each row as its values by column, an absent (optional) value left null.
        Hydrator<Object[], Object[]> byColumn =
                new Hydrator<>() {
                    @Override
                    public Object[] start() {
                        return new Object[columns.size()];
                    }

                    @Override
                    public Object[] add(Object[] row, String column, Object value) {
                        row[columns.indexOf(column)] = value;
                        return row;
                    }

                    @Override
                    public Object[] finish(Object[] row) {
                        return row;
                    }
                };
        List<Object[]> rows;
        try (Stream<Object[]> s =
                ParquetReader.streamContent(
                        one.resolve("results.parquet").toFile(),
                        HydratorSupplier.constantly(byColumn))) {
            rows = s.toList();
        }
        assertEquals(csv.size() - 1, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] c = csv.get(i + 1).split(",", -1);
            Object[] q = rows.get(i);
            assertEquals(header.length, q.length);
            for (int j = 0; j < c.length; j++) {
                String where = "row " + i + ", " + header[j];
                if (c[j].isEmpty()) {
                    assertEquals(null, q[j], where);
                } else if (c[j].equals("true") || c[j].equals("false") || j == 2) {
                    assertEquals(c[j], String.valueOf(q[j]), where);
                } else {
                    assertEquals(Double.parseDouble(c[j]), ((Number) q[j]).doubleValue(), 0, where);
                }
            }
        }
    }
}
