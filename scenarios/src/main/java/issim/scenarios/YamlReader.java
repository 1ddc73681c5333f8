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

    /** Stops reading a document nested too deeply, once that has been reported. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(null, null, false, false);
        }
    }

    private final String file;
    private final List<ScenarioError> errors;
    private final String[] lines;

    private YamlReader(String file, String text, List<ScenarioError> errors) {
        this.file = file;
        this.errors = errors;
        this.lines = text.split("\r\n|\r|\n", -1);
    }

    /** The character of the text at {@code at} (1-based), or 0 beyond its line. */
    private char charAt(Position at) {
        if (at.line() < 1 || at.line() > lines.length) {
            return 0;
        }
        String line = lines[at.line() - 1];
        return at.column() >= 1 && at.column() <= line.length() ? line.charAt(at.column() - 1) : 0;
    }

    /** The position of the {@code index}th character of {@code text}. */
    private Position positionOf(String text, int index) {
        int line = 1, start = 0;
        for (int i = 0; i < Math.min(index, text.length()); i++) {
            char c = text.charAt(i);
            if (c == '\n'
                    || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                start = i + 1;
            }
        }
        return new Position(file, line, index - start + 1);
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
        YamlReader reader = new YamlReader(file, text, errors);
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
                return null;
            }
            return root;
        } catch (TooDeep e) {
            return null;
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
                                ? "well-formed YAML: " + shownProblem(g.group(1)) + context
                                : "well-formed YAML" + context;
                errors.add(
                        new ScenarioError(
                                new Position(file, mark.getLine() + 1, mark.getColumn() + 1),
                                "",
                                expected,
                                shownProblem(
                                        g.matches()
                                                ? g.group(2)
                                                : m.getProblem().replaceFirst("^found ", ""))));
                return null;
            }
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof org.yaml.snakeyaml.reader.ReaderException r) {
                    errors.add(
                            new ScenarioError(
                                    reader.positionOf(text, r.getPosition()),
                                    "",
                                    "text YAML allows",
                                    String.format(
                                            "the character U+%04X, which it does not (a control"
                                                    + " character?)",
                                            r.getCodePoint())));
                    return null;
                }
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
                            problem.contains("nesting depth")
                                    ? "at most " + MAX_DEPTH + " levels of nesting"
                                    : "well-formed YAML",
                            problem.contains("nesting depth")
                                    ? "deeper nesting"
                                    : shownProblem(problem.strip())));
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
                            shownProblem(
                                    String.valueOf(e.getMessage())
                                            .lines()
                                            .findFirst()
                                            .orElse("an unreadable document"))));
            return null;
        }
    }

    /**
     * The parser's words for a syntax problem, as shown: without a second "found", and the
     * character it quotes escaped like any echoed text.
     */
    private static String shownProblem(String problem) {
        String p = problem.replaceAll("character found (.)\\([0-9]+\\)", "character $1");
        return Echo.of(p.replace(" found ", " "), 200);
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
        boolean scalar =
                parser.currentToken() != JsonToken.START_OBJECT
                        && parser.currentToken() != JsonToken.START_ARRAY;
        if (scalar && !parser.isCurrentAlias() && charAt(where) == '&') {
            // The parser does not report a scalar's anchor: it is read from the text.
            String line = lines[where.line() - 1];
            int end = where.column();
            while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                end++;
            }
            errors.add(
                    new ScenarioError(
                            where,
                            path,
                            "plain values (anchors and aliases are not supported)",
                            "the anchor " + Echo.of(line.substring(where.column() - 1, end))));
            return null;
        }
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
            throw new TooDeep(); // said once; the rest of the document is not read
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
                String text = parser.getText();
                char first = charAt(where);
                if (text.isEmpty() && first != '"' && first != '\'') {
                    return new Node.Scalar(where, "", Node.Scalar.Kind.NULL); // key: (no value)
                }
                return new Node.Scalar(where, text, Node.Scalar.Kind.STRING);
            }
            default -> {
                errors.add(new ScenarioError(where, path, "a value", "the YAML construct " + t));
                parser.skipChildren();
                return null;
            }
        }
    }
}
