package issim.scenarios;

import java.util.List;

/** A scenario could not be loaded; carries every problem found, not just the first. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<ScenarioError> errors;

    public ScenarioException(List<ScenarioError> errors) {
        super(render(errors));
        this.errors = List.copyOf(errors);
    }

    public ScenarioException(ScenarioError error) {
        this(List.of(error));
    }

    public List<ScenarioError> errors() {
        return errors;
    }

    private static String render(List<ScenarioError> errors) {
        StringBuilder b = new StringBuilder();
        for (ScenarioError e : errors) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(e.message());
        }
        return b.toString();
    }
}
