package issim.experiments.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import issim.experiments.cli.HeadlessChromium;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium driven over the DevTools protocol, with the JDK's own WebSocket client: one
 * page, commands sent and answered by id, events kept for the test to read.
 */
final class DevTools implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process browser;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private String page;

    private DevTools(Process browser, WebSocket socket) {
        this.browser = browser;
        this.socket = socket;
    }

    /** The Chromium installed here, or null. */
    static Path chromium() {
        return HeadlessChromium.find();
    }

    /** Starts {@code chromium} with a fresh profile in {@code dir} and opens one blank page. */
    static DevTools launch(Path chromium, Path dir, int width, int height) throws Exception {
        Path profile = dir.resolve("profile");
        Process p =
                new ProcessBuilder(
                                chromium.toString(),
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--no-default-browser-check",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--disable-extensions",
                                "--hide-scrollbars",
                                "--remote-debugging-port=0",
                                "--remote-allow-origins=*",
                                "--user-data-dir=" + profile,
                                "--window-size=" + width + "," + height,
                                "about:blank")
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("chromium.log").toFile())
                        .start();
        // Chromium writes the port it chose, and the browser's WebSocket path, to this file.
        Path active = profile.resolve("DevToolsActivePort");
        List<String> lines = List.of();
        for (int i = 0; i < 600 && lines.size() < 2; i++) {
            if (!p.isAlive()) {
                throw new IllegalStateException(
                        "Chromium exited: " + Files.readString(dir.resolve("chromium.log")));
            }
            if (Files.exists(active)) {
                lines = Files.readAllLines(active);
            }
            if (lines.size() < 2) {
                Thread.sleep(100);
            }
        }
        if (lines.size() < 2) {
            p.destroyForcibly();
            throw new IllegalStateException("Chromium did not open its DevTools port");
        }
        URI ws = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
        Listener listener = new Listener();
        WebSocket socket =
                HttpClient.newHttpClient()
                        .newWebSocketBuilder()
                        .buildAsync(ws, listener)
                        .get(30, TimeUnit.SECONDS);
        DevTools d = new DevTools(p, socket);
        listener.owner = d;
        String target =
                d.call(null, "Target.createTarget", Map.of("url", "about:blank"))
                        .get("targetId")
                        .asText();
        d.page =
                d.call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                        .get("sessionId")
                        .asText();
        d.send("Page.enable", Map.of());
        d.send("Network.enable", Map.of());
        d.send(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return d;
    }

    /** Sends a command to the page and returns its result. */
    JsonNode send(String method, Map<String, ?> params) throws Exception {
        return call(page, method, params);
    }

    private JsonNode call(String session, String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", JSON.valueToTree(params));
        if (session != null) {
            msg.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(msg), true).get(30, TimeUnit.SECONDS);
        JsonNode r = reply.get(60, TimeUnit.SECONDS);
        if (r.has("error")) {
            throw new IllegalStateException(method + ": " + r.get("error"));
        }
        return r.get("result");
    }

    /** Evaluates {@code js} in the page (awaiting a promise) and returns its value. */
    JsonNode eval(String js) throws Exception {
        JsonNode r =
                send(
                        "Runtime.evaluate",
                        Map.of("expression", js, "awaitPromise", true, "returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException(js + ": " + r.get("exceptionDetails"));
        }
        return r.get("result").path("value");
    }

    /** Waits, up to a generous bound, until {@code js} is true in the page. */
    void await(String js, String what) throws Exception {
        for (int i = 0; i < 600; i++) {
            try {
                if (eval(js).asBoolean(false)) {
                    return;
                }
            } catch (IllegalStateException e) {
                // The page is still loading (no document yet): look again.
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the page never showed " + what + " (" + js + ")");
    }

    /** Presses a key as a person at the keyboard does. */
    void press(String key, String code, int keyCode) throws Exception {
        for (String type : new String[] {"keyDown", "keyUp"}) {
            send(
                    "Input.dispatchKeyEvent",
                    Map.of(
                            "type",
                            type,
                            "key",
                            key,
                            "code",
                            code,
                            "windowsVirtualKeyCode",
                            keyCode,
                            "text",
                            key.length() == 1 && type.equals("keyDown") ? key : ""));
        }
    }

    /** The events received so far with this method name. */
    List<JsonNode> events(String method) {
        return events.stream().filter(e -> e.path("method").asText().equals(method)).toList();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // The browser is stopped below either way.
        }
        // Chromium's helper processes (renderers, crash handler) can outlive the browser and go on
        // writing the profile in the test's temporary directory: stop and wait for them all, or
        // the directory cannot be deleted.
        List<ProcessHandle> all = new ArrayList<>(browser.descendants().toList());
        all.add(browser.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : all) {
            try {
                h.onExit().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                h.destroyForcibly();
            }
        }
    }

    private void received(String text) {
        try {
            JsonNode msg = JSON.readTree(text);
            if (msg.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                if (f != null) {
                    f.complete(msg);
                }
            } else {
                events.add(msg);
            }
        } catch (IOException e) {
            throw new IllegalStateException("bad DevTools message", e);
        }
    }

    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        volatile DevTools owner;

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                owner.received(text);
            }
            ws.request(1);
            return null;
        }
    }
}
