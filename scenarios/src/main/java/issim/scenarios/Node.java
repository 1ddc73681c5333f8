package issim.scenarios;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with the position it was read at, so every error can point into the file. */
public sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar {
    Position position();

    /** What a user would call this kind of value, for "found …" in error messages. */
    String describe();

    /** A mapping; each entry keeps the position of its key. */
    record Mapping(Position position, Map<String, Entry> entries) implements Node {
        public Mapping {
            entries = new LinkedHashMap<>(entries);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** One key of a mapping: where the key was written, and its value. */
    record Entry(Position keyPosition, Node value) {}

    record Sequence(Position position, List<Node> items) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar: its text and what YAML made of it. */
    record Scalar(Position position, String text, Kind kind) implements Node {
        public enum Kind {
            STRING,
            INTEGER,
            DECIMAL,
            BOOLEAN,
            NULL
        }

        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "the text '" + Echo.of(text) + "'";
                case NULL -> "nothing";
                default -> Echo.of(text);
            };
        }
    }
}
