package issim.core.process;

import issim.core.model.Child;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells the processes that hold per-child rates (noticing, anti-social behaviour) that something
 * changed for a child — a life event, a plan starting or ending — so they redraw. The processes
 * that cause change call it; the ones that listen register at wiring, which breaks what would
 * otherwise be a loop between need, support, noticing and youth justice.
 */
public final class ChildChanges implements Serializable {
    /** A process that redraws its rates for a child when something changes for the child. */
    @FunctionalInterface
    public interface Listener extends Serializable {
        void changed(Child c);
    }

    private final List<Listener> listeners = new ArrayList<>();

    public void listen(Listener listener) {
        listeners.add(listener);
    }

    public void changed(Child c) {
        for (Listener l : listeners) {
            l.changed(c);
        }
    }
}
