package issim.experiments.demo;

import issim.core.World;
import issim.core.params.ModelParameters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;

/**
 * A scenario's world at day 0 — warmed up, its interventions scheduled but not yet started — kept
 * as a serialized copy, so each session and each reset starts from a fresh, identical copy without
 * running the warm-up again.
 */
final class DayZero {
    private final byte[] bytes;

    private DayZero(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Runs the warm-up of {@code params} with {@code seed}. */
    static DayZero of(ModelParameters params, long seed) {
        World w = new World(params, seed);
        w.start();
        while (w.schedule.getTime() < params.warmupDays() && w.schedule.step(w)) {
            // MASON runs the coarse steps to the end of the warm-up, day 0.
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try (ObjectOutputStream o = new ObjectOutputStream(out)) {
            o.writeObject(w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the world", e);
        }
        return new DayZero(out.toByteArray());
    }

    /** A fresh copy of the world at day 0. */
    World copy() {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (World) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read back a copy of the world", e);
        }
    }
}
