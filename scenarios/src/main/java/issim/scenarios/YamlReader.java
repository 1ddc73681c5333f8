package issim.scenarios;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads one YAML document into a tree of {@link Node}s that remember their positions. Loading is
 * safe: tags are refused and no types are constructed from them, anchors and aliases are refused
 * (no alias bombs), and documents beyond {@value #MAX_CHARS} characters or nested beyond {@value
 * #MAX_DEPTH} levels are refused with a clear error.
 */
final class YamlReader {
    static final int MAX_CHARS = 1_000_000;
    static final int MAX_DEPTH = 32;

    private static final YAMLFactory FACTORY;

    static {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by us, with both positions
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(MAX_DEPTH + 8);
        options.setCodePointLimit(MAX_CHARS + 1);
        FACTORY =
                YAMLFactory.builder()
                        .loaderOptions(options)
                        .streamReadConstraints(
                                StreamReadConstraints.builder()
                                        .maxNestingDepth(MAX_DEPTH + 8)
                                        .build())
                        .build();
    }

    private final String file;
    private final List<ScenarioError> errors;

    private YamlReader(String file, List<ScenarioError> errors) {
        this.file = file;
        this.errors = errors;
    }

    /**
     * Parses {@code text}; problems are added to {@code errors}. Returns null if nothing usable was
     * read.
     */
    static Node read(String file, String text, List<ScenarioError> errors) {
        if (text.length() > MAX_CHARS) {
            errors.add(
                    new ScenarioError(
                            new Position(file, 1, 1),
                            "",
                            "a scenario of at most " + MAX_CHARS + " characters",
                            text.length() + " characters"));
            return null;
        }
        YamlReader reader = new YamlReader(file, errors);
        try (YAMLParser parser = (YAMLParser) FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                errors.add(
                        new ScenarioError(
                                new Position(file, 1, 1),
                                "",
                                "a mapping of scenario settings",
                                "an empty file"));
                return null;
            }
            Node root = reader.value(parser, "", 0);
            if (root != null && parser.nextToken() != null) {
                errors.add(
                        new ScenarioError(
                                reader.at(parser), "", "one YAML document", "more than one"));
            }
            return root;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m
                    && m.getProblemMark() != null) {
                var mark = m.getProblemMark();
                String context = m.getContext() == null ? "" : " " + m.getContext();
                Matcher g =
                        Pattern.compile("expected (.*), but (?:got|found) (.*)")
                                .matcher(m.getProblem());
                String expected =
                        g.matches()
                                ? "well-formed YAML: " + g.group(1) + context
                                : "well-formed YAML" + context;
                errors.add(
                        new ScenarioError(
                                new Position(file, mark.getLine() + 1, mark.getColumn() + 1),
                                "",
                                expected,
                                g.matches() ? g.group(2) : m.getProblem()));
                return null;
            }
            JsonLocation where = e.getLocation();
            String problem =
                    e.getOriginalMessage() == null
                            ? "malformed YAML"
                            : e.getOriginalMessage().lines().findFirst().orElse("");
            errors.add(
                    new ScenarioError(
                            where == null
                                    ? new Position(file, 1, 1)
                                    : new Position(file, where.getLineNr(), where.getColumnNr()),
                            "",
                            "well-formed YAML",
                            problem.strip()));
            return null;
        } catch (IOException e) {
            errors.add(
                    new ScenarioError(
                            new Position(file, 1, 1),
                            "",
                            "a readable YAML document",
                            e.getMessage()));
            return null;
        } catch (RuntimeException e) {
            // SnakeYAML reports limits and some syntax errors unchecked.
            errors.add(
                    new ScenarioError(
                            new Position(file, 1, 1),
                            "",
                            "well-formed YAML within the size limits",
                            String.valueOf(e.getMessage())
                                    .lines()
                                    .findFirst()
                                    .orElse("an unreadable document")));
            return null;
        }
    }

    /** A tag as written: {@code !!x} for the YAML namespace, {@code !x} for a local one. */
    private static String shownTag(String tag) {
        String yaml = "tag:yaml.org,2002:";
        if (tag.startsWith(yaml)) {
            return "!!" + tag.substring(yaml.length());
        }
        return tag.startsWith("!") ? tag : "!" + tag;
    }

    private Position at(JsonParser parser) {
        JsonLocation l = parser.currentTokenLocation();
        return new Position(file, l.getLineNr(), l.getColumnNr());
    }

    private Node value(YAMLParser parser, String path, int depth) throws IOException {
        Position where = at(parser);
        if (parser.getCurrentAnchor() != null || parser.isCurrentAlias()) {
            errors.add(
                    new ScenarioError(
                            where,
                            path,
                            "plain values (anchors and aliases are not supported)",
                            parser.isCurrentAlias()
                                    ? "the alias *" + parser.getText()
                                    : "the anchor &" + parser.getCurrentAnchor()));
            parser.skipChildren();
            return null;
        }
        String tag = parser.getTypeId();
        if (tag != null) {
            errors.add(
                    new ScenarioError(
                            where,
                            path,
                            "plain values (YAML tags are not supported)",
                            "the tag " + shownTag(tag)));
            parser.skipChildren();
            return null;
        }
        if (depth > MAX_DEPTH) {
            errors.add(
                    new ScenarioError(
                            where,
                            path,
                            "at most " + MAX_DEPTH + " levels of nesting",
                            "deeper nesting"));
            parser.skipChildren();
            return null;
        }
        JsonToken t = parser.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Position keyAt = at(parser);
                    parser.nextToken();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    Node child = value(parser, childPath, depth + 1);
                    Node.Entry earlier = entries.get(key);
                    if (earlier != null) {
                        errors.add(
                                new ScenarioError(
                                        keyAt,
                                        childPath,
                                        "each key once (first given at line "
                                                + earlier.keyPosition().line()
                                                + ")",
                                        "it again"));
                    } else if (child != null) {
                        entries.put(key, new Node.Entry(keyAt, child));
                    }
                }
                return new Node.Mapping(where, entries);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                int i = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    Node item = value(parser, path + "[" + i++ + "]", depth + 1);
                    if (item != null) {
                        items.add(item);
                    }
                }
                return new Node.Sequence(where, items);
            }
            case VALUE_NUMBER_INT -> {
                return new Node.Scalar(where, parser.getText(), Node.Scalar.Kind.INTEGER);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node.Scalar(where, parser.getText(), Node.Scalar.Kind.DECIMAL);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node.Scalar(
                        where,
                        t == JsonToken.VALUE_TRUE ? "true" : "false",
                        Node.Scalar.Kind.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new Node.Scalar(where, "", Node.Scalar.Kind.NULL);
            }
            case VALUE_STRING -> {
                return new Node.Scalar(where, parser.getText(), Node.Scalar.Kind.STRING);
            }
            default -> {
                errors.add(new ScenarioError(where, path, "a value", "the YAML construct " + t));
                parser.skipChildren();
                return null;
            }
        }
    }
}
