package issim.experiments.cli;

import issim.experiments.demo.Demo;
import issim.experiments.demo.DemoServer;
import issim.scenarios.Scenario;
import issim.scenarios.ScenarioException;
import issim.scenarios.ScenarioLoader;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the trainers' live demo: silo and integrated working side by side in a browser.",
            "Prints the page's address and opens nothing; Ctrl-C stops it. See docs/demo.md."
        })
final class DemoCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SCENARIO-A",
            defaultValue = "baseline",
            description = "The left panel, the silo (default: ${DEFAULT-VALUE}).")
    String left;

    @CommandLine.Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "SCENARIO-B",
            defaultValue = "co-location",
            description = "The right panel, integrated working (default: ${DEFAULT-VALUE}).")
    String right;

    @CommandLine.Option(
            names = "--port",
            defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @CommandLine.Option(
            names = "--host",
            description =
                    "Address to listen on (default: loopback, this machine only). Give one to let other machines in the room connect.")
    String host;

    @CommandLine.Option(
            names = "--seed",
            description = "Seed of both runs (default: SCENARIO-A's run seed).")
    Long seed;

    @CommandLine.Option(
            names = "--sessions",
            defaultValue = "8",
            description =
                    "Browser tabs served at once, each with its own pair of runs (default: ${DEFAULT-VALUE}).")
    int sessions;

    @Override
    public Integer call() throws IOException, InterruptedException {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        if (port < 0 || port > 65_535) {
            err.println(
                    "issim: --port: expected a whole number from 0 to 65535, found "
                            + Flags.typed(spec, "--port", port));
            return ExitCode.BAD_INPUT.code();
        }
        if (sessions < 1 || sessions > 100) {
            err.println(
                    "issim: --sessions: expected a whole number from 1 to 100, found "
                            + Flags.typed(spec, "--sessions", sessions));
            return ExitCode.BAD_INPUT.code();
        }
        if (seed != null && (seed < 0 || seed > 9_000_000_000_000_000L)) {
            err.println(
                    "issim: --seed: expected a whole number from 0 to 9000000000000000, found "
                            + Flags.typed(spec, "--seed", seed));
            return ExitCode.BAD_INPUT.code();
        }
        Scenario a, b;
        InetAddress address;
        try {
            a = ScenarioLoader.load(left);
            b = ScenarioLoader.load(right);
            address = host == null ? InetAddress.getLoopbackAddress() : InetAddress.getByName(host);
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT.code();
        } catch (UnknownHostException e) {
            err.println(
                    "issim: --host: expected a host name or address, found the unknown host '"
                            + issim.scenarios.Echo.of(host)
                            + "'");
            return ExitCode.BAD_INPUT.code();
        }
        if (port != 0 && !free(address, port)) {
            // Said at once, not after a warm-up of several seconds.
            err.println(cannotListen(address, port, "the port is in use"));
            return ExitCode.BAD_INPUT.code();
        }
        long s = seed == null ? a.run().seed() : seed;
        out.println(
                "issim demo: warming up " + a.name() + " and " + b.name() + " (seed " + s + ")...");
        Demo demo = new Demo(a, b, s);
        DemoServer server;
        try {
            server = DemoServer.start(demo, new InetSocketAddress(address, port), sessions);
        } catch (BindException e) {
            err.println(cannotListen(address, port, e.getMessage()));
            return ExitCode.BAD_INPUT.code();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    server.close();
                                    stopped.countDown();
                                },
                                "issim-demo-stop"));
        out.println("issim demo: open " + server.url() + " in a browser; Ctrl-C stops it.");
        out.flush();
        stopped.await();
        return ExitCode.OK.code();
    }

    private static String cannotListen(InetAddress address, int port, String why) {
        return "issim: cannot listen on "
                + address.getHostAddress()
                + ":"
                + port
                + " ("
                + why
                + "); try another --port, or --port 0";
    }

    /** Whether the port can be listened on now (it is released at once, before the warm-up). */
    private static boolean free(InetAddress address, int port) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(address, port), 1);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
