package org.pyvm.core.builtins;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySlice;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * bytearray: a mutable byte string. An instance of a builtin type whose dict carries the item,
 * length and repr dunders, so the object protocols reach it as they reach a class's methods.
 */
final class ByteArray extends PyInstance implements org.pyvm.core.objects.PyIterable {
    private final Runtime rt;
    private byte[] bytes = new byte[0];

    private ByteArray(Runtime rt, PyType type, byte[] initial) {
        super(type);
        this.rt = rt;
        this.bytes = initial.clone();
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** The content itself, not a copy: a memoryview reads and writes it in place (a resize replaces it). */
    byte[] memory() {
        return bytes;
    }

    @Override
    public PyObject iterate() {
        // bytearrayiter: reads the live content by index (a byte changed meanwhile is seen), and lets go at the end
        return new org.pyvm.core.objects.PyIterator("bytearray_iterator") {
            private int i;
            private ByteArray seq = ByteArray.this;

            @Override
            public PyObject next() {
                if (seq != null && i < seq.bytes.length) {
                    return PyInt.of(seq.bytes[i++] & 0xff);
                }
                seq = null;
                return null;
            }

            @Override
            public long lengthHint() {
                return seq == null ? 0 : Math.max(0, seq.bytes.length - i);
            }
        };
    }

    @Override
    public int size() {
        return bytes.length;
    }

    @Override
    public String repr(Language lang) {
        String r = PyBytes.of(bytes).repr(lang);
        r = r.startsWith("b") ? r : "b" + r; // 2.7's str repr has no b
        if (r.startsWith("b\"") && r.indexOf('\'') >= 0) {
            // bytearray_repr escapes ' whichever quote it chose (bytes' repr does not under ")
            r = "b\"" + r.substring(2, r.length() - 1).replace("'", "\\'") + "\"";
        }
        // 3.7+ names a subclass (Level.since37's release line); before, always "bytearray"
        String name = lang.has(org.pyvm.spi.LanguageFeature.SORT_SAME_TYPE_PRECHECK) ? type().name(lang) : "bytearray";
        return name + "(" + r + ")";
    }

    @FunctionalInterface
    private interface Body {
        PyObject call(ByteArray self, Args a);
    }

    private static void def(Runtime rt, PyType t, String name, Body body) {
        t.dict.put(name, new PyMethodDescriptor(name, t, (self, args, kw) -> body.call((ByteArray) self, new Args(rt, name, args, kw))));
    }

    /**
     * bytearray_concat and bytearray_iconcat take only what has the buffer protocol (bytes, bytearray, memoryview,
     * array.array), no list or tuple of ints: "can't concat list to bytearray" (2.7's + names the bytearray first).
     */
    private static void concatenable(Runtime rt, PyObject self, PyObject o, boolean inPlace) {
        if (o instanceof PyBytes || o instanceof ByteArray || o instanceof MemoryView
                || rt.types.of(o).builtin && rt.types.of(o).name(rt.lang).equals("array")) {
            return;
        }
        String mine = Ops.typeName(rt, self);
        String theirs = Ops.typeName(rt, o);
        throw PyError.raise("TypeError", Level.py2(rt) && !inPlace ? "can't concat " + mine + " to " + theirs : "can't concat " + theirs + " to " + mine);
    }

    private static byte[] source(Runtime rt, PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        if (o instanceof MemoryView m) {
            return m.contents();
        }
        if (o instanceof ByteArray ba) {
            return ba.bytes();
        }
        List<PyObject> items = Ops.toList(rt, o);
        byte[] out = new byte[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = byteValue(rt, items.get(i));
        }
        return out;
    }

    /**
     * 2.7: the arguments (by position) of bytearray's methods that must support the buffer API (a str, bytearray or
     * memoryview; not unicode), whatever str's own methods accept; None stands for "whitespace" in split and strip.
     */
    private static final java.util.Map<String, int[]> BUFFER_ARGUMENTS_27 = java.util.Map.ofEntries(
            java.util.Map.entry("count", new int[] {0}), java.util.Map.entry("find", new int[] {0}),
            java.util.Map.entry("rfind", new int[] {0}), java.util.Map.entry("index", new int[] {0}),
            java.util.Map.entry("rindex", new int[] {0}), java.util.Map.entry("startswith", new int[] {0}),
            java.util.Map.entry("endswith", new int[] {0}), java.util.Map.entry("split", new int[] {0}),
            java.util.Map.entry("rsplit", new int[] {0}), java.util.Map.entry("strip", new int[] {0}),
            java.util.Map.entry("lstrip", new int[] {0}), java.util.Map.entry("rstrip", new int[] {0}),
            java.util.Map.entry("partition", new int[] {0}), java.util.Map.entry("rpartition", new int[] {0}),
            java.util.Map.entry("replace", new int[] {0, 1}));

    /** The methods whose None argument means whitespace. */
    private static final java.util.Set<String> WHITESPACE_BY_NONE = java.util.Set.of("split", "rsplit", "strip", "lstrip", "rstrip");

    /** bytearray's _common_reduce: what pickle and copy rebuild it from. */
    private static PyObject reduced(Runtime rt, PyType t, ByteArray s, long protocol) {
        PyObject state = s.type() == t ? org.pyvm.core.objects.PyNone.NONE : s.exposeDict(rt.lang);
        if (protocol >= 3) {
            PyObject args = s.bytes.length == 0 ? PyTuple.of() : PyTuple.of(PyBytes.of(s.bytes.clone()));
            return PyTuple.of(s.type(), args, state);
        }
        String latin1 = new String(s.bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        return PyTuple.of(s.type(), PyTuple.of(PyStr.of(latin1), rt.name("latin-1")), state);
    }

    /** The call's arguments with each buffer at {@code positions} as a str (2.7 bytes); CPython's TypeError for others. */
    private static PyObject[] asBuffers(Runtime rt, String method, PyObject[] args, int[] positions) {
        PyObject[] out = args;
        for (int k : positions) {
            if (k >= args.length) {
                continue;
            }
            PyObject x = args[k];
            boolean whitespace = x == org.pyvm.core.objects.PyNone.NONE && WHITESPACE_BY_NONE.contains(method);
            boolean affixes = x instanceof org.pyvm.core.objects.PyTuple && (method.equals("startswith") || method.equals("endswith"));
            if (x instanceof PyBytes || whitespace || affixes) {
                continue; // a tuple's items are str's own method's to check
            }
            if (!(x instanceof ByteArray || x instanceof MemoryView)) {
                throw PyError.raise("TypeError", method.endsWith("partition") ? "'" + Ops.typeName(rt, x) + "' does not have the buffer interface"
                        : "Type " + Ops.typeName(rt, x) + " doesn't support the buffer API");
            }
            if (out == args) {
                out = args.clone();
            }
            out[k] = PyBytes.of(source(rt, x));
        }
        return out;
    }

    private static byte byteValue(Runtime rt, PyObject v) {
        return Level.py2(rt) ? byteValue27(rt, v) : byteValue3(rt, v, "byte must be in range(0, 256)");
    }

    /**
     * 3.x _getbytevalue: PyNumber_Index (a bool, an __index__ too), its words and all; a value past a C long is out of
     * range like any other. {@code outOfRange} is the ValueError's message (bytes() says "bytes must be ...").
     */
    static byte byteValue3(Runtime rt, PyObject v, String outOfRange) {
        return byteOf(Ops.exactIndex(rt, v), outOfRange);
    }

    /** {@code n} as a byte, or the ValueError {@code outOfRange} (a value past a C long is out of range like any other). */
    static byte byteOf(PyInt n, String outOfRange) {
        if (n.big != null || n.small < 0 || n.small > 255) {
            throw PyError.raise("ValueError", outOfRange);
        }
        return (byte) n.small;
    }

    /**
     * The iterator of a source of bytes, or (a TypeError getting it: no iterator, or an __iter__ raising one) "cannot
     * convert 'X' object to {@code into}", as PyBytes_FromObject and 3.8+'s bytearray_init say; what reading the
     * iterator raises later passes as it is.
     */
    static PyObject sourceIterator(Runtime rt, PyObject o, String into) {
        try {
            return Ops.iter(rt, o);
        } catch (PyError e) {
            if (org.pyvm.core.runtime.Exceptions.is(rt, e, "TypeError")) {
                throw PyError.raise("TypeError", "cannot convert '" + Ops.typeName(rt, o) + "' object to " + into);
            }
            throw e;
        }
    }

    /** 2.7's _getbytevalue: a str of one character is its byte; else an int, a long or an __index__. */
    private static byte byteValue27(Runtime rt, PyObject v) {
        if (v instanceof PyBytes bs && !(v instanceof org.pyvm.core.objects.UserSubclass)) {
            if (bs.bytes().length != 1) {
                throw PyError.raise("ValueError", "string must be of size 1");
            }
            return bs.bytes()[0];
        }
        PyObject i = v instanceof PyInt || v instanceof PyBool ? v : Ops.callMethod(rt, v, "__index__");
        if (i instanceof PyBool b) {
            return (byte) (b.value ? 1 : 0);
        }
        if (!(i instanceof PyInt n)) {
            throw PyError.raise("TypeError", "an integer or string of size 1 is required");
        }
        if (n.big != null || n.small < 0 || n.small > 255) { // a long past C long is out of range too
            throw PyError.raise("ValueError", "byte must be in range(0, 256)");
        }
        return (byte) n.small;
    }

    /** extend's argument: from 3.8 one that cannot be iterated is "can't extend bytearray with T" (bytearray_extend). */
    private static PyObject extendable(Runtime rt, PyObject o) {
        if (!Level.since38(rt) || o instanceof PyBytes || o instanceof MemoryView || o instanceof ByteArray) {
            return o;
        }
        try {
            return Ops.iter(rt, o);
        } catch (PyError e) {
            if (e.isPending("TypeError")) {
                throw PyError.raise("TypeError", "can't extend bytearray with " + Ops.typeName(rt, o));
            }
            throw e;
        }
    }

    /** Changes the content as a list of ints (slice assignment, deletion, insertion), then takes it back. */
    private void throughList(java.util.function.Consumer<org.pyvm.core.objects.PyList> change) {
        List<PyObject> items = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            items.add(PyInt.of(b & 0xff));
        }
        org.pyvm.core.objects.PyList list = org.pyvm.core.objects.PyList.of(items);
        change.accept(list);
        byte[] out = new byte[list.items().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = byteValue(rt, list.items().get(i));
        }
        bytes = out;
    }

    /**
     * {@code self[slice] = values}, on the bytes themselves (a sieve's {@code flags[i*i::i] = bytearray(n)} turned a
     * bytearray of two million into a list of ints and back at each assignment: seconds where CPython takes ms).
     */
    private void assignSlice(PySlice slice, byte[] values) {
        int[] r = org.pyvm.core.runtime.Sequences.indices(rt, slice, bytes.length);
        if (r[2] == 1) {
            int start = r[0];
            int stop = Math.max(r[0], r[1]);
            if (stop - start == values.length) {
                System.arraycopy(values, 0, bytes, start, values.length);
                return;
            }
            byte[] out = new byte[bytes.length - (stop - start) + values.length];
            System.arraycopy(bytes, 0, out, 0, start);
            System.arraycopy(values, 0, out, start, values.length);
            System.arraycopy(bytes, stop, out, start + values.length, bytes.length - stop);
            bytes = out;
            return;
        }
        int n = org.pyvm.core.runtime.Sequences.sliceLength(r);
        if (values.length != n) {
            throw PyError.raise("ValueError", "attempt to assign bytes of size " + values.length + " to extended slice of size " + n);
        }
        for (int i = 0, j = r[0]; i < n; i++, j += r[2]) {
            bytes[j] = values[i];
        }
    }

    /** {@code del self[slice]}, on the bytes themselves. */
    private void deleteSlice(PySlice slice) {
        int[] r = org.pyvm.core.runtime.Sequences.indices(rt, slice, bytes.length);
        int n = org.pyvm.core.runtime.Sequences.sliceLength(r);
        if (n == 0) {
            return;
        }
        boolean[] gone = new boolean[bytes.length];
        for (int i = 0, j = r[0]; i < n; i++, j += r[2]) {
            gone[j] = true;
        }
        byte[] out = new byte[bytes.length - n];
        for (int i = 0, k = 0; i < bytes.length; i++) {
            if (!gone[i]) {
                out[k++] = bytes[i];
            }
        }
        bytes = out;
    }

    /** What may be assigned to a bytearray slice (bytes, a bytearray, ints): its bytes, a copy of them. */
    private static byte[] assignable(Runtime rt, PyObject value) {
        refuseNumbersAndText(rt, value);
        return source(rt, value).clone();
    }

    private static void refuseNumbersAndText(Runtime rt, PyObject value) {
        if (value instanceof PyInt || value instanceof PyBool || !Level.py2(rt) && (value instanceof org.pyvm.core.objects.PyFloat
                || value instanceof org.pyvm.core.objects.PyComplex || value instanceof org.pyvm.core.objects.PyStr)) {
            // bytearray_ass_subscript refuses numbers and text before iterating
            throw PyError.raise("TypeError", "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
    }

    /** What may be assigned to a bytearray slice (bytes, a bytearray, ints), as a list of ints. */
    private static org.pyvm.core.objects.PyList asInts(Runtime rt, PyObject value) {
        refuseNumbersAndText(rt, value);
        List<PyObject> items = new ArrayList<>();
        for (byte b : source(rt, value)) {
            items.add(PyInt.of(b & 0xff));
        }
        return org.pyvm.core.objects.PyList.of(items);
    }

    /** A bytes method's result for a bytearray: each byte string in it becomes a bytearray. */
    private static PyObject asByteArrays(Runtime rt, PyType t, PyObject r) {
        if (r instanceof PyBytes b) {
            return new ByteArray(rt, t, b.bytes());
        }
        if (r instanceof org.pyvm.core.objects.PyList l) {
            List<PyObject> out = new ArrayList<>();
            for (PyObject x : l.items()) {
                out.add(asByteArrays(rt, t, x));
            }
            return org.pyvm.core.objects.PyList.of(out);
        }
        if (r instanceof org.pyvm.core.objects.PyTuple tu) {
            PyObject[] out = new PyObject[tu.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = asByteArrays(rt, t, tu.get(i));
            }
            return org.pyvm.core.objects.PyTuple.of(out);
        }
        return r;
    }

    /** The byte a subscript names: besides an int, a key with __index__ (a slice is the caller's). */
    private int item(PyObject key, boolean storing) {
        if (!(key instanceof PyInt || key instanceof PyBool || key instanceof org.pyvm.core.objects.PyInstance)) {
            // 2.7 words the store's message in the singular (bytearray_ass_subscript)
            throw PyError.raise("TypeError", Level.py2(rt) ? "bytearray indices must be integer" + (storing ? "" : "s")
                    : "bytearray indices must be integers or slices, not " + Ops.typeName(rt, key));
        }
        return position(key);
    }

    private int position(PyObject key) {
        long i = Args.index(rt, key);
        if (i < 0) {
            i += bytes.length;
        }
        if (i < 0 || i >= bytes.length) {
            throw PyError.raise("IndexError", "bytearray index out of range");
        }
        return (int) i;
    }

    /**
     * bytes(x), bytearray(x): x as a count of zero bytes when it is an integer (PyIndex_Check: an int, a bool, an object
     * whose type has __index__), else null, x then being a source of bytes; an __index__ that raises TypeError lets it
     * be read as a source too, as bytes_new and bytearray_init do.
     */
    static PyInt count(Runtime rt, PyObject x) {
        return Ops.indexOrNull(rt, x);
    }

    /**
     * bytes(n), bytearray(n): n zero bytes, reserved under the memory cap first (bytes(2**28) was made
     * past a 64 MiB cap, and bytes(2**31) threw NegativeArraySizeException, found by fuzzing).
     */
    static byte[] zeros(Runtime rt, PyInt n) {
        if (n.big != null) {
            throw PyError.raise("OverflowError", "cannot fit '" + (Level.py2(rt) && n.isLong ? "long" : "int")
                    + "' into an index-sized integer");
        }
        if (n.small < 0) {
            throw PyError.raise("ValueError", "negative count");
        }
        if (n.small > Integer.MAX_VALUE - 16) {
            throw PyError.raiseArgs("MemoryError");
        }
        rt.limits().reserve(n.small);
        return new byte[(int) n.small];
    }

    static void install(Runtime rt) {
        PyType t = PyType.builtin("bytearray", null, rt.types.object).withMatchSelf();
        t.withConstructor((type, a, kw) -> {
            Args args = new Args(rt, "bytearray", a, kw).check(0, 3, "source", "encoding", "errors");
            PyObject src = args.get(0, "source");
            if (src == null) {
                return new ByteArray(rt, type, new byte[0]);
            }
            PyInt n = count(rt, src);
            if (n != null) {
                ByteArray b = new ByteArray(rt, type, zeros(rt, n));
                rt.limits().hold(b, n.small);
                return b;
            }
            if (src instanceof PyStr s) {
                PyObject enc = args.get(1, "encoding");
                if (enc == null) {
                    throw PyError.raise("TypeError", (Level.py2(rt) ? "unicode" : "string") + " argument without an encoding");
                }
                PyObject errors = args.get(2, "errors");
                return new ByteArray(rt, type, Codecs.encode(rt, s.value(), StrMethods.text(enc), errors == null ? "strict" : StrMethods.text(errors)));
            }
            if (Level.since38(rt) && !(src instanceof PyBytes || src instanceof MemoryView || src instanceof ByteArray
                    || src instanceof org.pyvm.core.objects.PyList || src instanceof org.pyvm.core.objects.PyTuple)) {
                return new ByteArray(rt, type, source(rt, sourceIterator(rt, src, "bytearray")));
            }
            return new ByteArray(rt, type, source(rt, src));
        });
        def(rt, t, "__len__", (s, a) -> PyInt.of(s.bytes.length));
        def(rt, t, "__iter__", (s, a) -> s.iterate());
        def(rt, t, "__repr__", (s, a) -> org.pyvm.core.runtime.Strings.text(rt, s.repr(rt.lang)));
        def(rt, t, "__str__", (s, a) -> org.pyvm.core.runtime.Strings.text(rt, Level.py2(rt)
                ? org.pyvm.core.runtime.Strings.latin1(s.bytes) : s.repr(rt.lang)));
        def(rt, t, "__getitem__", (s, a) -> {
            PyObject key = a.check(1, 1).get(0);
            if (key instanceof PySlice) {
                PyObject part = Ops.getitem(rt, PyBytes.of(s.bytes), key);
                return new ByteArray(rt, t, ((PyBytes) part).bytes());
            }
            return PyInt.of(s.bytes[s.item(key, false)] & 0xff);
        });
        def(rt, t, "__setitem__", (s, a) -> {
            PyObject key = a.check(2, 2).get(0);
            if (key instanceof PySlice slice) {
                byte[] values = assignable(rt, a.get(1));
                if (values.length == 0 && !(slice.step instanceof PyNone)) {
                    // bytearray_ass_subscript (2.7's too): nothing to assign to an extended slice deletes it, whatever its size
                    s.deleteSlice(slice);
                    return PyNone.NONE;
                }
                s.assignSlice(slice, values);
                return PyNone.NONE;
            }
            s.bytes[s.item(key, true)] = byteValue(rt, a.get(1));
            return PyNone.NONE;
        });
        def(rt, t, "__delitem__", (s, a) -> {
            PyObject key = a.check(1, 1).get(0);
            if (key instanceof PySlice slice) {
                s.deleteSlice(slice);
                return PyNone.NONE;
            }
            int i = s.item(key, true); // bytearray's own IndexError and TypeError
            byte[] out = new byte[s.bytes.length - 1];
            System.arraycopy(s.bytes, 0, out, 0, i);
            System.arraycopy(s.bytes, i + 1, out, i, out.length - i);
            s.bytes = out;
            return PyNone.NONE;
        });
        def(rt, t, "__iadd__", (s, a) -> {
            PyObject o = a.check(1, 1).get(0);
            concatenable(rt, s, o, true);
            s.throughList(list -> list.items().addAll(asInts(rt, o).items()));
            return s;
        });
        def(rt, t, "insert", (s, a) -> {
            long i = Args.ssize(rt, a.check(2, 2).get(0));
            byte b = byteValue(rt, a.get(1));
            s.throughList(list -> {
                long at = i < 0 ? Math.max(0, i + list.items().size()) : Math.min(i, list.items().size());
                list.items().add((int) at, PyInt.of(b & 0xff));
            });
            return PyNone.NONE;
        });
        def(rt, t, "remove", (s, a) -> {
            byte b = byteValue(rt, a.check(1, 1).get(0));
            for (int i = 0; i < s.bytes.length; i++) {
                if (s.bytes[i] == b) {
                    int at = i;
                    s.throughList(list -> list.items().remove(at));
                    return PyNone.NONE;
                }
            }
            throw PyError.raise("ValueError", Level.py2(rt) ? "value not found in bytearray" : "value not found in bytearray");
        });
        def(rt, t, "reverse", (s, a) -> {
            s.throughList(list -> java.util.Collections.reverse(list.items()));
            return PyNone.NONE;
        });
        if (!Level.py2(rt)) {
            def(rt, t, "clear", (s, a) -> {
                s.bytes = new byte[0];
                return PyNone.NONE;
            });
        }
        if (Level.py2(rt)) {
            // 2.7's bytearray says "subsection not found" where str says "substring": index is find's answer or that error
            for (String[] pair : new String[][] {{"index", "find"}, {"rindex", "rfind"}}) {
                PyMethodDescriptor find = (PyMethodDescriptor) rt.types.bytes.dict.get(pair[1]);
                int[] buffers = BUFFER_ARGUMENTS_27.get(pair[0]);
                t.dict.put(pair[0], new PyMethodDescriptor(pair[0], t, (self, args, kw) -> {
                    PyObject i = find.invoke(PyBytes.of(((ByteArray) self).bytes), asBuffers(rt, pair[0], args, buffers), kw);
                    if (i instanceof PyInt n && n.small < 0) {
                        throw PyError.raise("ValueError", "subsection not found");
                    }
                    return i;
                }));
            }
        }
        // the read-only methods are bytes' own, applied to the content; byte strings come back as bytearrays
        for (String name : new String[] {"find", "rfind", "index", "rindex", "count", "startswith", "endswith", "upper",
            "lower", "replace", "strip", "lstrip", "rstrip", "split", "rsplit", "partition", "rpartition", "join", "center",
            "ljust", "rjust", "zfill", "expandtabs", "title", "capitalize", "swapcase", "translate", "splitlines", "isalnum",
            "isalpha", "isdigit", "islower", "isupper", "isspace", "istitle", "isascii", "removeprefix", "removesuffix"}) {
            PyObject method = rt.types.bytes.dict.get(name);
            if (method instanceof PyMethodDescriptor d && t.dict.get(name) == null) {
                int[] buffers = Level.py2(rt) ? BUFFER_ARGUMENTS_27.get(name) : null;
                t.dict.put(name, new PyMethodDescriptor(name, t, (self, args, kw) -> asByteArrays(rt, t,
                        d.invoke(PyBytes.of(((ByteArray) self).bytes), buffers == null ? args : asBuffers(rt, name, args, buffers), kw))));
            }
        }
        def(rt, t, "__contains__", (s, a) -> {
            PyObject x = a.check(1, 1).get(0);
            PyInt n = x instanceof PyBytes ? null : count(rt, x); // an int, a bool, an __index__ (bytearray_contains)
            if (n != null) {
                byte b = byteOf(n, "byte must be in range(0, 256)");
                for (byte y : s.bytes) {
                    if (y == b) {
                        return PyBool.TRUE;
                    }
                }
                return PyBool.FALSE;
            }
            // anything else is what bytes' own 'in' takes (a bytes-like object), or refuses in its words
            PyObject needle = x instanceof ByteArray ba ? PyBytes.of(ba.bytes) : x instanceof MemoryView mv ? PyBytes.of(mv.contents()) : x;
            return PyBool.of(Ops.contains(rt, PyBytes.of(s.bytes), needle));
        });
        def(rt, t, "__eq__", (s, a) -> {
            PyObject o = a.check(1, 1).get(0);
            if (!(o instanceof PyBytes || o instanceof ByteArray)) {
                return org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(java.util.Arrays.equals(s.bytes, source(rt, o)));
        });
        t.dict.put("__hash__", PyNone.NONE); // mutable: unhashable, as CPython's bytearray.__hash__ is None
        // bytes + bytearray: bytes' own + takes any buffer (2.7 makes a bytearray, 3.x bytes)
        def(rt, t, "__radd__", (s, a) -> {
            PyObject other = a.check(1, 1).get(0);
            if (!(other instanceof PyBytes b)) {
                return org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED;
            }
            byte[] r = java.util.Arrays.copyOf(b.bytes(), b.bytes().length + s.bytes.length);
            System.arraycopy(s.bytes, 0, r, b.bytes().length, s.bytes.length);
            return Level.py2(rt) ? new ByteArray(rt, t, r) : PyBytes.of(r);
        });
        for (String name : new String[] {"__mul__", "__rmul__", "__imul__"}) {
            def(rt, t, name, (s, a) -> {
                PyObject n = a.check(1, 1).get(0);
                if (!(n instanceof org.pyvm.core.objects.PyInt || n instanceof PyBool)) {
                    return org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED;
                }
                long times = Math.max(0, Args.index(rt, n));
                if (times * s.bytes.length > Integer.MAX_VALUE - 16) {
                    throw PyError.raiseArgs("MemoryError");
                }
                byte[] r = new byte[(int) (times * s.bytes.length)];
                for (int k = 0; k < times; k++) {
                    System.arraycopy(s.bytes, 0, r, k * s.bytes.length, s.bytes.length);
                }
                if (name.equals("__imul__")) {
                    s.bytes = r;
                    return s;
                }
                return new ByteArray(rt, t, r);
            });
        }
        // ordering against bytes and bytearrays: byte by byte, unsigned (bytearray_richcompare)
        String[][] orders = {{"__lt__", "LT"}, {"__le__", "LE"}, {"__gt__", "GT"}, {"__ge__", "GE"}, {"__ne__", "NE"}};
        for (String[] o : orders) {
            def(rt, t, o[0], (s, a) -> {
                PyObject other = a.check(1, 1).get(0);
                if (!(other instanceof PyBytes || other instanceof ByteArray)) {
                    return org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED;
                }
                int c = java.util.Arrays.compareUnsigned(s.bytes, source(rt, other));
                return PyBool.of(switch (o[1]) {
                    case "LT" -> c < 0;
                    case "LE" -> c <= 0;
                    case "GT" -> c > 0;
                    case "GE" -> c >= 0;
                    default -> c != 0;
                });
            });
        }
        def(rt, t, "__add__", (s, a) -> {
            concatenable(rt, s, a.check(1, 1).get(0), false);
            byte[] o = source(rt, a.get(0));
            byte[] r = java.util.Arrays.copyOf(s.bytes, s.bytes.length + o.length);
            System.arraycopy(o, 0, r, s.bytes.length, o.length);
            return new ByteArray(rt, t, r);
        });
        def(rt, t, "append", (s, a) -> {
            byte b = byteValue(rt, a.check(1, 1).get(0));
            s.bytes = java.util.Arrays.copyOf(s.bytes, s.bytes.length + 1);
            s.bytes[s.bytes.length - 1] = b;
            return PyNone.NONE;
        });
        def(rt, t, "extend", (s, a) -> {
            byte[] o = source(rt, extendable(rt, a.check(1, 1).get(0)));
            byte[] r = java.util.Arrays.copyOf(s.bytes, s.bytes.length + o.length);
            System.arraycopy(o, 0, r, s.bytes.length, o.length);
            s.bytes = r;
            return PyNone.NONE;
        });
        def(rt, t, "pop", (s, a) -> {
            if (s.bytes.length == 0) {
                throw PyError.raise("IndexError", "pop from empty bytearray");
            }
            long i = a.get(0) == null ? s.bytes.length - 1 : Args.ssize(rt, a.get(0));
            if (i < 0) {
                i += s.bytes.length;
            }
            if (i < 0 || i >= s.bytes.length) {
                throw PyError.raise("IndexError", "pop index out of range");
            }
            int v = s.bytes[(int) i] & 0xff;
            byte[] r = new byte[s.bytes.length - 1];
            System.arraycopy(s.bytes, 0, r, 0, (int) i);
            System.arraycopy(s.bytes, (int) i + 1, r, (int) i, s.bytes.length - (int) i - 1);
            s.bytes = r;
            return PyInt.of(v);
        });
        def(rt, t, "decode", (s, a) -> {
            a.check(0, 2, "encoding", "errors");
            StrMethods.codecArguments(rt, a, "decode");
            PyObject enc = a.get(0, "encoding");
            PyObject errors = a.get(1, "errors");
            return PyStr.of(Codecs.decode(rt, s.bytes, enc == null ? (Level.py2(rt) ? "ascii" : "utf-8") : StrMethods.text(enc),
                    errors == null ? "strict" : StrMethods.text(errors)));
        });
        if (!Level.py2(rt)) {
            def(rt, t, "hex", (s, a) -> {
                a.check(0, 2, "sep", "bytes_per_sep");
                return PyStr.of(HexDigits.of(rt, s.bytes, a.get(0, "sep"), a.get(1, "bytes_per_sep")));
            });
            def(rt, t, "copy", (s, a) -> new ByteArray(rt, t, s.bytes));
            // bytearray_mod (3.5+): bytes' % formatting, the result a bytearray; bytearray on the right is NotImplemented
            def(rt, t, "__mod__", (s, a) -> {
                PyObject formatted = Ops.binary(rt, org.pyvm.core.code.Operator.REMAINDER, PyBytes.of(s.bytes), a.check(1, 1).get(0));
                return new ByteArray(rt, t, ((PyBytes) formatted).bytes());
            });
            t.dict.put("maketrans", rt.types.bytes.dict.get("maketrans"));
        }
        // pickle and copy: (type, (the bytes as latin-1 text, "latin-1"), __dict__), or from protocol 3 (type, (bytes,),
        // __dict__); object's generic reduction knew nothing of the contents, and copies came back empty
        def(rt, t, "__reduce__", (s, a) -> {
            a.check(0, 0);
            return reduced(rt, t, s, 2);
        });
        if (!Level.py2(rt)) {
            def(rt, t, "__reduce_ex__", (s, a) -> reduced(rt, t, s, Args.index(rt, a.check(1, 1).get(0))));
        }
        // bytes.fromhex's parsing (2.7's str has none: bytearray's is its own); 3.x makes a subclass's instance
        TypeMethod.def(rt, t, "fromhex", (cls, a) -> Ops.call(rt, Level.py2(rt) ? t : cls,
                new PyObject[] {PyBytes.of(StrMethods.fromHex(rt, a))}, null));
        Builtins.put(rt, "bytearray", t);
    }
}
