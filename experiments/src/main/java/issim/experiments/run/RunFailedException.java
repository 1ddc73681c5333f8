package issim.experiments.run;

/** A run of the model failed: a fault in the model, not in what was asked. */
public final class RunFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    RunFailedException(Throwable cause) {
        super("a run failed: " + cause, cause);
    }
}
