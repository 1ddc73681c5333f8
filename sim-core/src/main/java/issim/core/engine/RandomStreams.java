package issim.core.engine;

import ec.util.MersenneTwisterFast;

/**
 * The model's random numbers, split by purpose (DESIGN.md §2): the population (who lives in the
 * locality, who is born), family life events (keyed per child), and service behaviour (every
 * decision a practitioner, agency or family makes about services). Two scenarios run with one seed
 * therefore see the same families and the same life events; only service behaviour differs.
 */
public final class RandomStreams {
    private static final long POPULATION = 1, LIFE_EVENTS = 2, SERVICES = 3, BEHAVIOUR = 4;

    private final MersenneTwisterFast population;
    private final KeyedRandom lifeEvents;
    private final MersenneTwisterFast services;
    private final KeyedRandom behaviour;

    public RandomStreams(long seed) {
        population = new MersenneTwisterFast(derive(seed, POPULATION));
        lifeEvents = new KeyedRandom(seed, LIFE_EVENTS);
        services = new MersenneTwisterFast(derive(seed, SERVICES));
        behaviour = new KeyedRandom(seed, BEHAVIOUR);
    }

    private static long derive(long seed, long stream) {
        return KeyedRandom.mix(seed * 0x9E3779B97F4A7C15L + stream);
    }

    /** Who is born, where families live, their risk factors: identical across scenarios. */
    public MersenneTwisterFast population() {
        return population;
    }

    /** Adverse life events, keyed by child: identical across scenarios. */
    public KeyedRandom lifeEvents() {
        return lifeEvents;
    }

    /** Noticing, sharing, referral, consent, attendance, dropout, police response. */
    public MersenneTwisterFast services() {
        return services;
    }

    /** Anti-social behaviour incidents, keyed by child; their rates depend on services. */
    public KeyedRandom behaviour() {
        return behaviour;
    }
}
