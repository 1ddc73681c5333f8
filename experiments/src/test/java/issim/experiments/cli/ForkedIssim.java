package issim.experiments.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** issim in a JVM of its own, for the tests that stop it with a signal or kill it. */
final class ForkedIssim {
    private ForkedIssim() {}

    /** The command line of {@code issim args...} on this test's classpath, stderr into stdout. */
    static ProcessBuilder command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Issim.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /**
     * Sends the signal {@code name} (TERM, INT) with kill, rather than Process.destroy, which also
     * closes the process's output stream.
     */
    static void signal(Process p, String name) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, Long.toString(p.pid())).start().waitFor();
    }
}
