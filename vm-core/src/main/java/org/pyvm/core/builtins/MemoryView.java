package org.pyvm.core.builtins;

import org.pyvm.core.objects.Ids;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySlice;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.Typed;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * 3.x {@code memoryview} over bytes (read-only, format 'B'): length, indexing to ints, slicing,
 * tobytes(), and the hash and equality of the bytes it shows.
 */
final class MemoryView extends PyObject implements Typed {
    private final PyType type;
    final PyBytes bytes;

    private MemoryView(PyType type, PyBytes bytes) {
        this.type = type;
        this.bytes = bytes;
    }

    static void install(Runtime rt) {
        PyType t = PyType.builtin("memoryview", null, rt.types.object);
        t.withConstructor((type, a, kw) -> {
            if (a.length != 1 || !(a[0] instanceof PyBytes b)) {
                throw PyError.raise("TypeError", "memoryview: a bytes-like object is required, not '"
                        + (a.length == 0 ? "nothing" : Ops.typeName(rt, a[0])) + "'");
            }
            return new MemoryView(t, b);
        });
        t.dict.put("tobytes", new PyMethodDescriptor("tobytes", t, (self, a, kw) -> ((MemoryView) self).bytes));
        t.dict.put("__len__", new PyMethodDescriptor("__len__", t, (self, a, kw) -> PyInt.of(((MemoryView) self).bytes.bytes().length)));
        t.dict.put("__getitem__", new PyMethodDescriptor("__getitem__", t, (self, a, kw) -> {
            MemoryView m = (MemoryView) self;
            PyObject r = Ops.getitem(rt, m.bytes, a[0]);
            return a[0] instanceof PySlice ? new MemoryView(t, (PyBytes) r) : r;
        }));
        t.dict.put("__eq__", new PyMethodDescriptor("__eq__", t, (self, a, kw) -> org.pyvm.core.objects.PyBool.of(
                a[0] instanceof MemoryView o ? ((MemoryView) self).bytes.eq(o.bytes, rt.lang) : ((MemoryView) self).bytes.eq(a[0], rt.lang))));
        Builtins.put(rt, "memoryview", t);
    }

    @Override
    public PyType type() {
        return type;
    }

    /** hash(memoryview(b)) == hash(b) for read-only byte views. */
    @Override
    public long hash(Language lang) {
        return bytes.hash(lang);
    }

    @Override
    public String typeName(Language lang) {
        return "memoryview";
    }

    @Override
    public String repr(Language lang) {
        return "<memory at 0x" + Long.toHexString(Ids.address(this)) + ">";
    }
}
