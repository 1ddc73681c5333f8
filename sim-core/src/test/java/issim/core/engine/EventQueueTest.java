package issim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    @Test
    void popsInTimeOrderAndByPayloadAtEqualTimesWhateverTheOrderOfScheduling() {
        EventQueue q = new EventQueue(2);
        q.schedule(5, 52);
        q.schedule(1, 10);
        q.schedule(5, 50);
        q.schedule(3, 30);
        q.schedule(5, 51);
        long[] expected = {10, 30, 50, 51, 52};
        for (long e : expected) {
            assertEquals(e, q.pop());
        }
        assertTrue(q.isEmpty());
        assertEquals(5, q.lastTime());
    }

    @Test
    void matchesASortedReferenceUnderRandomHoldOperations() {
        Random r = new Random(42);
        EventQueue q = new EventQueue(16);
        record E(double t, long payload) {}
        Comparator<E> order = Comparator.comparingDouble(E::t).thenComparingLong(E::payload);
        List<E> reference = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            E e = new E(r.nextInt(40) / 4.0, r.nextInt(1 << 20));
            q.schedule(e.t(), e.payload());
            reference.add(e);
        }
        reference.sort(order);
        for (int i = 0; i < 20_000; i++) {
            E first = reference.remove(0);
            assertEquals(first.payload(), q.pop());
            // A quarter of new events fall at the current time, so ties are frequent.
            double t = first.t() + (r.nextInt(4) == 0 ? 0 : r.nextInt(8) / 4.0);
            E added = new E(t, r.nextInt(1 << 20));
            q.schedule(added.t(), added.payload());
            int at = 0;
            while (at < reference.size() && order.compare(reference.get(at), added) <= 0) {
                at++;
            }
            reference.add(at, added);
        }
        assertEquals(reference.size(), q.size());
    }

    @Test
    void refusesToScheduleBeforeTheCurrentTime() {
        EventQueue q = new EventQueue(4);
        q.schedule(2, 1);
        q.pop();
        assertThrows(IllegalArgumentException.class, () -> q.schedule(1.5, 2));
        assertEquals(Double.POSITIVE_INFINITY, q.peekTime());
    }

    @Test
    void eventsPackTypeVersionAndId() {
        long e = Events.encode(6, 0x0ABC_DEF1, 123_456_789);
        assertEquals(6, Events.type(e));
        assertEquals(0x0ABC_DEF1, Events.version(e));
        assertEquals(123_456_789, Events.id(e));
        assertTrue(Events.current(Events.encode(2, 0x1000_0001, 7), 0x1000_0001));
    }

    @Test
    void keyedRandomIsAPureFunctionOfItsKeys() {
        KeyedRandom a = new KeyedRandom(7, 2);
        KeyedRandom b = new KeyedRandom(7, 2);
        assertEquals(a.uniform(11, 3), b.uniform(11, 3));
        assertTrue(a.uniform(11, 3) != a.uniform(11, 4));
        assertTrue(a.uniform(11, 3) != new KeyedRandom(8, 2).uniform(11, 3));
        double mean = 0;
        for (int n = 0; n < 100_000; n++) {
            mean += a.uniform(5, n) / 100_000;
        }
        assertEquals(0.5, mean, 0.01);
    }
}
