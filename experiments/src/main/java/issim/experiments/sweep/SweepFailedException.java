package issim.experiments.sweep;

/** A run of a sweep threw: a fault in the model, not in the design. Recorded runs stay recorded. */
public final class SweepFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    SweepFailedException(Throwable cause) {
        super("a run failed: " + cause, cause);
    }
}
