package org.pyvm.core.modules;

import java.util.List;
import org.pyvm.core.code.Comparison;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * {@code _heapq}, the accelerator heapq.py imports over its own definitions: the same sift algorithm
 * as heapq.py (so the same order of elements and of comparisons), with the C module's errors
 * ("index out of range" for an empty heap, "heap argument must be a list"). 3.x also has the max-heap
 * helpers heapq.merge/nlargest use.
 */
public final class HeapqModule {
    private HeapqModule() {
    }

    public static PyModule create(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "_heapq");
        m.def("heappush", (a, kw) -> {
            List<PyObject> heap = heap(rt, a, kw, 2, "heappush");
            heap.add(a[1]);
            siftDown(rt, heap, 0, heap.size() - 1, false);
            return PyNone.NONE;
        });
        m.def("heappop", (a, kw) -> pop(rt, heap(rt, a, kw, 1, "heappop"), false));
        m.def("heapreplace", (a, kw) -> replace(rt, heap(rt, a, kw, 2, "heapreplace"), a[1], false));
        m.def("heappushpop", (a, kw) -> {
            List<PyObject> heap = heap(rt, a, kw, 2, "heappushpop");
            PyObject item = a[1];
            if (heap.isEmpty() || !less(rt, heap.get(0), item, false)) {
                return item;
            }
            PyObject top = heap.get(0);
            heap.set(0, item);
            siftUp(rt, heap, 0, false);
            return top;
        });
        m.def("heapify", (a, kw) -> heapify(rt, heap(rt, a, kw, 1, "heapify"), false));
        if (rt.lang.major() == 3) {
            m.def("_heappop_max", (a, kw) -> pop(rt, heap(rt, a, kw, 1, "_heappop_max"), true));
            // before Argument Clinic (3.7) its tuple unpacking was named heapreplace
            String unpackedAs = rt.lang.has(org.pyvm.spi.LanguageFeature.SORT_SAME_TYPE_PRECHECK) ? "_heapreplace_max" : "heapreplace";
            m.def("_heapreplace_max", (a, kw) -> {
                if (kw != null && kw.length > 0 && !unpackedAs.startsWith("_")) {
                    throw PyError.raise("TypeError", "_heapreplace_max() takes no keyword arguments");
                }
                return replace(rt, heap(rt, a, kw, 2, unpackedAs), a[1], true);
            });
            m.def("_heapify_max", (a, kw) -> heapify(rt, heap(rt, a, kw, 1, "_heapify_max"), true));
        }
        return m.build();
    }

    /**
     * The heap argument after the argument count's check: the one-argument functions are METH_O ("heappop() takes
     * exactly one argument (2 given)"), the two-argument ones unpack a tuple ("heappush expected 2 arguments, got 1");
     * neither takes keywords. 3.10+ names the function with its module (_PyObject_FunctionStr: "_heapq.heappop()").
     */
    private static List<PyObject> heap(Runtime rt, PyObject[] a, String[] kw, int arity, String name) {
        String label = rt.lang.has(org.pyvm.spi.LanguageFeature.CALL_ERRORS_USE_QUALNAME) ? "_heapq." + name : name;
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", label + "() takes no keyword arguments");
        }
        if (a.length != arity) {
            throw PyError.raise("TypeError", arity == 1 ? label + "() takes exactly one argument (" + a.length + " given)"
                    : name + " expected " + arity + " arguments, got " + a.length);
        }
        if (!(a[0] instanceof PyList l)) {
            // 3.10+ Argument Clinic names the function, the argument and what it got
            throw PyError.raise("TypeError", rt.lang.major() == 3 && rt.lang.minor() >= 10
                    ? name + "() argument" + (arity == 1 ? "" : " 1") + " must be list, not " + Ops.argumentTypeName(rt, a[0])
                    : "heap argument must be a list");
        }
        return l.items();
    }

    /** a < b for a min-heap; b < a for the max-heap helpers. */
    private static boolean less(Runtime rt, PyObject a, PyObject b, boolean max) {
        return Ops.truth(rt, max ? Ops.compare(rt, Comparison.LT, b, a) : Ops.compare(rt, Comparison.LT, a, b));
    }

    private static PyObject pop(Runtime rt, List<PyObject> heap, boolean max) {
        if (heap.isEmpty()) {
            throw PyError.raise("IndexError", "index out of range");
        }
        PyObject last = heap.remove(heap.size() - 1);
        if (heap.isEmpty()) {
            return last;
        }
        PyObject top = heap.get(0);
        heap.set(0, last);
        siftUp(rt, heap, 0, max);
        return top;
    }

    private static PyObject replace(Runtime rt, List<PyObject> heap, PyObject item, boolean max) {
        if (heap.isEmpty()) {
            throw PyError.raise("IndexError", "index out of range");
        }
        PyObject top = heap.get(0);
        heap.set(0, item);
        siftUp(rt, heap, 0, max);
        return top;
    }

    private static PyObject heapify(Runtime rt, List<PyObject> heap, boolean max) {
        for (int i = heap.size() / 2 - 1; i >= 0; i--) {
            siftUp(rt, heap, i, max);
        }
        return PyNone.NONE;
    }

    /** Moves the item at pos up towards start while it is smaller than its parent. */
    private static void siftDown(Runtime rt, List<PyObject> heap, int start, int pos, boolean max) {
        PyObject item = heap.get(pos);
        while (pos > start) {
            int parent = (pos - 1) >> 1;
            PyObject p = heap.get(parent);
            if (!less(rt, item, p, max)) {
                break;
            }
            heap.set(pos, p);
            pos = parent;
        }
        heap.set(pos, item);
    }

    /** Moves the smaller child up until a leaf is reached, then sifts the item down into place (Knuth's bottom-up). */
    private static void siftUp(Runtime rt, List<PyObject> heap, int pos, boolean max) {
        int end = heap.size();
        int start = pos;
        PyObject item = heap.get(pos);
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end && !less(rt, heap.get(child), heap.get(right), max)) {
                child = right;
            }
            heap.set(pos, heap.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        heap.set(pos, item);
        siftDown(rt, heap, start, pos, max);
    }
}
