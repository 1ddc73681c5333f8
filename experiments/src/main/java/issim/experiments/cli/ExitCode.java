package issim.experiments.cli;

/** What the issim command's exit status means. */
enum ExitCode {
    /** Done; every output was written. */
    OK(0),
    /** A fault in issim or the model, not in what was asked. */
    FAILURE(1),
    /**
     * Bad input of any kind: a bad flag, a bad scenario file, settings a comparison cannot honour,
     * an existing output directory. Nothing was written.
     */
    BAD_INPUT(2),
    /** Stopped before the end (128 + SIGINT, as a shell reports Ctrl-C). Nothing was written. */
    INTERRUPTED(130);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }
}
