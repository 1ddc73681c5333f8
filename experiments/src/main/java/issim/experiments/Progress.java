package issim.experiments;

import java.io.PrintStream;
import java.util.function.IntConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress of the runs: a bar on a terminal, plain periodic lines otherwise (logs, CI, pipes). */
final class Progress implements IntConsumer, AutoCloseable {
    private final int total;
    private final PrintStream out;
    private final ProgressBar bar;
    private int lastPrinted;

    Progress(int total, PrintStream out, boolean terminal) {
        this.total = total;
        this.out = out;
        this.bar =
                terminal
                        ? new ProgressBarBuilder()
                                .setTaskName("runs")
                                .setInitialMax(total)
                                .setStyle(ProgressBarStyle.ASCII)
                                .continuousUpdate()
                                .build()
                        : null;
    }

    @Override
    public synchronized void accept(int done) {
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
}
