package issim.core.engine;

import java.io.Serializable;

/** Handles one kind of event for its subject (a child, plan or referral id). */
@FunctionalInterface
public interface EventHandler extends Serializable {
    void handle(int subject);
}
