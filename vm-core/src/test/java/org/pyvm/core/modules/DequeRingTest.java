package org.pyvm.core.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyObject;

/** The deque's ring buffer behaves as a list under a long random mix of end and middle operations. */
class DequeRingTest {
    @Test
    void ringAgreesWithArrayList() {
        Random r = new Random(7);
        List<PyObject> ring = new CollectionsModule.Ring();
        List<PyObject> model = new ArrayList<>();
        for (int step = 0; step < 20000; step++) {
            PyObject x = PyInt.of(r.nextInt(1000));
            int op = r.nextInt(6);
            if (op == 0) {
                ring.add(x);
                model.add(x);
            } else if (op == 1) {
                ring.add(0, x);
                model.add(0, x);
            } else if (op == 2 && !model.isEmpty()) {
                assertEquals(model.remove(0), ring.remove(0));
            } else if (op == 3 && !model.isEmpty()) {
                assertEquals(model.remove(model.size() - 1), ring.remove(ring.size() - 1));
            } else if (op == 4 && !model.isEmpty()) {
                int i = r.nextInt(model.size());
                assertEquals(model.remove(i), ring.remove(i));
            } else if (op == 5) {
                int i = r.nextInt(model.size() + 1);
                ring.add(i, x);
                model.add(i, x);
            }
            assertEquals(model.size(), ring.size());
        }
        assertEquals(model, new ArrayList<>(ring));
        ring.clear();
        assertEquals(0, ring.size());
    }
}
