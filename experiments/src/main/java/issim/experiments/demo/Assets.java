package issim.experiments.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The page's files, a fixed map from request path to a resource bundled with issim, read once.
 * Nothing else is served: no request reaches the file system.
 */
final class Assets {
    record Asset(String type, byte[] bytes) {}

    private static final String BASE = "/issim/demo/";

    private final Map<String, Asset> byPath;

    Assets() {
        Asset page = load("index.html", "text/html; charset=utf-8");
        byPath =
                Map.of(
                        "/", page,
                        "/index.html", page,
                        "/demo.js", load("demo.js", "text/javascript; charset=utf-8"),
                        "/demo.css", load("demo.css", "text/css; charset=utf-8"),
                        "/favicon.svg", load("favicon.svg", "image/svg+xml"));
    }

    /** The asset at exactly {@code path}, or null. */
    Asset get(String path) {
        return byPath.get(path);
    }

    private static Asset load(String name, String type) {
        try (InputStream in = Assets.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + name);
            }
            return new Asset(type, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
