package issim.experiments.cli;

import issim.experiments.run.ProgressListener;
import java.io.Console;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress of the runs: a bar on a terminal, plain periodic lines otherwise (logs, CI, pipes). */
final class Progress implements ProgressListener, AutoCloseable {
    private final int total;
    private final PrintWriter out;
    private final ProgressBar bar;
    private int lastPrinted;

    /** Shows a bar if standard output is a terminal, else prints lines to {@code out}. */
    Progress(int total, PrintWriter out) {
        this.total = total;
        this.out = out;
        this.bar =
                onTerminal()
                        ? new ProgressBarBuilder()
                                .setTaskName("runs")
                                .setInitialMax(total)
                                .setStyle(ProgressBarStyle.ASCII)
                                .continuousUpdate()
                                .build()
                        : null;
    }

    @Override
    public synchronized void runsFinished(int done) {
        if (bar != null) {
            bar.stepTo(done);
            return;
        }
        // About ten lines for a whole invocation, and always the last.
        int step = Math.max(1, total / 10);
        if (done == total || done - lastPrinted >= step) {
            out.printf("runs: %d of %d done%n", done, total);
            lastPrinted = done;
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    // Before JDK 22 System.console() is null exactly when the JVM is not on a terminal, so the
    // null check the warning is about is the right test there; from JDK 22 a console exists even
    // when output is redirected, and Console.isTerminal (JDK 22+, hence reflection) says.
    @SuppressWarnings("SystemConsoleNull")
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null || Runtime.version().feature() < 22) {
            return console != null;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            throw new LinkageError(e.getMessage(), e);
        }
    }
}
