package org.pyvm.core.modules.io;

import java.util.function.Function;
import org.pyvm.core.host.HostFiles;
import org.pyvm.core.objects.Descriptor;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyCallable;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;
import org.pyvm.spi.LanguageFeature;

/**
 * One VM's {@code _io}: its types (made once, when the module is first imported or {@code open()} is
 * first called) and the helpers its classes share: argument values, errors as the version words them,
 * and the descriptors ({@code __new__}, {@code __init__}, getset properties) that let programs'
 * classes derive from these types as they do in CPython.
 */
public final class Io {
    public static final int DEFAULT_BUFFER_SIZE = 8192;
    final Runtime rt;
    final boolean py2;
    final PyType iobase;
    final PyType rawiobase;
    final PyType bufferediobase;
    final PyType textiobase;
    final PyType fileio;
    final PyType bytesio;
    final PyType stringio;
    final PyType bufferedReader;
    final PyType bufferedWriter;
    final PyType bufferedRandom;
    final PyType textiowrapper;
    final PyType unsupported;

    Io(Runtime rt) {
        this.rt = rt;
        this.py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        iobase = type("_IOBase", rt.types.object);
        rawiobase = type("_RawIOBase", iobase);
        bufferediobase = type("_BufferedIOBase", iobase);
        textiobase = type("_TextIOBase", iobase);
        fileio = type("FileIO", rawiobase);
        bytesio = type("BytesIO", bufferediobase);
        stringio = type("StringIO", textiobase);
        bufferedReader = type("BufferedReader", bufferediobase);
        bufferedWriter = type("BufferedWriter", bufferediobase);
        bufferedRandom = type("BufferedRandom", bufferediobase);
        textiowrapper = type("TextIOWrapper", textiobase);
        PyType os = rt.types.exceptions.get(py2 ? "IOError" : "OSError");
        unsupported = PyType.userClass("UnsupportedOperation", py2 ? new PyType[] {rt.types.exceptions.get("ValueError"), os}
                : new PyType[] {os, rt.types.exceptions.get("ValueError")}, false).withInstanceProtocol(rt.instances);
        unsupported.dict.put("__module__", Strings.text(rt, "io"));
        IoBaseMethods.install(this);
        FileIO.install(this);
        BytesIO.install(this);
        StringIO.install(this);
        Buffered.install(this);
        TextIOWrapper.install(this);
    }

    private PyType type(String name, PyType base) {
        PyType t = PyType.builtin(name, null, base);
        t.dict.put("__module__", Strings.text(rt, "_io"));
        t.withConstructor(rt.types.object.constructor());
        return t;
    }

    /** The VM's one {@code Io}, made on first use and kept as a hidden attribute of the builtin {@code open}. */
    public static Io of(Runtime rt) {
        return IoModule.io(rt);
    }

    HostFiles files() {
        return rt.files;
    }

    // ---------------------------------------------------------------- type plumbing

    /** Sets how {@code cls(...)} makes and fills instances: {@code __new__} allocates, {@code __init__} fills. */
    void construct(PyType t, Function<PyType, PyObject> alloc, Init init) {
        t.dict.put("__new__", new NewSlot(alloc));
        if (init != null) {
            t.dict.put("__init__", new InitSlot(this, t, init));
        }
    }

    @FunctionalInterface
    interface Init {
        void init(PyObject self, PyObject[] args, String[] kwnames);
    }

    @FunctionalInterface
    interface Method<T> {
        PyObject call(T self, PyObject[] args, String[] kwnames);
    }

    /** A method of {@code t} whose body needs a Java object of class {@code cls}. */
    <T> void def(PyType t, Class<T> cls, String name, Method<T> body) {
        t.dict.put(name, new PyMethodDescriptor(name, t, (self, a, kw) -> body.call(as(t, cls, name, self), a, kw)));
    }

    <T> T as(PyType t, Class<T> cls, String name, PyObject self) {
        if (!cls.isInstance(self)) {
            throw PyError.raise("TypeError", "descriptor '" + name + "' requires a '" + qualified(t) + "' object but received a '"
                    + Ops.typeName(rt, self) + "'");
        }
        return cls.cast(self);
    }

    String qualified(PyType t) {
        return "_io." + t.name(rt.lang);
    }

    /** A read-only (or, with a setter, writable) attribute computed from the object. */
    <T> void property(PyType t, Class<T> cls, String name, Function<T, PyObject> get) {
        t.dict.put(name, new Property(this, t, name, self -> get.apply(as(t, cls, name, self))));
    }

    /** {@code __new__}: an empty instance of the class asked for; the arguments are {@code __init__}'s. */
    static final class NewSlot extends PyObject implements PyCallable, Descriptor {
        private final Function<PyType, PyObject> alloc;

        NewSlot(Function<PyType, PyObject> alloc) {
            this.alloc = alloc;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            if (args.length == 0 || !(args[0] instanceof PyType cls)) {
                throw PyError.raise("TypeError", "__new__(X): X is not a type object");
            }
            return alloc.apply(cls);
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            return this;
        }

        @Override
        public String typeName(Language lang) {
            return "builtin_function_or_method";
        }

        @Override
        public String repr(Language lang) {
            return "<built-in method __new__>";
        }
    }

    /** {@code __init__}: called by the class's construction, or by a subclass's {@code super().__init__(...)}. */
    static final class InitSlot extends PyObject implements PyCallable, Descriptor {
        private final Io io;
        private final PyType owner;
        private final Init init;

        InitSlot(Io io, PyType owner, Init init) {
            this.io = io;
            this.owner = owner;
            this.init = init;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            if (args.length == 0) {
                throw PyError.raise("TypeError", "descriptor '__init__' of '" + io.qualified(owner) + "' object needs an argument");
            }
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            init.init(args[0], rest, kwnames);
            return PyNone.NONE;
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            if (obj == null) {
                return this;
            }
            return PyBuiltinFunction.method("__init__", obj, owner.name(io.rt.lang), (a, kw) -> {
                init.init(obj, a, kw);
                return PyNone.NONE;
            });
        }

        @Override
        public String typeName(Language lang) {
            return "wrapper_descriptor";
        }

        @Override
        public String repr(Language lang) {
            return "<slot wrapper '__init__' of '" + owner.name(lang) + "' objects>";
        }
    }

    /** A getset descriptor: computed on read, refused on write as CPython refuses it. */
    static final class Property extends PyObject implements org.pyvm.core.runtime.Ops.DataDescriptor {
        private final Io io;
        private final PyType owner;
        private final String name;
        private final Function<PyObject, PyObject> get;

        Property(Io io, PyType owner, String name, Function<PyObject, PyObject> get) {
            this.io = io;
            this.owner = owner;
            this.name = name;
            this.get = get;
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            return obj == null ? this : get.apply(obj);
        }

        @Override
        public void set(PyObject obj, PyObject value) {
            throw PyError.raise("AttributeError", "attribute '" + name + "' of '" + io.qualified(owner) + "' objects is not writable");
        }

        @Override
        public String typeName(Language lang) {
            return "getset_descriptor";
        }

        @Override
        public String repr(Language lang) {
            return "<attribute '" + name + "' of '" + io.qualified(owner) + "' objects>";
        }
    }

    // ---------------------------------------------------------------- values

    /** The instance dict as __getstate__ gives it: None while empty. */
    static PyObject stateDict(Io io, IoObject o) {
        return o.dict.isEmpty() ? PyNone.NONE : o.exposeDict(io.rt.lang);
    }

    /** __setstate__'s one argument, a tuple of {@code n} items, or CPython's TypeError. */
    static PyObject[] state(Io io, PyType t, PyObject[] a, int n) {
        if (a.length != 1 || !(a[0] instanceof org.pyvm.core.objects.PyTuple st) || st.size() < n) {
            throw PyError.raise("TypeError", io.qualified(t) + ".__setstate__ argument should be " + n + "-tuple, got "
                    + (a.length == 1 ? Ops.typeName(io.rt, a[0]) : "nothing"));
        }
        return st.items();
    }

    /** A position from a state tuple: a non-negative int. */
    static long statePosition(Io io, PyObject p) {
        if (!(p instanceof org.pyvm.core.objects.PyInt i)) {
            throw PyError.raise("TypeError", "third item of state must be an integer, got " + Ops.typeName(io.rt, p));
        }
        if (i.big != null || i.small < 0) {
            throw PyError.raise("ValueError", "position value cannot be negative");
        }
        return i.small;
    }

    /** A state tuple's dict merged into the instance's, as __setstate__ does with a dict there (None: nothing). */
    static void restoreDict(Io io, IoObject o, PyObject d) {
        if (d instanceof org.pyvm.core.objects.PyDict dict) {
            for (PyObject k : dict.keys()) {
                o.dict.put(Ops.str(io.rt, k), dict.get(k));
            }
        } else if (d != PyNone.NONE) {
            throw PyError.raise("TypeError", "fourth item of state should be a dict, got a " + Ops.typeName(io.rt, d));
        }
    }

    PyObject text(String s) {
        return PyStr.of(s);
    }

    /** A native str for this level (2.7 byte string, 3.x str): names, modes, encodings as attributes show them. */
    PyObject nativeStr(String s) {
        return Strings.text(rt, s);
    }

    static PyObject bool(boolean b) {
        return b ? PyBool.TRUE : PyBool.FALSE;
    }

    static PyObject integer(long n) {
        return PyInt.of(n);
    }

    /** A count or an offset a method answers: 2.7's io gives them as long (PyLong_FromSsize_t, PyLong_FromOff_t). */
    PyObject size(long n) {
        return py2 ? PyInt.longOf(java.math.BigInteger.valueOf(n)) : PyInt.of(n);
    }

    /** An argument that must be an integer (or None when {@code noneAs} is given). */
    long integer(PyObject o, long noneAs, String what) {
        if (o == null) {
            return noneAs;
        }
        if (o == PyNone.NONE && noneAs != Long.MIN_VALUE) {
            return noneAs;
        }
        if (o instanceof PyInt i && i.big == null) {
            return i.small;
        }
        if (o instanceof PyBool b) {
            return b.value ? 1 : 0;
        }
        PyObject idx = o instanceof org.pyvm.core.objects.PyFloat ? null : Ops.callMethod(rt, o, "__index__");
        if (idx instanceof PyInt i && i.big == null) {
            return i.small;
        }
        if (o instanceof PyInt) {
            throw PyError.raise("OverflowError", "Python int too large to convert to C ssize_t");
        }
        // 3.7 gave the optional sizes one converter (_Py_convert_optional_to_ssize_t) with its own words
        boolean older = py2 || rt.lang.minor() < 7;
        throw PyError.raise("TypeError", what != null ? what
                : (older ? "integer argument expected, got '" : "argument should be integer or None, not '") + Ops.typeName(rt, o) + "'");
    }

    /** A seek position: an index (PyNumber_AsSsize_t), None not allowed. */
    long offset(PyObject o) {
        return integer(o, Long.MIN_VALUE, "'" + Ops.typeName(rt, o) + "' object cannot be interpreted as an " + (py2 ? "index" : "integer"));
    }

    /** Bytes from a bytes-like argument (bytes, bytearray, memoryview; 2.7 also str's buffer). */
    byte[] bytesLike(PyObject o, String what) {
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        if (!(o instanceof PyStr)) {
            PyType t = rt.types.of(o);
            String n = t.name(rt.lang);
            if (n.equals("bytearray") || n.equals("memoryview") || n.equals("array") || n.equals("buffer")) {
                PyObject b = Ops.call(rt, rt.types.bytes, o);
                if (b instanceof PyBytes bb) {
                    return bb.bytes();
                }
            }
        }
        throw PyError.raise("TypeError", what != null ? what : py2 ? "'" + Ops.typeName(rt, o) + "' does not have the buffer interface"
                : "a bytes-like object is required, not '" + Ops.typeName(rt, o) + "'");
    }

    /**
     * The data argument of a write: 2.7's buffered and raw files parse it as "s*", which takes unicode
     * too (encoded by the default encoding, ASCII) and names the function when it fails; 3.x a bytes-like object.
     */
    byte[] writeData(PyObject o) {
        if (!py2) {
            return bytesLike(o, null);
        }
        if (o instanceof PyStr) {
            return bytesLike(Ops.callMethod(rt, o, "encode", nativeStr("ascii")), null);
        }
        return bytesLike(o, "write() argument 1 must be string or buffer, not " + (o == PyNone.NONE ? "None" : Ops.typeName(rt, o)));
    }

    /** Copies {@code data} into the start of a writable buffer (bytearray, memoryview, array) item by item. */
    void fill(PyObject target, byte[] data) {
        for (int i = 0; i < data.length; i++) {
            Ops.setitem(rt, target, PyInt.of(i), PyInt.of(data[i] & 0xff));
        }
    }

    String string(PyObject o) {
        return Ops.str(rt, o);
    }

    // ---------------------------------------------------------------- errors

    PyError closed() {
        return PyError.raise("ValueError", "I/O operation on closed file" + (py2 ? "" : "."));
    }

    /** FileIO's own (what a buffered file's tell, fileno and isatty reach through it): no period, in every version. */
    PyError closedRaw() {
        return PyError.raise("ValueError", "I/O operation on closed file");
    }

    /** IOBase's _checkClosed (readlines, iteration): with the period, 2.7's too. */
    PyError closedBase() {
        return PyError.raise("ValueError", "I/O operation on closed file.");
    }

    /** A buffered file's CHECK_CLOSED, naming the operation: "read of closed file", "write to closed file". */
    PyError closedFor(String operation) {
        return PyError.raise("ValueError", operation.equals("write") ? "write to closed file" : operation + " of closed file");
    }

    PyError unsupported(String message) {
        return PyError.of(Ops.call(rt, unsupported, nativeStr(message)));
    }

    /**
     * The OSError for a failed host operation: 3.x the errno's subclass (FileNotFoundError...), 2.7 the
     * given type (IOError for files, OSError for os functions); the filename shown when there is one.
     */
    PyError oserror(HostFiles.Failure f, PyObject filename, boolean io27) {
        return oserror(rt, f, filename, io27);
    }

    static PyError oserror(Runtime rt, HostFiles.Failure f, PyObject filename, boolean io27) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        PyType type = rt.types.exceptions.get(py2 ? (io27 ? "IOError" : "OSError") : "OSError");
        PyObject errno = PyInt.of(f.errno);
        PyObject msg = Strings.text(rt, HostFiles.strerror(f.errno));
        PyObject e = filename == null ? Ops.call(rt, type, errno, msg) : Ops.call(rt, type, errno, msg, filename);
        return PyError.of(e);
    }
}
