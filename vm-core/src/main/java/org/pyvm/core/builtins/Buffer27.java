package org.pyvm.core.builtins;

import org.pyvm.core.objects.Ids;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySlice;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/** 2.7 buffer(object[, offset[, size]]): a read-only window on a byte string; items and slices are str. */
final class Buffer27 extends PyInstance {
    private final PyObject base;
    private final byte[] window;
    private final int offset;
    /** The size asked for (-1: to the end), which the repr shows whatever the window holds. */
    private final long size;

    private Buffer27(PyType type, PyObject base, byte[] window, int offset, long size) {
        super(type);
        this.base = base;
        this.window = window;
        this.offset = offset;
        this.size = size;
    }

    @Override
    public String repr(Language lang) {
        return "<read-only buffer for 0x" + Long.toHexString(Ids.address(base)) + ", size " + size + ", offset " + offset
                + " at 0x" + Long.toHexString(Ids.address(this)) + ">";
    }

    static void install(Runtime rt) {
        PyType t = PyType.builtin("buffer", null, rt.types.object);
        t.withConstructor((type, a, kw) -> {
            Args args = new Args(rt, "buffer", a, kw).check(1, 3);
            PyObject o = args.get(0);
            if (!(o instanceof PyBytes b)) {
                throw PyError.raise("TypeError", "buffer object expected");
            }
            byte[] all = b.bytes();
            long off = args.get(1) == null ? 0 : Args.index(rt, args.get(1));
            long size = args.get(2) == null ? -1 : Args.index(rt, args.get(2));
            if (off < 0) {
                throw PyError.raise("ValueError", "offset must be zero or positive");
            }
            if (size < -1) {
                throw PyError.raise("ValueError", "size must be zero or positive");
            }
            int from = (int) Math.min(off, all.length);
            int to = size < 0 ? all.length : (int) Math.min(all.length, from + size);
            return new Buffer27(t, o, java.util.Arrays.copyOfRange(all, from, to), (int) off, size);
        });
        t.dict.put("__len__", new PyMethodDescriptor("__len__", t, (self, a, kw) -> PyInt.of(((Buffer27) self).window.length)));
        t.dict.put("__str__", new PyMethodDescriptor("__str__", t, (self, a, kw) -> PyBytes.of(((Buffer27) self).window)));
        t.dict.put("__repr__", new PyMethodDescriptor("__repr__", t, (self, a, kw) -> Strings.text(rt, self.repr(rt.lang))));
        t.dict.put("__getitem__", new PyMethodDescriptor("__getitem__", t, (self, a, kw) -> {
            PyBytes w = PyBytes.of(((Buffer27) self).window);
            if (a.length == 1 && (a[0] instanceof PySlice || a[0] instanceof PyInt)) {
                try {
                    return Ops.getitem(rt, w, a[0]);
                } catch (PyError e) {
                    if (org.pyvm.core.runtime.Exceptions.is(rt, e, "IndexError")) {
                        throw PyError.raise("IndexError", "buffer index out of range");
                    }
                    throw e;
                }
            }
            throw PyError.raise("TypeError", "buffer indices must be integers");
        }));
        Builtins.put(rt, "buffer", t);
    }
}
