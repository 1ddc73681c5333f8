package issim.core.engine;

/** Handles one kind of event for its subject (a child, plan or referral id). */
@FunctionalInterface
public interface EventHandler {
    void handle(int subject);
}
