package issim.core.engine;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;

/**
 * The model's random numbers, split by purpose (docs/ODD.md §4.9): the population (who lives in the
 * locality, who is born), family life events (keyed per child), service behaviour (every decision a
 * practitioner, agency or family makes about services), anti-social behaviour (keyed per child),
 * and fixed per-family and per-child numbers. Two scenarios run with one seed therefore see the
 * same families and the same life events; only service behaviour differs.
 *
 * <p>Every stream derives from the run's full 64-bit seed. MASON's {@code SimState.random} and
 * {@code seed()} are not used: {@code seed()} truncates the seed to 32 bits, so two seeds that
 * differ only above bit 31 would share a stream.
 */
public final class RandomStreams implements Serializable {
    private static final long POPULATION = 1,
            LIFE_EVENTS = 2,
            SERVICES = 3,
            BEHAVIOUR = 4,
            PARTICIPATION = 5,
            PATHWAY = 6,
            CIRCUMSTANCES = 7;

    private final long seed;
    private final MersenneTwisterFast population;
    private final KeyedStream lifeEvents;
    private final MersenneTwisterFast services;
    private final KeyedStream behaviour;
    private final KeyedStream participation;
    private final MersenneTwisterFast pathway;
    private final KeyedStream circumstances;

    public RandomStreams(long seed) {
        this.seed = seed;
        population = twister(derive(seed, POPULATION));
        lifeEvents = new KeyedStream(new KeyedRandom(seed, LIFE_EVENTS));
        services = twister(derive(seed, SERVICES));
        behaviour = new KeyedStream(new KeyedRandom(seed, BEHAVIOUR));
        participation = new KeyedStream(new KeyedRandom(seed, PARTICIPATION));
        pathway = twister(derive(seed, PATHWAY));
        circumstances = new KeyedStream(new KeyedRandom(seed, CIRCUMSTANCES));
    }

    /**
     * A Mersenne Twister seeded with all 64 bits of {@code seed}: its {@code long} constructor
     * keeps only the low 32 bits, so two seeds could share a stream.
     */
    private static MersenneTwisterFast twister(long seed) {
        return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32)});
    }

    private static long derive(long seed, long stream) {
        return KeyedRandom.mix(seed * 0x9E3779B97F4A7C15L + stream);
    }

    /** Who is born, where families live, their risk factors: identical across scenarios. */
    public MersenneTwisterFast population() {
        return population;
    }

    /** Adverse life events, keyed by child: identical across scenarios. */
    public KeyedStream lifeEvents() {
        return lifeEvents;
    }

    /** Noticing, sharing, referral, consent, meeting attendance, dropout, adoption, training. */
    public MersenneTwisterFast services() {
        return services;
    }

    /** Anti-social behaviour incidents, keyed by child; their rates depend on services. */
    public KeyedStream behaviour() {
        return behaviour;
    }

    /**
     * Young people's moves into and out of education, employment or training, keyed by child; a
     * stream of its own so that no other draw moves when NEET is observed (docs/ODD.md §7.10).
     */
    public KeyedStream participation() {
        return participation;
    }

    /**
     * How long each stage of the statutory pathway takes (docs/ODD.md §7.15): a stream of its own,
     * so that the durations move no service decision.
     */
    public MersenneTwisterFast pathway() {
        return pathway;
    }

    /**
     * When each family's risk factors start and end (docs/ODD.md §7.18), keyed by family: the same
     * in every scenario except for families that family work reaches.
     */
    public KeyedStream circumstances() {
        return circumstances;
    }

    /** A family's fixed place in its quintile's school catchment, in [0, 1). */
    public double catchment(int familyId) {
        long z = (familyId + 1) * 0x9E3779B97F4A7C15L + seed * 0xD1B54A32D192ED03L;
        z = (z ^ (z >>> 31)) * 0xBF58476D1CE4E5B9L;
        return ((z ^ (z >>> 29)) >>> 11) * 0x1.0p-53;
    }

    /**
     * A fixed number in [0, 1) per practitioner: where it stands in accepting change (early
     * adopter, middle band, resistant), the same in every scenario run with the seed.
     */
    public double readiness(int practitionerId) {
        return attendance(practitionerId + 0x4000_0000, 31);
    }

    /**
     * A number in [0, 1) per practitioner's post and month, deciding turnover and who the newcomer
     * is (the {@code draw}-th number for that post and month): the same in every scenario, so
     * scenarios lose and gain the same people.
     */
    public double turnover(int practitionerId, int month, int draw) {
        return attendance(practitionerId + 0x2000_0000 + draw * 0x0100_0000, 64 + month);
    }

    /**
     * A number in [0, 1) per family deciding when the family moves away: the same in every scenario
     * run with the seed.
     */
    public double moving(int familyId) {
        return attendance(familyId + 0x3000_0000, 4096);
    }

    /**
     * A fixed number in [0, 1) per child and agency deciding whether the child attends a service:
     * the same in every scenario run with the seed.
     */
    public double attendance(int childId, int agency) {
        long z =
                (childId + 1L) * 0x9E3779B97F4A7C15L
                        + agency * 0xD1B54A32D192ED03L
                        + seed * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return ((z ^ (z >>> 31)) >>> 11) * 0x1.0p-53;
    }
}
