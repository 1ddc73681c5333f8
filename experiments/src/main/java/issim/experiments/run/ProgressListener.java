package issim.experiments.run;

/** Hears how many of a plan's runs have finished, so a caller can show progress. */
@FunctionalInterface
public interface ProgressListener {
    /**
     * Called once as each run finishes, with the count finished so far. Calls come from the worker
     * threads but one at a time, with the count rising by one each call.
     */
    void runsFinished(int count);
}
