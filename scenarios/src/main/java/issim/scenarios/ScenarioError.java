package issim.scenarios;

/**
 * One problem in a scenario file: where it is, which field (as a dotted path), what was expected
 * and what was found.
 */
public record ScenarioError(Position position, String path, String expected, String found) {
    /** "file:line:column: path: expected …, found …". */
    public String message() {
        String where = path.isEmpty() ? "" : Echo.of(path, PATH_MAX) + ": ";
        return position + ": " + where + "expected " + expected + ", found " + found;
    }

    /** The most characters of a field path shown in a message. */
    static final int PATH_MAX = 160;

    @Override
    public String toString() {
        return message();
    }
}
