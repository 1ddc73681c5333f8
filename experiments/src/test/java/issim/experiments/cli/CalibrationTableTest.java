package issim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/calibration.md is exactly what `issim calibration` prints for the current code: the table of
 * the model's values beside England's cannot drift from the model.
 */
class CalibrationTableTest {
    @Test
    void theCommittedTableIsWhatTheCodeProduces() throws Exception {
        Path doc = Path.of("..", "docs", "calibration.md");
        String committed = Files.readString(doc, StandardCharsets.UTF_8);
        String table = CalibrationCommand.table(2);
        assertEquals(
                table,
                committed,
                "docs/calibration.md is out of date: regenerate it with"
                        + " ./issim calibration > docs/calibration.md");
    }
}
