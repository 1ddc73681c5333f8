package issim.experiments.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.regex.Pattern;

/**
 * The demo's web server, on the JDK's HTTP server: the page's own assets and a small JSON API
 * (docs/demo.md). Every request is answered, a bad one with a 4xx, and no request can stop the
 * server: each is handled in a try block of its own.
 */
public final class DemoServer implements AutoCloseable {
    private static final Pattern SESSION = Pattern.compile("[0-9a-f]{32}");
    private static final int MAX_QUERY = 256;

    private final HttpServer server;
    private final ExecutorService pool;
    private final Assets assets = new Assets();
    private final Sessions sessions;
    private final boolean loopback;
    private final ObjectMapper json = new ObjectMapper();

    private DemoServer(
            HttpServer server, ExecutorService pool, Sessions sessions, boolean loopback) {
        this.server = server;
        this.pool = pool;
        this.sessions = sessions;
        this.loopback = loopback;
    }

    /**
     * Starts serving {@code demo} on {@code address} (port 0: a free one), keeping at most {@code
     * maxSessions} sessions open.
     */
    public static DemoServer start(Demo demo, InetSocketAddress address, int maxSessions)
            throws IOException {
        HttpServer http = HttpServer.create(address, 16);
        ThreadFactory daemons =
                r -> {
                    Thread t = new Thread(r, "issim-demo");
                    t.setDaemon(true);
                    return t;
                };
        ExecutorService pool = Executors.newFixedThreadPool(4, daemons);
        DemoServer s =
                new DemoServer(
                        http,
                        pool,
                        new Sessions(demo, maxSessions),
                        address.getAddress().isLoopbackAddress());
        http.createContext("/", s::handle);
        http.setExecutor(pool);
        http.start();
        return s;
    }

    /** The address served, with the port chosen. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The page's URL. */
    public URI url() {
        InetAddress a = server.getAddress().getAddress();
        String host = a.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange ex) {
        try (ex) {
            drain(ex.getRequestBody());
            Reply r = route(ex);
            send(ex, r);
        } catch (IOException | UncheckedIOException e) {
            // The client went away mid-exchange; nothing to answer.
        } catch (RuntimeException e) {
            try {
                send(ex, Reply.error(500, "internal error: " + e.getClass().getSimpleName()));
            } catch (IOException | RuntimeException ignored) {
                // Headers already sent or the client gone: the exchange is closed either way.
            }
        }
    }

    /** A response: status, content type and body. */
    record Reply(int status, String type, byte[] body) {
        static Reply error(int status, String message) {
            String body =
                    "{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
            return new Reply(
                    status,
                    "application/json; charset=utf-8",
                    body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Reply route(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        URI uri = ex.getRequestURI();
        String path = uri.getRawPath();
        if (loopback && !localHost(ex.getRequestHeaders().getFirst("Host"))) {
            // A page elsewhere cannot reach the demo through a name that resolves to loopback.
            return Reply.error(403, "unexpected Host header");
        }
        if (path == null || !path.startsWith("/")) {
            return Reply.error(400, "bad request target");
        }
        if (path.startsWith("/api/")) {
            return api(method, path, uri.getRawQuery());
        }
        Assets.Asset a = assets.get(path);
        if (a == null) {
            return Reply.error(404, "not found");
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return Reply.error(405, "method not allowed");
        }
        return new Reply(200, a.type(), a.bytes());
    }

    private Reply api(String method, String path, String rawQuery) throws IOException {
        Map<String, String> q = query(rawQuery);
        if (q == null) {
            return Reply.error(400, "bad query");
        }
        boolean post = method.equals("POST");
        if (path.equals("/api/sessions")) {
            if (!post) {
                return Reply.error(405, "POST to open a session");
            }
            return ok(201, Map.of("session", sessions.open()));
        }
        String action =
                switch (path) {
                    case "/api/state" -> "state";
                    case "/api/step" -> "step";
                    case "/api/reset" -> "reset";
                    case "/api/toggle" -> "toggle";
                    default -> null;
                };
        if (action == null) {
            return Reply.error(404, "no such API");
        }
        if (action.equals("state") ? !method.equals("GET") : !post) {
            return Reply.error(405, "method not allowed");
        }
        String id = q.get("session");
        if (id == null || !SESSION.matcher(id).matches()) {
            return Reply.error(400, "session: expected a session id");
        }
        Session s = sessions.get(id);
        if (s == null) {
            return Reply.error(410, "session ended: reload the page");
        }
        switch (action) {
            case "step" -> s.step();
            case "reset" -> s.reset();
            case "toggle" -> {
                Toggle t = Toggle.of(q.get("name"));
                if (t == null) {
                    return Reply.error(400, "name: expected a switch's key");
                }
                try {
                    s.flip(t);
                } catch (IllegalStateException e) {
                    return Reply.error(409, e.getMessage());
                }
            }
            default -> {
                // state: nothing to do but answer
            }
        }
        return ok(200, s.view());
    }

    private Reply ok(int status, Object body) throws IOException {
        return new Reply(status, "application/json; charset=utf-8", json.writeValueAsBytes(body));
    }

    private static boolean localHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > 0 && h.indexOf(']') < colon) {
            h = h.substring(0, colon);
        }
        return h.equals("127.0.0.1") || h.equals("localhost") || h.equals("[::1]");
    }

    /** The query's parameters, or null when it is too long or malformed. */
    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        if (raw.length() > MAX_QUERY) {
            return null;
        }
        for (String part : raw.split("&", -1)) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                return null;
            }
            String key = part.substring(0, eq);
            String value = part.substring(eq + 1);
            if (!key.matches("[a-zA-Z]{1,32}") || !value.matches("[0-9a-zA-Z]{0,64}")) {
                return null;
            }
            out.put(key, value);
        }
        return out;
    }

    private static void send(HttpExchange ex, Reply r) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Content-Type", r.type());
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set(
                "Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(r.status(), head ? -1 : r.body().length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body());
            }
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buf = new byte[4096];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > 1 << 16) {
                break; // the API takes no bodies; a large one is not read
            }
        }
    }
}
