package issim.scenarios;

/** Where something is in a scenario file: the file's name, 1-based line and column. */
public record Position(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
