package issim.core.process;

import issim.core.domain.InterventionKind;
import issim.core.engine.RandomStreams;
import issim.core.engine.Scheduler;
import issim.core.engine.Steps;
import issim.core.model.Locality;
import issim.core.model.Population;
import issim.core.model.TrustMatrix;
import issim.core.observe.Counters;
import issim.core.params.ModelParameters;
import java.io.Serializable;

/**
 * All a process may touch (docs/ODD.md §3): the parameters, the clock and event scheduler, the
 * coarse steps, the purpose-split random streams, the counters observation reads, the locality, the
 * population, the trust between practitioners, and which interventions are in force. The processes
 * a process really calls are its constructor arguments, never looked up through here.
 */
public final class Context implements Serializable {
    private ModelParameters params;
    private final Scheduler events;
    private final Steps steps;
    private final RandomStreams streams;
    private final Counters counters;
    private final Locality locality;
    private final Population population;
    private final TrustMatrix trust;
    private final InForce inForce;

    public Context(
            ModelParameters params,
            Scheduler events,
            Steps steps,
            RandomStreams streams,
            Counters counters,
            Locality locality,
            Population population,
            TrustMatrix trust,
            InForce inForce) {
        this.params = params;
        this.events = events;
        this.steps = steps;
        this.streams = streams;
        this.counters = counters;
        this.locality = locality;
        this.population = population;
        this.trust = trust;
        this.inForce = inForce;
    }

    public ModelParameters params() {
        return params;
    }

    /**
     * A world copied at the end of its warm-up continues as a scenario whose parameters agree with
     * the warm-up's before day 0 and may differ in its interventions and horizon.
     */
    public void continueWith(ModelParameters scenario) {
        this.params = scenario;
    }

    /** The model's clock: the time of the event in hand, or of the coarse step running. */
    public double now() {
        return events.now();
    }

    public Scheduler events() {
        return events;
    }

    public Steps steps() {
        return steps;
    }

    public RandomStreams streams() {
        return streams;
    }

    public Counters counters() {
        return counters;
    }

    public Locality locality() {
        return locality;
    }

    public Population population() {
        return population;
    }

    public TrustMatrix trust() {
        return trust;
    }

    /** Whether {@code kind} is in force now. */
    public boolean inForce(InterventionKind kind) {
        return inForce.has(kind);
    }

    public InForce interventions() {
        return inForce;
    }
}
