package issim.core.engine;

import java.io.Serializable;

/**
 * A counter-based random source: the n-th number for a key is a pure function of (seed, stream,
 * key, n). Family life events draw from it keyed by child, so a child's life events do not depend
 * on the order in which anything else in the model drew numbers — the basis of common random
 * numbers between scenarios (docs/ODD.md §4.9).
 *
 * <p>The mixing function is SplitMix64's finaliser (Steele, Lea and Flood 2014), applied twice.
 */
public final class KeyedRandom implements Serializable {
    private final long base;

    public KeyedRandom(long seed, long stream) {
        this.base = mix(seed ^ mix(stream * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L));
    }

    /** A uniform double in [0, 1) for the {@code n}-th draw of {@code key}. */
    public double uniform(long key, long n) {
        long z = mix(base + mix(key * 0xBF58476D1CE4E5B9L + n * 0x94D049BB133111EBL));
        return (z >>> 11) * 0x1.0p-53;
    }

    /** An exponential variate with the given rate (events per unit time). */
    public double exponential(long key, long n, double rate) {
        return -Math.log1p(-uniform(key, n)) / rate;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
