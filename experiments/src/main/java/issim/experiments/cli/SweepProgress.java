package issim.experiments.cli;

import issim.experiments.run.ProgressListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a sweep: on a terminal a bar with the rate and time left; otherwise (logs, Slurm,
 * pipes) about twenty plain lines, each with runs done, the rate and the time left.
 */
final class SweepProgress implements ProgressListener, AutoCloseable {
    private final int total;
    private final PrintWriter out;
    private final ProgressBar bar;
    private final long start = System.nanoTime();
    private int lastPrinted;

    SweepProgress(int total, PrintWriter out) {
        this.total = total;
        this.out = out;
        this.bar =
                Progress.onTerminal() && total > 0
                        ? new ProgressBarBuilder()
                                .setTaskName("runs")
                                .setInitialMax(total)
                                .setStyle(ProgressBarStyle.ASCII)
                                .showSpeed()
                                .setUnit(" runs", 1)
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
        int step = Math.max(1, total / 20);
        if (done == total || done - lastPrinted >= step) {
            out.println(line(done, total, (System.nanoTime() - start) / 1e9));
            out.flush();
            lastPrinted = done;
        }
    }

    /** "runs: 12 of 120 done, 1.9 runs/s, about 57 s left". */
    static String line(int done, int total, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        String left =
                done == total
                        ? "finished in " + duration(seconds)
                        : rate > 0 ? "about " + duration((total - done) / rate) + " left" : "";
        return String.format(
                Locale.ROOT, "runs: %d of %d done, %.2f runs/s, %s", done, total, rate, left);
    }

    static String duration(double seconds) {
        Duration d = Duration.ofSeconds(Math.round(seconds));
        if (d.toHours() > 0) {
            return String.format(Locale.ROOT, "%d h %02d min", d.toHours(), d.toMinutesPart());
        }
        if (d.toMinutes() > 0) {
            return String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart());
        }
        return d.toSeconds() + " s";
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
