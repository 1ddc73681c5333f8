package issim.experiments.run;

import issim.core.World;
import issim.core.observe.Observer;
import java.io.Closeable;
import java.io.IOException;

/**
 * Records child- and event-level data of each run as it goes (for researchers' own analysis): a
 * recording is attached to a run's world before it starts and closed when it ends, so nothing is
 * kept in memory.
 */
public interface MicroRecorder {
    /** What one run is recorded by. */
    interface Recording extends Observer, Closeable {}

    Recording start(String scenario, int replication, long seed, World world) throws IOException;
}
