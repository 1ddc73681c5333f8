package issim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class OutOfMemoryMessageTest {
    @Test
    void runningOutOfMemoryAnywhereInTheCausesGivesAdviceNotATrace() {
        Exception wrapped =
                new RuntimeException(
                        "a run failed",
                        new ExecutionException(new OutOfMemoryError("Java heap space")));
        String line = Issim.failure(wrapped);
        assertEquals(Issim.OUT_OF_MEMORY, line);
        assertTrue(line.contains("-Xmx") && line.contains("JAVA_TOOL_OPTIONS"), line);
        assertEquals(1, line.lines().count());
    }

    @Test
    void anyOtherFailureIsItsMessage() {
        assertEquals("issim: broken", Issim.failure(new IllegalStateException("broken")));
    }
}
