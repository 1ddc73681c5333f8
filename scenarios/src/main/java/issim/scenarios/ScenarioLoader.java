package issim.scenarios;

import issim.core.params.Interventions;
import issim.core.params.ParameterPaths;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a scenario by bundled name or by file path. {@code extends: <name or path>} makes a
 * scenario state only what differs from another: mappings merge deeply, lists and scalars are
 * replaced whole, and a cycle of extends is refused. A path in {@code extends} is taken relative to
 * the file that names it. All problems of a scenario are reported together.
 */
public final class ScenarioLoader {
    /** The most scenario files in one chain of {@code extends}, the first included. */
    static final int MAX_CHAIN = 32;

    private ScenarioLoader() {}

    /** A bundled name ("co-location") or a path to a YAML file. */
    public static Scenario load(String reference) throws ScenarioException {
        List<ScenarioError> errors = new ArrayList<>();
        Source source = resolve(reference, null, errors, new Position(reference, 1, 1), "");
        if (source == null) {
            throw new ScenarioException(errors);
        }
        return load(source, errors);
    }

    /**
     * Loads the scenario {@code reference} names from another file's field (a sweep design's {@code
     * scenario}): a name or path that finds no scenario is reported at {@code at}, under {@code
     * field}, where the user wrote it; a relative path is taken beside the file {@code besides}.
     */
    public static Scenario load(String reference, Path besides, Position at, String field)
            throws ScenarioException {
        List<ScenarioError> errors = new ArrayList<>();
        Source source = resolve(reference, besides, errors, at, field);
        if (source == null) {
            throw new ScenarioException(errors);
        }
        return load(source, errors);
    }

    /**
     * Loads YAML text given directly (named {@code file} in messages); {@code extends} paths
     * resolve from the working directory.
     */
    public static Scenario parse(String file, String text) throws ScenarioException {
        return load(new Source(file, nameOf(file), text, null), new ArrayList<>());
    }

    private static Scenario load(Source source, List<ScenarioError> errors)
            throws ScenarioException {
        Chain chain = new Chain();
        Node.Mapping tree = resolveTree(source, errors, new ArrayList<>(), chain);
        if (tree == null || !errors.isEmpty()) {
            throw new ScenarioException(errors);
        }
        Binder binder = new Binder(errors);
        ScenarioDocument doc =
                binder.bind(tree, ScenarioDocument.class, ScenarioDocument.defaults(), "");
        if (doc == null || !errors.isEmpty()) {
            throw new ScenarioException(chain.relocate(errors, tree));
        }
        Scenario scenario;
        try {
            scenario =
                    new Scenario(
                            source.name(), doc.description(), doc.settings(), doc.parameters());
        } catch (IllegalArgumentException e) {
            binder.reportRefusal(tree, "", e);
            throw new ScenarioException(chain.relocate(errors, tree));
        }
        refuseDormantSettings(tree, scenario.parameters().interventions(), source.file(), errors);
        if (errors.isEmpty()) {
            for (CrossChecks.Conflict c : CrossChecks.of(scenario.parameters())) {
                Node at = chain.written(tree, c.path());
                if (at == null) {
                    at = chain.written(tree, c.other());
                }
                if (at == null) {
                    at = Binder.find(tree, c.path());
                }
                errors.add(
                        new ScenarioError(
                                at == null ? tree.position() : at.position(),
                                c.path(),
                                c.expected(),
                                c.found()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ScenarioException(chain.relocate(errors, tree));
        }
        return scenario;
    }

    /**
     * The files of one chain of {@code extends}: which are bundled, and where the last file the
     * user wrote names a bundled one, so that a problem found in a bundled file is reported on a
     * line the user wrote.
     */
    private static final class Chain {
        private static final Pattern DOTTED =
                Pattern.compile(
                        "\\b(run|locality|interventions|agencies|adoption|need|trust|culture"
                                + "|sharing|population|youthJustice|unitCosts|workforce)(\\.[A-Za-z0-9]+)+");
        private final Set<String> bundled = new HashSet<>();
        private Position intoBundled;
        private boolean userFirst;

        /** The first file of the chain. */
        void first(Source source) {
            userFirst = source.path() != null;
            if (!userFirst) {
                bundled.add(source.file());
            }
        }

        /** {@code child} extends {@code parent}, named at {@code extendsAt} in the child. */
        void add(Source child, Source parent, Position extendsAt) {
            if (parent.path() == null) {
                bundled.add(parent.file());
                if (child.path() != null && intoBundled == null) {
                    intoBundled = extendsAt;
                }
            }
        }

        /** The value at {@code dotted} if a file the user wrote gave it, else null. */
        Node written(Node.Mapping tree, String dotted) {
            Node n = Binder.find(tree, dotted);
            return n != null && !bundled.contains(n.position().file()) ? n : null;
        }

        /** {@code errors}, each found in a bundled file moved onto a line the user wrote. */
        List<ScenarioError> relocate(List<ScenarioError> errors, Node.Mapping tree) {
            if (!userFirst || intoBundled == null) {
                return errors;
            }
            List<ScenarioError> out = new ArrayList<>();
            for (ScenarioError e : errors) {
                if (!bundled.contains(e.position().file())) {
                    out.add(e);
                    continue;
                }
                Position at = intoBundled;
                for (String partner : partners(e)) {
                    Node n = written(tree, partner);
                    if (n != null) {
                        at = n.position();
                        break;
                    }
                }
                out.add(
                        new ScenarioError(
                                at,
                                e.path(),
                                e.expected(),
                                e.found()
                                        + " (from the bundled scenario '"
                                        + nameOf(e.position().file())
                                        + "', line "
                                        + e.position().line()
                                        + ")"));
            }
            return out;
        }

        /** The fields a problem depends on, besides its own, as its words name them. */
        private static List<String> partners(ScenarioError e) {
            List<String> out = new ArrayList<>();
            Matcher m = DOTTED.matcher(e.expected());
            while (m.find()) {
                out.add(m.group());
            }
            if (e.expected().contains("secondary schools")) {
                out.add("locality.secondarySchools");
            }
            int dot = e.path().lastIndexOf('.');
            if (dot > 0 && e.expected().contains("schools")) {
                out.add(e.path().substring(0, dot) + ".schools");
                out.add(e.path().substring(0, dot) + ".hostSchools");
            }
            if (e.path().startsWith("interventions.") && e.path().indexOf('.', 14) > 0) {
                String section = e.path().substring(0, e.path().indexOf('.', 14));
                out.add(section + ".enabled");
                out.add(section + ".pooled");
            }
            return out;
        }
    }

    /**
     * An intervention the file changes a setting of but does not switch on would run exactly the
     * baseline without a word: refused, at the first such setting the file itself wrote. Settings
     * left at their defaults (as `issim show --resolved` writes them) pass.
     */
    private static void refuseDormantSettings(
            Node.Mapping tree, Interventions resolved, String file, List<ScenarioError> errors) {
        Node.Entry section = tree.entries().get("interventions");
        if (section == null || !(section.value() instanceof Node.Mapping interventions)) {
            return;
        }
        for (RecordComponent c : Interventions.class.getRecordComponents()) {
            Node.Entry entry = interventions.entries().get(c.getName());
            if (entry == null || !(entry.value() instanceof Node.Mapping settings)) {
                continue;
            }
            Object value = ParameterPaths.get(resolved, c.getName());
            String switchName = switchOf(c.getType());
            if (switchName == null || (boolean) ParameterPaths.get((Record) value, switchName)) {
                continue;
            }
            Record defaults = (Record) ParameterPaths.get(Interventions.none(), c.getName());
            for (Map.Entry<String, Node.Entry> own : settings.entries().entrySet()) {
                String key = own.getKey();
                if (!key.equals(switchName)
                        && own.getValue().keyPosition().file().equals(file)
                        && !MECHANISM.contains(c.getName() + "." + key)
                        && !ParameterPaths.get((Record) value, key)
                                .equals(ParameterPaths.get(defaults, key))) {
                    String path = "interventions." + c.getName();
                    errors.add(
                            new ScenarioError(
                                    own.getValue().keyPosition(),
                                    path + "." + own.getKey(),
                                    "settings only for an intervention that is switched on ("
                                            + path
                                            + "."
                                            + switchName
                                            + ": true), or none",
                                    "'"
                                            + own.getKey()
                                            + "' set while "
                                            + path
                                            + "."
                                            + switchName
                                            + " is false"));
                    break;
                }
            }
        }
    }

    /**
     * Settings of the common assessment that its mechanism uses whether or not the roll-out takes
     * place (see {@code World.warmUpParameters}).
     */
    private static final Set<String> MECHANISM =
            Set.of(
                    "commonAssessment.baselineTrainedShare",
                    "commonAssessment.consentBase",
                    "commonAssessment.integratedPlanMultiplier",
                    "commonAssessment.planDays");

    /** The boolean that switches an intervention on: {@code enabled}, or {@code pooled}. */
    private static String switchOf(Class<?> type) {
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType() == boolean.class
                    && (c.getName().equals("enabled") || c.getName().equals("pooled"))) {
                return c.getName();
            }
        }
        return null;
    }

    /** A scenario's text and where it came from. */
    private record Source(String file, String name, String text, Path path) {
        String identity() {
            return path == null ? "bundled:" + name : path.toAbsolutePath().normalize().toString();
        }
    }

    private static Source resolve(
            String reference,
            Path relativeTo,
            List<ScenarioError> errors,
            Position from,
            String field) {
        boolean looksLikePath =
                reference.endsWith(".yaml")
                        || reference.endsWith(".yml")
                        || reference.contains("/")
                        || reference.contains("\\");
        if (!looksLikePath && Catalogue.contains(reference)) {
            return new Source(reference + ".yaml", reference, Catalogue.text(reference), null);
        }
        if (!looksLikePath) {
            String suggestion = Suggestions.closest(reference, Catalogue.NAMES);
            errors.add(
                    new ScenarioError(
                            from,
                            field,
                            "a bundled scenario ("
                                    + (suggestion != null
                                            ? "did you mean '" + suggestion + "'?"
                                            : String.join(", ", Catalogue.NAMES))
                                    + ") or a path to a .yaml file",
                            "'" + Echo.of(reference) + "'"));
            return null;
        }
        Path path = relativeTo == null ? Path.of(reference) : relativeTo.resolveSibling(reference);
        try {
            String text = TextFiles.read(path, from, field, "scenario file", errors);
            if (text == null) {
                return null;
            }
            return new Source(path.toString(), nameOf(path.getFileName().toString()), text, path);
        } catch (NoSuchFileException e) {
            errors.add(
                    new ScenarioError(
                            from, field, "an existing scenario file", "no file at " + path));
        } catch (IOException e) {
            errors.add(
                    new ScenarioError(
                            from,
                            field,
                            "a readable scenario file",
                            path + " (" + TextFiles.reason(e) + ")"));
        }
        return null;
    }

    private static String shortName(String identity) {
        return nameOf(identity.replaceFirst("^bundled:", ""));
    }

    private static String nameOf(String file) {
        String n = file.replaceAll(".*[/\\\\]", "");
        return n.replaceFirst("\\.ya?ml$", "");
    }

    /** The merged tree of a scenario and everything it extends. */
    private static Node.Mapping resolveTree(
            Source source, List<ScenarioError> errors, List<String> chain, Chain files) {
        if (chain.isEmpty()) {
            files.first(source);
        }
        Node root = YamlReader.read(source.file(), source.text(), errors);
        if (root == null) {
            return null;
        }
        if (!(root instanceof Node.Mapping map)) {
            errors.add(
                    new ScenarioError(
                            root.position(),
                            "",
                            "a mapping of scenario settings",
                            root.describe()));
            return null;
        }
        Node.Entry ext = map.entries().get("extends");
        if (ext == null) {
            return map;
        }
        Map<String, Node.Entry> own = new LinkedHashMap<>(map.entries());
        own.remove("extends");
        Node.Mapping child = new Node.Mapping(map.position(), own);
        if (!(ext.value() instanceof Node.Scalar s) || s.kind() != Node.Scalar.Kind.STRING) {
            errors.add(
                    new ScenarioError(
                            ext.value().position(),
                            "extends",
                            "the name or path of a scenario",
                            ext.value().describe()));
            return null;
        }
        List<String> here = new ArrayList<>(chain);
        here.add(source.identity());
        if (here.size() >= MAX_CHAIN) {
            errors.add(
                    new ScenarioError(
                            s.position(),
                            "extends",
                            "a chain of extends of at most " + MAX_CHAIN + " scenario files",
                            "a longer chain from "
                                    + shortName(here.get(0))
                                    + ", stopped at "
                                    + shortName(source.identity())));
            return null;
        }
        Source parent = resolve(s.text(), source.path(), errors, s.position(), "extends");
        if (parent == null) {
            return null;
        }
        if (here.contains(parent.identity())) {
            List<String> names = new ArrayList<>();
            for (String id : here) {
                names.add(shortName(id));
            }
            names.add(parent.name());
            errors.add(
                    new ScenarioError(
                            s.position(),
                            "extends",
                            "a chain of extends without cycles",
                            "the cycle " + String.join(" -> ", names)));
            return null;
        }
        files.add(source, parent, s.position());
        Node.Mapping base = resolveTree(parent, errors, here, files);
        return base == null ? null : merge(base, child);
    }

    /**
     * Deep merge: mappings merge key by key; anything else in {@code top} replaces what is below.
     */
    static Node.Mapping merge(Node.Mapping below, Node.Mapping top) {
        Map<String, Node.Entry> out = new LinkedHashMap<>(below.entries());
        for (var e : top.entries().entrySet()) {
            Node.Entry under = out.get(e.getKey());
            if (under != null
                    && under.value() instanceof Node.Mapping a
                    && e.getValue().value() instanceof Node.Mapping b) {
                out.put(e.getKey(), new Node.Entry(e.getValue().keyPosition(), merge(a, b)));
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        return new Node.Mapping(top.position(), out);
    }
}
