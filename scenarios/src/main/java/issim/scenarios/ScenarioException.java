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

    /** The most problems listed in a message; the rest are counted. */
    static final int MAX_SHOWN = 20;

    private static String render(List<ScenarioError> errors) {
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (ScenarioError e : errors) {
            if (shown == MAX_SHOWN) {
                int more = errors.size() - MAX_SHOWN;
                b.append("\nand ")
                        .append(more)
                        .append(more == 1 ? " more problem" : " more problems");
                break;
            }
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(e.message());
            shown++;
        }
        return b.toString();
    }
}
