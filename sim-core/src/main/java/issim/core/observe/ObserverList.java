package issim.core.observe;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The observers attached to one world. They belong to whoever runs the world, not to its state: a
 * copy of the world made at the end of its warm-up starts with none attached.
 */
public final class ObserverList implements Serializable {
    private transient List<Observer> observers = new ArrayList<>();

    public void add(Observer observer) {
        observers.add(observer);
    }

    public List<Observer> all() {
        return observers;
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        observers = new ArrayList<>();
    }
}
