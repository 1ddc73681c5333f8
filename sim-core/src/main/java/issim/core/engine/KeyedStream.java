package issim.core.engine;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A {@link KeyedRandom} that keeps, for each key (a child), how many numbers it has drawn, so the
 * n-th number a child draws is the same whatever else the model did in between.
 */
public final class KeyedStream implements Serializable {
    private final KeyedRandom random;
    private int[] drawn = new int[1024];

    KeyedStream(KeyedRandom random) {
        this.random = random;
    }

    /** The next uniform number in [0, 1) for {@code key}. */
    public double next(int key) {
        return random.uniform(key, advance(key));
    }

    /** The next exponential variate for {@code key}, with the given rate (events per unit time). */
    public double nextExponential(int key, double rate) {
        return random.exponential(key, advance(key), rate);
    }

    private int advance(int key) {
        if (key >= drawn.length) {
            drawn = Arrays.copyOf(drawn, Math.max(key + 1, drawn.length * 2));
        }
        return drawn[key]++;
    }
}
