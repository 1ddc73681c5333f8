package issim.scenarios;

/**
 * One problem in a scenario file: where it is, which field (as a dotted path), what was expected
 * and what was found.
 */
public record ScenarioError(Position position, String path, String expected, String found) {
    /** "file:line:column: path: expected …, found …". */
    public String message() {
        String where = path.isEmpty() ? "" : path + ": ";
        return position + ": " + where + "expected " + expected + ", found " + found;
    }

    @Override
    public String toString() {
        return message();
    }
}
