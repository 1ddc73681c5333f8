package issim.experiments.cli;

import issim.experiments.sweep.SweepManifest;
import issim.scenarios.ScenarioException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Reading a recorded sweep's manifest for the commands that work on one (merge, status,
 * sensitivity).
 */
final class RecordedSweep {
    private RecordedSweep() {}

    /**
     * The sweep recorded in {@code dir}, or null after saying on {@code err} why it cannot be read.
     */
    static SweepManifest.Recorded read(Path dir, PrintWriter err) {
        try {
            return SweepManifest.read(dir);
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return null;
        }
    }
}
