package issim.experiments.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's server, over real HTTP: what it serves, what it refuses, and that no request —
 * malformed, hostile or abandoned half way — stops it.
 */
class DemoServerTest {
    private static DemoServer server;
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        server =
                DemoServer.start(
                        TinyDemo.sameOnBothSides(),
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        3);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest r =
                HttpRequest.newBuilder(server.url().resolve(path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build();
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    /** Writes {@code request} as raw bytes and returns the response's status line ("" if none). */
    private static String raw(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                line.append((char) c);
            }
            return line.toString().trim();
        }
    }

    private static String session() throws Exception {
        HttpResponse<String> r = send("POST", "/api/sessions");
        assertEquals(201, r.statusCode());
        return json.readTree(r.body()).get("session").asText();
    }

    private static void assertServing() throws Exception {
        assertEquals(200, send("GET", "/demo.js").statusCode(), "the server stopped serving");
    }

    @Test
    void listensOnLoopbackOnly() {
        assertTrue(server.address().getAddress().isLoopbackAddress());
        assertTrue(server.url().toString().startsWith("http://127.0.0.1:"));
    }

    @Test
    void servesItsOwnPageWithNothingFromElsewhere() throws Exception {
        HttpResponse<String> page = send("GET", "/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(
                page.headers()
                        .firstValue("Content-Security-Policy")
                        .orElse("")
                        .contains("default-src 'self'"));
        for (String asset : new String[] {page.body(), send("GET", "/demo.js").body()}) {
            assertFalse(asset.contains("http://") || asset.contains("https://"), asset);
        }
        assertEquals(
                "text/css; charset=utf-8",
                send("GET", "/demo.css").headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void refusesPathTraversal() throws Exception {
        for (String path :
                new String[] {
                    "/../pom.xml",
                    "/%2e%2e/",
                    "/%2e%2e/pom.xml",
                    "/..%2fpom.xml",
                    "/demo.js/../../pom.xml",
                    "//etc/passwd",
                    "/issim/demo/demo.js",
                    "/DEMO.JS",
                    "/index.html%00"
                }) {
            String status = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertTrue(status.matches("HTTP/1\\.1 4\\d\\d.*"), path + " -> " + status);
        }
        assertServing();
    }

    @Test
    void answersMalformedRequestsWith4xx() throws Exception {
        assertTrue(raw("GARBAGE\r\n\r\n").matches("(HTTP/1\\.1 4\\d\\d.*)?"), "garbage");
        assertTrue(raw("GET\r\n\r\n").matches("(HTTP/1\\.1 4\\d\\d.*)?"), "no target");
        String id = session();
        assertEquals(405, send("GET", "/api/step?session=" + id).statusCode());
        assertEquals(405, send("DELETE", "/").statusCode());
        assertEquals(400, send("GET", "/api/state").statusCode());
        assertEquals(400, send("GET", "/api/state?session=zz").statusCode());
        assertEquals(400, send("GET", "/api/state?session").statusCode());
        assertEquals(400, send("GET", "/api/state?session=" + "a".repeat(300)).statusCode());
        assertEquals(410, send("GET", "/api/state?session=" + "0".repeat(32)).statusCode());
        assertEquals(400, send("POST", "/api/toggle?session=" + id + "&name=nothing").statusCode());
        assertEquals(404, send("GET", "/api/nothing").statusCode());
        // A page elsewhere reaching the loopback server by a name of its own is refused.
        assertTrue(raw("GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n").startsWith("HTTP/1.1 403"));
        assertServing();
    }

    @Test
    void eachTabHasItsOwnSession() throws Exception {
        String a = session(), b = session();
        send("POST", "/api/step?session=" + a);
        JsonNode stepped = json.readTree(send("POST", "/api/step?session=" + a).body());
        JsonNode fresh = json.readTree(send("GET", "/api/state?session=" + b).body());
        assertEquals(2, stepped.get("month").asInt());
        assertEquals(0, fresh.get("month").asInt());
        HttpResponse<String> flipped =
                send("POST", "/api/toggle?session=" + a + "&name=coLocation");
        assertEquals(200, flipped.statusCode());
        assertTrue(coLocationOn(json.readTree(flipped.body())));
        HttpResponse<String> back = send("POST", "/api/toggle?session=" + a + "&name=coLocation");
        assertEquals(200, back.statusCode(), "a switch flips both ways");
        assertFalse(coLocationOn(json.readTree(back.body())));
        JsonNode reset = json.readTree(send("POST", "/api/reset?session=" + a).body());
        assertEquals(0, reset.get("month").asInt());
    }

    private static boolean coLocationOn(JsonNode state) {
        return state.path("right").path("toggles").get(0).path("on").asBoolean();
    }

    @Test
    void aClientThatGoesAwayMidResponseDoesNotStopTheServer() throws Exception {
        String id = session();
        for (int i = 0; i < 5; i++) {
            // Asks for a month's state (tens of kilobytes) and hangs up without reading it.
            try (Socket s =
                    new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
                s.getOutputStream()
                        .write(
                                ("POST /api/step?session="
                                                + id
                                                + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                                        .getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                s.setSoLinger(true, 0); // reset the connection rather than close it politely
            }
            // Sends half a request and hangs up.
            try (Socket s =
                    new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
                s.getOutputStream()
                        .write("GET /api/state?sess".getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        assertServing();
        HttpResponse<String> state = send("GET", "/api/state?session=" + id);
        assertEquals(200, state.statusCode());
        assertTrue(json.readTree(state.body()).get("month").asInt() >= 1);
    }

    @Test
    void theUrlIsPrinted() {
        URI u = server.url();
        assertEquals(server.address().getPort(), u.getPort());
    }
}
