package org.pyvm.core.modules.array;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.code.Comparison;
import org.pyvm.core.modules.Getter;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyNotImplemented;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySlice;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * CPython's {@code array} module (C there): the {@code array.array} type of typed, compact sequences, with each
 * version's type codes, methods, argument parsing and messages (2.7: 'c', tostring/fromstring, unicode 'u' items;
 * 3.x: 'q'/'Q', tobytes/frombytes, {@code typecodes}; 3.11: index(x, start, stop) and "x not in array").
 */
public final class ArrayType {
    private final Runtime rt;
    final boolean py2;
    /** 3.10+: argument errors name the method as {@code array.m}, messages of the modern clinic. */
    private final boolean modern;
    private final List<TypeCode> table;
    final Items items;
    final PyType type;
    /** 3.x {@code array._array_reconstructor}, which pickles of protocol 3 and later name. */
    private final PyObject reconstructor;

    private ArrayType(Runtime rt) {
        this.rt = rt;
        this.py2 = rt.lang.major() == 2;
        this.modern = !py2 && rt.lang.minor() >= 10;
        this.table = py2 ? TypeCode.PY27 : TypeCode.PY3;
        this.items = new Items(rt);
        this.type = PyType.builtin("array", null, rt.types.object).withCollectionFlag(PyType.SEQUENCE);
        type.dict.put("__module__", Strings.text(rt, "array"));
        this.reconstructor = new PyBuiltinFunction("_array_reconstructor", this::reconstruct);
    }

    /** The module for one VM. */
    public static PyModule create(Runtime rt) {
        return new ArrayType(rt).build();
    }

    private PyModule build() {
        PyModule m = new PyModule("array", PyDict.of(rt.lang, List.of()));
        put(m, "__name__", Strings.text(rt, "array"));
        put(m, "__doc__", PyNone.NONE);
        put(m, "__package__", py2 ? PyNone.NONE : Strings.text(rt, ""));
        install();
        put(m, "array", type);
        put(m, "ArrayType", type);
        if (!py2) {
            StringBuilder codes = new StringBuilder();
            for (TypeCode t : table) {
                codes.append(t.code());
            }
            put(m, "typecodes", PyStr.of(codes.toString()));
            put(m, "_array_reconstructor", reconstructor);
        }
        return m;
    }

    private void put(PyModule m, String name, PyObject v) {
        m.dict.put(rt.name(name), v);
    }

    // ------------------------------------------------------------------ arguments

    @FunctionalInterface
    private interface Body {
        PyObject call(ArrayObject self, PyObject[] args, String[] kw);
    }

    private void def(String name, Body body) {
        type.dict.put(name, new PyMethodDescriptor(name, type, (o, a, kw) -> {
            if (!(o instanceof ArrayObject self)) {
                boolean slot = name.startsWith("__") && name.endsWith("__") && !name.equals("__copy__") && !name.equals("__deepcopy__")
                        && !name.equals("__reduce__") && !name.equals("__reduce_ex__");
                throw PyError.raise("TypeError", modern && !slot
                        ? "descriptor '" + name + "' for 'array.array' objects doesn't apply to a '" + name(o) + "' object"
                        : "descriptor '" + name + "' requires a 'array.array' object but received a '" + name(o) + "'");
            }
            return body.call(self, a, kw);
        }));
    }

    /** A slot wrapper's argument count ({@code a.__getitem__()}), in the words of CPython's wrappers. */
    private Body slot(String name, int n, Body body) {
        return (self, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyError.raise("TypeError", py2 ? "wrapper " + name + " doesn't take keyword arguments"
                        : "wrapper " + name + "() takes no keyword arguments");
            }
            if (a.length != n) {
                throw PyError.raise("TypeError", n == 1 ? "expected 1 argument" + (modern ? "" : "s") + ", got " + a.length
                        : " expected " + n + " arguments, got " + a.length);
            }
            return body.call(self, a, kw);
        };
    }

    /** A method's argument count, in the words of the version's parser (METH_O, METH_NOARGS or the clinic's). */
    private void arity(String name, PyObject[] a, String[] kw, int min, int max) {
        String who = modern ? "array." + name : name;
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", who + "() takes no keyword arguments");
        }
        int n = a.length;
        if (n >= min && n <= max) {
            return;
        }
        if (min == 0 && max == 0) {
            throw PyError.raise("TypeError", who + "() takes no arguments (" + n + " given)");
        }
        if (min == 1 && max == 1) {
            throw PyError.raise("TypeError", who + "() takes exactly one argument (" + n + " given)");
        }
        String bound = min == max ? (modern ? "" : "exactly ") : n < min ? "at least " : "at most ";
        int k = n < min ? min : max;
        String count = k + " argument" + (k == 1 ? "" : "s");
        if (modern) {
            throw PyError.raise("TypeError", name + " expected " + bound + count + ", got " + n);
        }
        throw PyError.raise("TypeError", name + "() takes " + bound + count + " (" + n + " given)");
    }

    /** An integer argument (an index or count) as a Java long, with the version's TypeError. */
    private long index(PyObject o) {
        BigInteger v = integerOrNull(o);
        if (v == null) {
            throw PyError.raise("TypeError", py2 ? "an integer is required" : "'" + name(o) + "' object cannot be interpreted as an integer");
        }
        if (v.bitLength() >= 64) {
            throw PyError.raise("OverflowError", py2 ? "Python int too large to convert to C long" : "Python int too large to convert to C ssize_t");
        }
        return v.longValue();
    }

    private BigInteger integerOrNull(PyObject o) {
        if (o instanceof PyInt i) {
            return i.toBigInteger();
        }
        if (o instanceof PyBool b) {
            return b.value ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (o instanceof PyInstance && rt.types.of(o).lookup("__index__") != null) {
            PyObject v = Ops.callMethod(rt, o, "__index__");
            if (v instanceof PyInt i) {
                return i.toBigInteger();
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ construction

    private ArrayObject newArray(TypeCode code) {
        return new ArrayObject(type, code, this);
    }

    private PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        if (cls == type && kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", modern ? "array.array() takes no keyword arguments" : "array.array() does not take keyword arguments");
        }
        int n = a.length - (kw == null ? 0 : kw.length);
        if (n < 1) {
            throw PyError.raise("TypeError", "array() takes at least 1 argument (" + n + " given)");
        }
        if (n > 2) {
            throw PyError.raise("TypeError", "array() takes at most 2 arguments (" + n + " given)");
        }
        int c = typecodeArgument(a[0]);
        PyObject init = n > 1 ? a[1] : null;
        if (!py2 && init != null && c != 'u') {
            if (init instanceof PyStr) {
                throw PyError.raise("TypeError", "cannot use a str to initialize an array with typecode '" + (char) c + "'");
            }
            if (init instanceof ArrayObject other && other.code.code() == 'u') {
                throw PyError.raise("TypeError", "cannot use a unicode array to initialize an array with typecode '" + (char) c + "'");
            }
        }
        TypeCode code = TypeCode.find(table, c);
        if (code == null) {
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < table.size(); i++) {
                list.append(i == 0 ? "" : i == table.size() - 1 ? " or " : ", ").append(table.get(i).code());
            }
            throw PyError.raise("ValueError", "bad typecode (must be " + list + ")");
        }
        ArrayObject self = new ArrayObject(cls, code, this);
        if (init != null) {
            initialize(self, init);
        }
        if (cls != type) {
            initSubclass(cls, self, a, kw);
        }
        return self;
    }

    private int typecodeArgument(PyObject o) {
        if (o instanceof PyStr s && s.value().codePointCount(0, s.value().length()) == 1 && (!py2 || s.value().charAt(0) < 128)) {
            return s.value().codePointAt(0);
        }
        if (py2 && o instanceof PyBytes b && b.bytes().length == 1) {
            return b.bytes()[0] & 0xff;
        }
        throw PyError.raise("TypeError", py2
                ? "array() argument 1 or typecode must be char (string or ascii-unicode with length 1), not " + name(o)
                : "array() argument 1 must be a unicode character, not " + argumentName(o));
    }

    private void initialize(ArrayObject self, PyObject init) {
        if (init instanceof PyList || init instanceof PyTuple) {
            for (PyObject x : Ops.toList(rt, init)) {
                self.append(items.bits(self.code, x));
            }
        } else if (py2 && init instanceof PyBytes b) {
            fromBytes(self, b.bytes(), "string");
        } else if (!py2 && bytesLike(init)) {
            fromBytes(self, bytesOf(init), "bytes");
        } else if (init instanceof PyStr s && self.code.code() == 'u') {
            fromUnicode(self, s.value());
        } else {
            extendIterable(self, init);
        }
    }

    private void initSubclass(PyType cls, PyObject self, PyObject[] a, String[] kw) {
        PyObject init = cls.lookup("__init__");
        if (init == null || init instanceof PyMethodDescriptor d && d.owner().builtin) {
            return;
        }
        PyObject[] all = new PyObject[a.length + 1];
        all[0] = self;
        System.arraycopy(a, 0, all, 1, a.length);
        PyObject r = Ops.call(rt, init, all, kw);
        if (r != PyNone.NONE) {
            throw PyError.raise("TypeError", "__init__() should return None, not '" + name(r) + "'");
        }
    }

    // ------------------------------------------------------------------ shared operations

    private void fromBytes(ArrayObject self, byte[] b, String noun) {
        if (b.length % self.itemSize() != 0) {
            throw PyError.raise("ValueError", noun + " length not a multiple of item size");
        }
        self.addBytes(b);
    }

    private void fromUnicode(ArrayObject self, String s) {
        s.codePoints().forEach(cp -> self.append(cp));
    }

    private String toUnicode(ArrayObject self) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < self.length; i++) {
            sb.append(((PyStr) items.item(self, i)).value());
        }
        return sb.toString();
    }

    private void extendIterable(ArrayObject self, PyObject iterable) {
        PyObject it = Ops.iter(rt, iterable);
        for (PyObject x = Ops.next(rt, it); x != null; x = Ops.next(rt, it)) {
            self.append(items.bits(self.code, x));
        }
    }

    private void extend(ArrayObject self, PyObject other) {
        if (other instanceof ArrayObject o) {
            if (o.code != self.code) {
                throw PyError.raise("TypeError", "can only extend with array of same kind");
            }
            self.addBytes(o.bytes(0, o.length));
            return;
        }
        extendIterable(self, other);
    }

    private ArrayObject copy(ArrayObject self, int from, int to) {
        ArrayObject r = newArray(self.code);
        r.addBytes(self.bytes(from, to));
        return r;
    }

    private List<PyObject> list(ArrayObject self) {
        List<PyObject> out = new ArrayList<>(self.length);
        for (int i = 0; i < self.length; i++) {
            out.add(items.item(self, i));
        }
        return out;
    }

    /** A checked item position: negative counts from the end; {@code what} names the IndexError. */
    private int position(ArrayObject self, PyObject key, String what) {
        BigInteger v = integerOrNull(key);
        if (v == null) {
            throw PyError.raise("TypeError", "array indices must be integers");
        }
        if (v.bitLength() >= 64) {
            throw PyError.raise("IndexError", "cannot fit '" + name(key) + "' into an index-sized integer");
        }
        long i = v.longValue();
        if (i < 0) {
            i += self.length;
        }
        if (i < 0 || i >= self.length) {
            throw PyError.raise("IndexError", what);
        }
        return (int) i;
    }

    /** start, stop, step and the number of items of a slice over {@code size} items (PySlice_GetIndicesEx). */
    private int[] slice(PySlice s, int size) {
        long step = s.step == PyNone.NONE ? 1 : sliceValue(s.step);
        if (step == 0) {
            throw PyError.raise("ValueError", "slice step cannot be zero");
        }
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? size - 1 : size;
        long start;
        long stop;
        if (s.start == PyNone.NONE) {
            start = step < 0 ? upper : lower;
        } else {
            start = sliceValue(s.start);
            start = start < 0 ? Math.max(start + size, lower) : Math.min(start, upper);
        }
        if (s.stop == PyNone.NONE) {
            stop = step < 0 ? lower : upper;
        } else {
            stop = sliceValue(s.stop);
            stop = stop < 0 ? Math.max(stop + size, lower) : Math.min(stop, upper);
        }
        long count;
        if (step > 0) {
            count = stop > start ? (stop - start - 1) / step + 1 : 0;
        } else {
            count = start > stop ? (start - stop - 1) / -step + 1 : 0;
        }
        step = Math.max(Math.min(step, Integer.MAX_VALUE), -Integer.MAX_VALUE);
        return new int[] {(int) start, (int) stop, (int) step, (int) count};
    }

    private long sliceValue(PyObject v) {
        BigInteger i = integerOrNull(v);
        if (i == null) {
            throw PyError.raise("TypeError", "slice indices must be integers or None or have an __index__ method");
        }
        long bound = 1L << 62;
        return i.bitLength() >= 62 ? (i.signum() < 0 ? -bound : bound) : i.longValue();
    }

    private PyObject getitem(ArrayObject self, PyObject key) {
        if (key instanceof PySlice s) {
            int[] r = slice(s, self.length);
            if (r[2] == 1) {
                return copy(self, r[0], r[0] + r[3]);
            }
            ArrayObject out = newArray(self.code);
            for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                out.append(self.bits(j));
            }
            return out;
        }
        return items.item(self, position(self, key, "array index out of range"));
    }

    private void setitem(ArrayObject self, PyObject key, PyObject value) {
        if (!(key instanceof PySlice s)) {
            int i = position(self, key, "array assignment index out of range");
            self.put(i, items.bits(self.code, value));
            return;
        }
        if (!(value instanceof ArrayObject other)) {
            throw PyError.raise("TypeError", "can only assign array (not \"" + name(value) + "\") to array slice");
        }
        if (other.code != self.code) {
            throw PyError.raise("TypeError", "bad argument type for built-in operation");
        }
        int[] r = slice(s, self.length);
        byte[] b = other.bytes(0, other.length); // read first: a[::2] = a
        if (r[2] == 1) {
            self.replace(r[0], Math.max(r[0], r[1]), b);
            return;
        }
        if (other.length != r[3]) {
            throw PyError.raise("ValueError", "attempt to assign array of size " + other.length + " to extended slice of size " + r[3]);
        }
        ArrayObject source = copy(other, 0, other.length);
        for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
            self.put(j, source.bits(i));
        }
    }

    private void delitem(ArrayObject self, PyObject key) {
        if (!(key instanceof PySlice s)) {
            int i = position(self, key, "array assignment index out of range");
            self.delete(i, i + 1);
            return;
        }
        int[] r = slice(s, self.length);
        if (r[2] == 1) {
            self.delete(r[0], Math.max(r[0], r[1]));
            return;
        }
        boolean[] gone = new boolean[self.length];
        for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
            gone[j] = true;
        }
        int to = 0;
        for (int i = 0; i < self.length; i++) {
            if (!gone[i]) {
                self.put(to++, self.bits(i));
            }
        }
        self.length = to;
    }

    private PyObject repeat(ArrayObject self, PyObject times) {
        BigInteger v = integerOrNull(times);
        if (v == null) {
            throw PyError.raise("TypeError", "can't multiply sequence by non-int of type '" + name(times) + "'");
        }
        long n = v.signum() <= 0 ? 0 : v.bitLength() > 62 ? Long.MAX_VALUE : v.longValue();
        byte[] once = self.bytes(0, self.length);
        if (once.length > 0 && n > (Integer.MAX_VALUE - 8) / once.length) {
            throw PyError.raiseArgs("MemoryError");
        }
        byte[] all = new byte[(int) (once.length * n)];
        for (int k = 0; k < n; k++) {
            System.arraycopy(once, 0, all, k * once.length, once.length);
        }
        return all(self, all);
    }

    private ArrayObject all(ArrayObject self, byte[] b) {
        ArrayObject r = newArray(self.code);
        r.addBytes(b);
        return r;
    }

    private PyObject compare(ArrayObject self, PyObject other, Comparison c) {
        if (!(other instanceof ArrayObject o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (self.length != o.length && (c == Comparison.EQ || c == Comparison.NE)) {
            return PyBool.of(c == Comparison.NE);
        }
        int n = Math.min(self.length, o.length);
        for (int i = 0; i < n; i++) {
            PyObject x = items.item(self, i);
            PyObject y = items.item(o, i);
            if (!Ops.eq(rt, x, y)) {
                if (c == Comparison.EQ) {
                    return PyBool.FALSE;
                }
                if (c == Comparison.NE) {
                    return PyBool.TRUE;
                }
                return Ops.compare(rt, c, x, y);
            }
        }
        return Ops.compare(rt, c, PyInt.of(self.length), PyInt.of(o.length));
    }

    private String repr(ArrayObject self) {
        String name = modern ? self.type().name(rt.lang) : "array";
        String code = "'" + self.code.code() + "'";
        if (self.length == 0) {
            return name + "(" + code + ")";
        }
        String body;
        if (self.code.code() == 'c') {
            body = Ops.repr(rt, PyBytes.of(self.bytes(0, self.length)));
        } else if (self.code.code() == 'u') {
            body = Ops.repr(rt, PyStr.of(toUnicode(self)));
        } else {
            body = Ops.repr(rt, PyList.of(list(self)));
        }
        return name + "(" + code + ", " + body + ")";
    }

    private int find(ArrayObject self, PyObject x, long start, long stop) {
        for (long i = start; i < stop && i < self.length; i++) {
            if (Ops.eq(rt, items.item(self, (int) i), x)) {
                return (int) i;
            }
        }
        return -1;
    }

    private String notIn(String method) {
        return "array." + method + "(x): x not in " + (modern ? "array" : "list");
    }

    private static long clamp(long i, int size) {
        if (i < 0) {
            return Math.max(0, i + size);
        }
        return Math.min(i, size);
    }

    private static byte[] swapped(ArrayObject self) {
        byte[] b = self.bytes(0, self.length);
        int n = self.itemSize();
        for (int at = 0; at < b.length; at += n) {
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                byte t = b[at + i];
                b[at + i] = b[at + j];
                b[at + j] = t;
            }
        }
        return b;
    }

    // ------------------------------------------------------------------ the type

    private void install() {
        PyType t = type;
        t.withConstructor(this::construct);
        t.dict.put("__hash__", PyNone.NONE);
        // getsets without a setter: set or deleted, "attribute 'typecode' of 'array.array' objects is not writable"
        t.dict.put("typecode", Getter.readOnly("typecode", "array.array", o -> Strings.text(rt, String.valueOf(((ArrayObject) o).code.code()))));
        t.dict.put("itemsize", Getter.readOnly("itemsize", "array.array", o -> PyInt.of(((ArrayObject) o).itemSize())));
        def("__len__", (a, x, kw) -> PyInt.of(a.length));
        def("__iter__", (a, x, kw) -> a.iterate());
        def("__repr__", (a, x, kw) -> Strings.text(rt, repr(a)));
        def("__getitem__", slot("__getitem__", 1, (a, x, kw) -> getitem(a, x[0])));
        def("__setitem__", slot("__setitem__", 2, (a, x, kw) -> {
            setitem(a, x[0], x[1]);
            return PyNone.NONE;
        }));
        def("__delitem__", slot("__delitem__", 1, (a, x, kw) -> {
            delitem(a, x[0]);
            return PyNone.NONE;
        }));
        def("__contains__", slot("__contains__", 1, (a, x, kw) -> PyBool.of(find(a, x[0], 0, a.length) >= 0)));
        def("__add__", slot("__add__", 1, (a, x, kw) -> {
            if (!(x[0] instanceof ArrayObject o)) {
                if (x[0] instanceof PyInstance && rt.types.of(x[0]).lookup("__radd__") != null) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                throw PyError.raise("TypeError", "can only append array (not \"" + name(x[0]) + "\") to array");
            }
            if (o.code != a.code) {
                throw PyError.raise("TypeError", "bad argument type for built-in operation");
            }
            ArrayObject r = copy(a, 0, a.length);
            r.addBytes(o.bytes(0, o.length));
            return r;
        }));
        def("__iadd__", slot("__iadd__", 1, (a, x, kw) -> {
            if (!(x[0] instanceof ArrayObject)) {
                throw PyError.raise("TypeError", "can only extend array with array (not \"" + name(x[0]) + "\")");
            }
            extend(a, x[0]);
            return a;
        }));
        def("__mul__", slot("__mul__", 1, (a, x, kw) -> repeat(a, x[0])));
        def("__rmul__", slot("__rmul__", 1, (a, x, kw) -> {
            if (integerOrNull(x[0]) == null && isSequence(x[0])) {
                // seq * array: CPython asks the left sequence to repeat itself by the array first
                throw PyError.raise("TypeError", "can't multiply sequence by non-int of type '" + a.typeName(rt.lang) + "'");
            }
            return repeat(a, x[0]);
        }));
        def("__imul__", slot("__imul__", 1, (a, x, kw) -> {
            ArrayObject r = (ArrayObject) repeat(a, x[0]);
            a.length = 0;
            a.addBytes(r.bytes(0, r.length));
            return a;
        }));
        def("__eq__", slot("__eq__", 1, (a, x, kw) -> compare(a, x[0], Comparison.EQ)));
        def("__ne__", slot("__ne__", 1, (a, x, kw) -> compare(a, x[0], Comparison.NE)));
        def("__lt__", slot("__lt__", 1, (a, x, kw) -> compare(a, x[0], Comparison.LT)));
        def("__le__", slot("__le__", 1, (a, x, kw) -> compare(a, x[0], Comparison.LE)));
        def("__gt__", slot("__gt__", 1, (a, x, kw) -> compare(a, x[0], Comparison.GT)));
        def("__ge__", slot("__ge__", 1, (a, x, kw) -> compare(a, x[0], Comparison.GE)));
        def("__copy__", (a, x, kw) -> {
            arity("__copy__", x, kw, 0, 0);
            return copy(a, 0, a.length);
        });
        def("__deepcopy__", (a, x, kw) -> {
            arity("__deepcopy__", x, kw, 1, 1);
            return copy(a, 0, a.length);
        });
        installMethods();
        installConversions();
    }

    private void installMethods() {
        def("append", (a, x, kw) -> {
            arity("append", x, kw, 1, 1);
            a.append(items.bits(a.code, x[0]));
            return PyNone.NONE;
        });
        def("extend", (a, x, kw) -> {
            arity("extend", x, kw, 1, 1);
            extend(a, x[0]);
            return PyNone.NONE;
        });
        def("insert", (a, x, kw) -> {
            arity("insert", x, kw, 2, 2);
            long i = clamp(index(x[0]), a.length);
            a.insert((int) i, items.bits(a.code, x[1]));
            return PyNone.NONE;
        });
        def("pop", (a, x, kw) -> {
            arity("pop", x, kw, 0, 1);
            long i = x.length == 0 ? -1 : index(x[0]);
            if (a.length == 0) {
                throw PyError.raise("IndexError", "pop from empty array");
            }
            if (i < 0) {
                i += a.length;
            }
            if (i < 0 || i >= a.length) {
                throw PyError.raise("IndexError", "pop index out of range");
            }
            PyObject v = items.item(a, (int) i);
            a.delete((int) i, (int) i + 1);
            return v;
        });
        def("remove", (a, x, kw) -> {
            arity("remove", x, kw, 1, 1);
            int i = find(a, x[0], 0, a.length);
            if (i < 0) {
                throw PyError.raise("ValueError", notIn("remove"));
            }
            a.delete(i, i + 1);
            return PyNone.NONE;
        });
        def("index", (a, x, kw) -> {
            arity("index", x, kw, 1, modern ? 3 : 1);
            long start = x.length > 1 ? clamp(index(x[1]), a.length) : 0;
            long stop = x.length > 2 ? clamp(index(x[2]), a.length) : a.length;
            int i = find(a, x[0], start, stop);
            if (i < 0) {
                throw PyError.raise("ValueError", notIn("index"));
            }
            return PyInt.of(i);
        });
        def("count", (a, x, kw) -> {
            arity("count", x, kw, 1, 1);
            int n = 0;
            for (int i = 0; i < a.length; i++) {
                if (Ops.eq(rt, items.item(a, i), x[0])) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        def("reverse", (a, x, kw) -> {
            arity("reverse", x, kw, 0, 0);
            for (int i = 0, j = a.length - 1; i < j; i++, j--) {
                long t = a.bits(i);
                a.put(i, a.bits(j));
                a.put(j, t);
            }
            return PyNone.NONE;
        });
        def("byteswap", (a, x, kw) -> {
            arity("byteswap", x, kw, 0, 0);
            byte[] b = swapped(a);
            System.arraycopy(b, 0, a.data, 0, b.length);
            return PyNone.NONE;
        });
        def("buffer_info", (a, x, kw) -> {
            arity("buffer_info", x, kw, 0, 0);
            return PyTuple.of(PyInt.of(org.pyvm.core.objects.Ids.address(a.data)), PyInt.of(a.length));
        });
        def("tolist", (a, x, kw) -> {
            arity("tolist", x, kw, 0, 0);
            return PyList.of(list(a));
        });
        def("fromlist", (a, x, kw) -> {
            arity("fromlist", x, kw, 1, 1);
            if (!(x[0] instanceof PyList l)) {
                throw PyError.raise("TypeError", "arg must be list");
            }
            List<Long> converted = new ArrayList<>();
            for (PyObject v : new ArrayList<>(l.items())) {
                converted.add(items.bits(a.code, v)); // all or nothing, as CPython restores the array on an error
            }
            for (long b : converted) {
                a.append(b);
            }
            return PyNone.NONE;
        });
    }

    private void installConversions() {
        String bytesNoun = py2 ? "string" : "bytes";
        Body toBytes = (a, x, kw) -> {
            arity(py2 ? "tostring" : "tobytes", x, kw, 0, 0);
            return PyBytes.of(a.bytes(0, a.length));
        };
        Body fromBytes = (a, x, kw) -> {
            arity(py2 ? "fromstring" : "frombytes", x, kw, 1, 1);
            byte[] b = py2 ? bytes27(x[0]) : bytes3(x[0]);
            fromBytes(a, b, bytesNoun);
            return PyNone.NONE;
        };
        if (py2 || rt.lang.minor() < 9) {
            def("tostring", toBytes); // 3.x kept them as deprecated aliases until 3.9
            def("fromstring", fromBytes);
        }
        if (!py2) {
            def("tobytes", toBytes);
            def("frombytes", fromBytes);
        }
        String unicodeOnly = py2 ? "type 'u' arrays" : "unicode type arrays";
        def("tounicode", (a, x, kw) -> {
            arity("tounicode", x, kw, 0, 0);
            if (a.code.code() != 'u') {
                throw PyError.raise("ValueError", "tounicode() may only be called on " + unicodeOnly);
            }
            return PyStr.of(toUnicode(a));
        });
        def("fromunicode", (a, x, kw) -> {
            arity("fromunicode", x, kw, 1, 1);
            if (!(x[0] instanceof PyStr s)) {
                throw PyError.raise("TypeError", py2 ? "fromunicode() argument 1 must be cannot convert raw buffers, not " + argumentName(x[0])
                        : "fromunicode() argument must be str, not " + argumentName(x[0]));
            }
            if (a.code.code() != 'u') {
                throw PyError.raise("ValueError", "fromunicode() may only be called on " + unicodeOnly);
            }
            fromUnicode(a, s.value());
            return PyNone.NONE;
        });
        def("tofile", (a, x, kw) -> {
            arity("tofile", x, kw, 1, 1);
            openFile27(x[0], "arg must be open file");
            byte[] b = a.bytes(0, a.length);
            int block = 64 * 1024;
            for (int at = 0; at < b.length; at += block) {
                Ops.call(rt, Ops.getattr(rt, x[0], "write"), PyBytes.of(java.util.Arrays.copyOfRange(b, at, Math.min(b.length, at + block))));
            }
            return PyNone.NONE;
        });
        def("fromfile", (a, x, kw) -> {
            arity("fromfile", x, kw, 2, 2);
            openFile27(x[0], "arg1 must be open file");
            long n = index(x[1]);
            if (n < 0) {
                throw PyError.raise("ValueError", "negative count");
            }
            if (n > (Integer.MAX_VALUE - 8) / a.itemSize()) {
                throw PyError.raiseArgs("MemoryError");
            }
            int want = (int) n * a.itemSize();
            PyObject got = Ops.call(rt, Ops.getattr(rt, x[0], "read"), PyInt.of(want));
            if (!(got instanceof PyBytes b)) {
                throw PyError.raise("TypeError", "read() didn't return bytes");
            }
            byte[] data = b.bytes();
            int whole = data.length - data.length % a.itemSize();
            a.addBytes(java.util.Arrays.copyOf(data, whole));
            if (data.length != want) {
                throw PyError.raise("EOFError", py2 ? "not enough items in file" : "read() didn't return enough bytes");
            }
            return PyNone.NONE;
        });
        if (py2) {
            def("__reduce__", (a, x, kw) -> PyTuple.of(a.type(), PyTuple.of(Strings.text(rt, String.valueOf(a.code.code())), PyList.of(list(a))),
                    instanceDict(a)));
        } else {
            def("__reduce_ex__", (a, x, kw) -> {
                arity("__reduce_ex__", x, kw, 1, 1);
                long protocol = index(x[0]);
                PyObject code = PyStr.of(String.valueOf(a.code.code()));
                if (protocol < 3) {
                    return PyTuple.of(a.type(), PyTuple.of(code, PyList.of(list(a))), instanceDict(a));
                }
                return PyTuple.of(reconstructor, PyTuple.of(a.type(), code,
                        PyInt.of(machineFormat(a.code)), PyBytes.of(a.bytes(0, a.length))), instanceDict(a));
            });
        }
    }

    /** A type's name as CPython's tp_name gives it in messages ({@code array.array} for ours). */
    private String name(PyObject o) {
        return o instanceof ArrayObject a ? a.typeName(rt.lang) : Ops.typeName(rt, o);
    }

    /** The type's name as an argument parser gives it ("None" for None: {@link Ops#argumentTypeName}). */
    private String argumentName(PyObject o) {
        return o == org.pyvm.core.objects.PyNone.NONE ? "None" : name(o);
    }

    private boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyBytes || o instanceof PyList || o instanceof PyTuple
                || rt.types.of(o).name(rt.lang).equals("bytearray");
    }

    /** 2.7's tofile/fromfile take only an open real file (PyFile_AsFile). */
    private void openFile27(PyObject f, String message) {
        if (py2 && (!rt.types.of(f).name(rt.lang).equals("file") || Ops.truth(rt, Ops.getattr(rt, f, "closed")))) {
            throw PyError.raise("TypeError", message);
        }
    }

    private PyObject instanceDict(ArrayObject a) {
        return a.type().builtin || a.dict.isEmpty() ? PyNone.NONE : a.exposeDict(rt.lang);
    }


    /**
     * The machine format code pickles carry (CPython's {@code enum machine_format_code}) for x86-64 items:
     * unsigned and signed 8/16/32/64-bit little-endian integers 0-13, IEEE float 14, double 16, UTF-32-LE 20.
     */
    private static int machineFormat(TypeCode t) {
        switch (t.kind()) {
            case REAL:
                return t.size() == 4 ? 14 : 16;
            case UNICODE:
                return 20;
            default:
                boolean signed = t.kind() == TypeCode.Kind.SIGNED;
                if (t.size() == 1) {
                    return signed ? 1 : 0;
                }
                return 2 + 4 * (Integer.numberOfTrailingZeros(t.size()) - 1) + (signed ? 2 : 0);
        }
    }

    /** {@code _array_reconstructor(cls, typecode, mformat_code, items)}, for formats of this machine. */
    private PyObject reconstruct(PyObject[] a, String[] kw) {
        if (a.length != 4 || (kw != null && kw.length > 0)) {
            throw PyError.raise("TypeError", "_array_reconstructor expected 4 arguments, got " + a.length);
        }
        if (!(a[0] instanceof PyType cls)) {
            throw PyError.raise("TypeError", "first argument must be a type object, not " + name(a[0]));
        }
        int c = typecodeArgument(a[1]);
        TypeCode code = TypeCode.find(table, c);
        if (code == null) {
            throw PyError.raise("ValueError", "second argument must be a valid type code");
        }
        long format = index(a[2]);
        if (!(a[3] instanceof PyBytes b)) {
            throw PyError.raise("TypeError", "fourth argument should be bytes, not " + name(a[3]));
        }
        if (format != machineFormat(code)) {
            throw PyError.raise("ValueError", "third argument must be a valid machine format code.");
        }
        PyObject r = Ops.call(rt, cls, PyStr.of(String.valueOf((char) c)));
        if (!(r instanceof ArrayObject arr)) {
            throw PyError.raise("TypeError", name(a[0]) + " is not a subtype of array.array");
        }
        fromBytes(arr, b.bytes(), "bytes");
        return arr;
    }

    private byte[] bytes27(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        if (bytesLike(o)) {
            return bytesOf(o);
        }
        throw PyError.raise("TypeError", "must be string or read-only buffer, not " + name(o));
    }

    private byte[] bytes3(PyObject o) {
        if (bytesLike(o)) {
            return bytesOf(o);
        }
        if (o instanceof ArrayObject a) {
            return a.bytes(0, a.length);
        }
        throw PyError.raise("TypeError", "a bytes-like object is required, not '" + name(o) + "'");
    }

    /** bytes, bytearray and memoryview (2.7: str, bytearray and buffer). */
    private boolean bytesLike(PyObject o) {
        if (o instanceof PyBytes) {
            return true;
        }
        String n = rt.types.of(o).name(rt.lang);
        return n.equals("bytearray") || n.equals("memoryview") || n.equals("buffer");
    }

    private byte[] bytesOf(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        return ((PyBytes) Ops.call(rt, rt.types.bytes, o)).bytes();
    }

}
