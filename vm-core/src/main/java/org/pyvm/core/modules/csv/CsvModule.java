package org.pyvm.core.modules.csv;

import java.math.BigInteger;
import java.util.List;
import org.pyvm.core.modules.Getter;
import org.pyvm.core.objects.CustomAttributes;
import org.pyvm.core.objects.Language;
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
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * {@code _csv} (Modules/_csv.c), under each version's own {@code csv.py}: the {@code Dialect} type and its
 * validation, the dialect registry, {@code field_size_limit}, and the reader ({@link CsvReader}: CPython's
 * character state machine) and writer ({@link CsvWriter}). 2.7 reads and writes byte strings; each
 * version keeps its own messages ("line contains NUL" / "line contains NULL byte"; 3.11 lets NUL through),
 * argument checks and attribute types (3.11's Dialect flags are bools, 2.7's line_num a long).
 */
public final class CsvModule {
    static final int QUOTE_MINIMAL = 0;
    static final int QUOTE_ALL = 1;
    static final int QUOTE_NONNUMERIC = 2;
    static final int QUOTE_NONE = 3;
    /** A character setting that is not set (CPython 3.11's NOT_SET; 0 before). */
    static final int NOT_SET = -1;

    final Runtime rt;
    final boolean py2;
    final boolean v311;
    final PyType error;
    final PyType dialectType;
    final PyType readerType;
    final PyType writerType;
    final PyDict dialects;
    long fieldLimit = 128 * 1024;

    private CsvModule(Runtime rt) {
        this.rt = rt;
        this.py2 = rt.lang.major() == 2;
        this.v311 = !py2 && rt.lang.minor() >= 11;
        PyDict ns = PyDict.of(rt.lang, List.of());
        ns.put(rt.name("__module__"), Strings.text(rt, "_csv"));
        this.error = (PyType) Ops.call(rt, rt.types.type, Strings.text(rt, "Error"), PyTuple.of(rt.types.exceptions.get("Exception")), ns);
        this.dialectType = type("Dialect");
        this.readerType = uncreatable(type("reader"));
        this.writerType = uncreatable(type("writer"));
        this.dialects = PyDict.of(rt.lang, List.of());
    }

    private PyType type(String name) {
        PyType t = PyType.builtin(name, null, rt.types.object);
        t.dict.put("__module__", PyStr.of("_csv"));
        return t;
    }

    /** A type made only by the module's functions: calling it is CPython's "cannot create" TypeError. */
    static PyType uncreatable(PyType t) {
        t.withoutSubclasses();
        return t.withConstructor((type, a, kw) -> {
            throw PyError.raise("TypeError", "cannot create '_csv." + t.name(null) + "' instances");
        });
    }

    public static PyModule create(Runtime rt) {
        return new CsvModule(rt).build();
    }

    private PyModule build() {
        PyModule m = new PyModule("_csv", PyDict.of(rt.lang, List.of()));
        put(m, "__name__", Strings.text(rt, "_csv"));
        put(m, "__doc__", Strings.text(rt, "CSV parsing and writing.\n"));
        put(m, "__package__", py2 ? PyNone.NONE : Strings.text(rt, ""));
        put(m, "__version__", Strings.text(rt, "1.0"));
        put(m, "QUOTE_MINIMAL", PyInt.of(QUOTE_MINIMAL));
        put(m, "QUOTE_ALL", PyInt.of(QUOTE_ALL));
        put(m, "QUOTE_NONNUMERIC", PyInt.of(QUOTE_NONNUMERIC));
        put(m, "QUOTE_NONE", PyInt.of(QUOTE_NONE));
        put(m, "Error", error);
        put(m, "Dialect", dialectType);
        put(m, "_dialects", dialects);
        if (v311) {
            put(m, "Reader", readerType);
            put(m, "Writer", writerType);
        }
        installDialect();
        CsvReader.install(this);
        CsvWriter.install(this);
        def(m, "reader", (a, kw) -> {
            PyObject[] r = unpack("", a, kw, 1, 2);
            PyObject it;
            if (py2 || !v311) {
                try {
                    it = Ops.iter(rt, r[0]);
                } catch (PyError e) {
                    throw PyError.raise("TypeError", "argument 1 must be an iterator");
                }
            } else {
                it = Ops.iter(rt, r[0]);
            }
            Dialect d = callDialect(r[1], a, kw);
            return new CsvReader(this, it, d);
        });
        def(m, "writer", (a, kw) -> {
            PyObject[] r = unpack("", a, kw, 1, 2);
            PyObject write = Ops.getattrOrNull(rt, r[0], "write");
            if (write == null || !callable(write)) {
                throw PyError.raise("TypeError", "argument 1 must have a \"write\" method");
            }
            Dialect d = callDialect(r[1], a, kw);
            return new CsvWriter(this, write, d);
        });
        def(m, "list_dialects", (a, kw) -> {
            noKeywords("list_dialects", kw);
            if (a.length != 0) {
                throw PyError.raise("TypeError", "list_dialects() takes no arguments (" + a.length + " given)");
            }
            return PyList.of(new java.util.ArrayList<>(dialects.keys()));
        });
        def(m, "register_dialect", (a, kw) -> {
            PyObject[] r = unpack("", a, kw, 1, 2);
            if (!isText(r[0])) {
                throw PyError.raise("TypeError", py2 ? "dialect name must be a string or unicode" : "dialect name must be a string");
            }
            Dialect d = callDialect(r[1], a, kw);
            dialects.put(r[0], d);
            return PyNone.NONE;
        });
        def(m, "unregister_dialect", (a, kw) -> {
            PyObject name = one("unregister_dialect", a, kw);
            if (dialects.get(name) == null) {
                throw error("unknown dialect");
            }
            dialects.remove(name);
            return PyNone.NONE;
        });
        def(m, "get_dialect", (a, kw) -> fromRegistry(one("get_dialect", a, kw)));
        def(m, "field_size_limit", (a, kw) -> {
            noKeywords("field_size_limit", kw);
            if (a.length > 1) {
                throw PyError.raise("TypeError", v311 ? "field_size_limit() takes at most 1 argument (" + a.length + " given)"
                        : "field_size_limit expected at most 1 arguments, got " + a.length);
            }
            long old = fieldLimit;
            if (a.length == 1) {
                if (!(a[0] instanceof PyInt n) || a[0] instanceof PyBool) {
                    throw PyError.raise("TypeError", "limit must be an integer");
                }
                BigInteger v = n.toBigInteger();
                if (v.bitLength() >= 64) {
                    throw PyError.raise("OverflowError", "Python int too large to convert to C long");
                }
                fieldLimit = v.longValue();
            }
            return PyInt.of(old);
        });
        return m;
    }

    private void put(PyModule m, String name, PyObject v) {
        m.dict.put(rt.name(name), v);
    }

    private void def(PyModule m, String name, org.pyvm.core.objects.PyCallable impl) {
        put(m, name, new PyBuiltinFunction(name, impl));
    }

    // ------------------------------------------------------------------ helpers

    PyError error(String message) {
        return PyError.of(Ops.call(rt, error, Strings.text(rt, message)));
    }

    boolean callable(PyObject o) {
        return o instanceof org.pyvm.core.objects.PyCallable || rt.types.of(o).lookup("__call__") != null;
    }

    /** A native string: 2.7 str (or unicode, accepted where CPython 2.7 takes "string or unicode"), 3.x str. */
    boolean isText(PyObject o) {
        return py2 ? o instanceof PyBytes || o instanceof PyStr : o instanceof PyStr;
    }

    /** The characters of a native string, as code points (2.7: the bytes). */
    String chars(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        return Strings.latin1(((PyBytes) o).bytes());
    }

    /** A native string result. */
    PyObject text(String s) {
        return py2 ? PyBytes.of(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : PyStr.of(s);
    }

    void noKeywords(String name, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", name + "() takes no keyword arguments");
        }
    }

    /** PyArg_UnpackTuple(args, name, min, max): the positional arguments only (keywords go to the dialect). */
    PyObject[] unpack(String name, PyObject[] a, String[] kw, int min, int max) {
        int n = a.length - (kw == null ? 0 : kw.length);
        if (n < min || n > max) {
            int k = n < min ? min : max;
            throw PyError.raise("TypeError", name + " expected " + (min == max ? "" : n < min ? "at least " : "at most ") + k + " argument"
                    + (k == 1 && v311 ? "" : "s") + ", got " + n);
        }
        PyObject[] r = new PyObject[max];
        System.arraycopy(a, 0, r, 0, n);
        return r;
    }

    /** A METH_O function's one argument. */
    PyObject one(String name, PyObject[] a, String[] kw) {
        noKeywords(name, kw);
        if (a.length != 1) {
            if (!py2 && rt.lang.minor() >= 7) {
                throw PyError.raise("TypeError", name + "() takes exactly one argument (" + a.length + " given)");
            }
            throw PyError.raise("TypeError", name + "() takes exactly one argument (" + a.length + " given)");
        }
        return a[0];
    }

    Dialect fromRegistry(PyObject name) {
        PyObject d = isHashable(name) ? dialects.get(name) : null;
        if (d == null) {
            if (!isHashable(name)) {
                Ops.hash(rt, name); // the TypeError of an unhashable name
            }
            throw error("unknown dialect");
        }
        return (Dialect) d;
    }

    private boolean isHashable(PyObject o) {
        try {
            Ops.hash(rt, o);
            return true;
        } catch (PyError e) {
            return false;
        }
    }

    /** _call_dialect: the Dialect type called with the given dialect (if any) and the call's keywords. */
    Dialect callDialect(PyObject dialect, PyObject[] a, String[] kw) {
        int nk = kw == null ? 0 : kw.length;
        PyObject[] args = new PyObject[(dialect == null ? 0 : 1) + nk];
        int at = 0;
        if (dialect != null) {
            args[at++] = dialect;
        }
        System.arraycopy(a, a.length - nk, args, at, nk);
        return (Dialect) newDialect(dialectType, args, kw);
    }

    // ------------------------------------------------------------------ Dialect

    static final String[] DIALECT_KWS = {"dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
        "skipinitialspace", "strict"};

    /** An instance of {@code _csv.Dialect}: the validated settings. */
    static final class Dialect extends PyInstance implements CustomAttributes {
        int delimiter;
        int quotechar;
        int escapechar;
        String lineterminator;
        int quoting;
        boolean doublequote;
        boolean skipinitialspace;
        boolean strict;
        private final boolean py2;

        Dialect(PyType type, boolean py2) {
            super(type);
            this.py2 = py2;
        }

        @Override
        public String typeName(Language lang) {
            return type().builtin ? "_csv." + type().name(lang) : type().name(lang);
        }

        @Override
        public PyObject attribute(String name) {
            return null;
        }

        @Override
        public boolean setAttribute(String name, PyObject value) {
            if (type().lookup(name) instanceof Getter) {
                if (py2) {
                    throw PyError.raise("TypeError", "readonly attribute");
                }
                throw PyError.raise("AttributeError", "attribute '" + name + "' of '_csv.Dialect' objects is not writable");
            }
            return false;
        }
    }

    private void installDialect() {
        dialectType.withConstructor((type, a, kw) -> newDialect(type, a, kw));
        getter(dialectType, "delimiter", d -> charOrNone(d.delimiter));
        getter(dialectType, "quotechar", d -> charOrNone(d.quotechar));
        getter(dialectType, "escapechar", d -> charOrNone(d.escapechar));
        getter(dialectType, "lineterminator", d -> text(d.lineterminator));
        getter(dialectType, "quoting", d -> PyInt.of(d.quoting));
        getter(dialectType, "doublequote", d -> flag(d.doublequote));
        getter(dialectType, "skipinitialspace", d -> flag(d.skipinitialspace));
        getter(dialectType, "strict", d -> flag(d.strict));
    }

    private PyObject flag(boolean b) {
        return v311 ? PyBool.of(b) : PyInt.of(b ? 1 : 0);
    }

    private PyObject charOrNone(int c) {
        return c == NOT_SET ? PyNone.NONE : text(new String(Character.toChars(c)));
    }

    private void getter(PyType t, String name, java.util.function.Function<Dialect, PyObject> f) {
        t.dict.put(name, new Getter(o -> f.apply((Dialect) o)));
    }

    private PyObject newDialect(PyType type, PyObject[] a, String[] kw) {
        int n = a.length - (kw == null ? 0 : kw.length);
        PyObject[] v = new PyObject[DIALECT_KWS.length];
        if (n > v.length) {
            throw PyError.raise("TypeError", "function takes at most " + v.length + " arguments (" + n + " given)");
        }
        System.arraycopy(a, 0, v, 0, n);
        for (int k = 0; kw != null && k < kw.length; k++) {
            int at = java.util.Arrays.asList(DIALECT_KWS).indexOf(kw[k]);
            if (at < 0) {
                throw PyError.raise("TypeError", "'" + kw[k] + "' is an invalid keyword argument for this function");
            }
            if (v[at] != null) {
                throw PyError.raise("TypeError", "Argument given by name ('" + kw[k] + "') and position (" + (at + 1) + ")");
            }
            v[at] = a[n + k];
        }
        PyObject dialect = v[0];
        if (dialect != null) {
            if (isText(dialect)) {
                dialect = fromRegistry(dialect);
            }
            boolean none = true;
            for (int i = 1; i < v.length; i++) {
                none &= v[i] == null;
            }
            if (none && dialect instanceof Dialect) {
                return dialect;
            }
            for (int i = 1; i < v.length; i++) {
                if (v[i] == null) {
                    try {
                        v[i] = Ops.getattrOrNull(rt, dialect, DIALECT_KWS[i]);
                    } catch (PyError e) {
                        v[i] = null; // PyErr_Clear
                    }
                }
            }
        }
        Dialect d = new Dialect(type, py2);
        PyObject quotechar = v[5];
        PyObject quoting = v[6];
        d.delimiter = setChar("delimiter", v[1], ',', false);
        d.doublequote = v[2] == null || Ops.truth(rt, v[2]);
        d.escapechar = setChar("escapechar", v[3], NOT_SET, true);
        if (v[4] == null) {
            d.lineterminator = "\r\n";
        } else if (v[4] == PyNone.NONE) {
            d.lineterminator = null;
        } else if (!isText(v[4]) || py2 && v[4] instanceof PyStr) {
            throw PyError.raise("TypeError", "\"lineterminator\" must be a string");
        } else {
            d.lineterminator = chars(v[4]);
        }
        d.quotechar = setChar("quotechar", quotechar, '"', true);
        if (quoting == null) {
            d.quoting = QUOTE_MINIMAL;
        } else {
            boolean isInt = py2 ? quoting instanceof PyInt && !((PyInt) quoting).isLong || quoting instanceof PyBool
                    : quoting instanceof PyInt && !(quoting instanceof PyBool) && rt.types.of(quoting) == rt.types.of(PyInt.of(0));
            if (!isInt) {
                throw PyError.raise("TypeError", "\"quoting\" must be an integer");
            }
            BigInteger q = quoting instanceof PyBool b ? (b.value ? BigInteger.ONE : BigInteger.ZERO) : ((PyInt) quoting).toBigInteger();
            if (q.bitLength() >= 32) {
                throw PyError.raise("OverflowError", "Python int too large to convert to C int");
            }
            d.quoting = q.intValue();
        }
        d.skipinitialspace = v[7] != null && Ops.truth(rt, v[7]);
        d.strict = v[8] != null && Ops.truth(rt, v[8]);
        if (d.quoting < 0 || d.quoting > 3) {
            throw PyError.raise("TypeError", "bad \"quoting\" value");
        }
        if (d.delimiter == NOT_SET) {
            throw PyError.raise("TypeError", "\"delimiter\" must be " + (py2 ? "an" : "a") + " 1-character string");
        }
        if (quotechar == PyNone.NONE && quoting == null) {
            d.quoting = QUOTE_NONE;
        }
        if (d.quoting != QUOTE_NONE && d.quotechar == NOT_SET) {
            throw PyError.raise("TypeError", "quotechar must be set if quoting enabled");
        }
        if (d.lineterminator == null) {
            throw PyError.raise("TypeError", "lineterminator must be set");
        }
        return d;
    }

    /** _set_char (3.11: also _set_char_or_none for quotechar and escapechar). */
    private int setChar(String name, PyObject src, int dflt, boolean orNone) {
        if (src == null) {
            return dflt;
        }
        if (src == PyNone.NONE && (!v311 || orNone)) {
            return NOT_SET;
        }
        if (!isText(src) || py2 && src instanceof PyStr) {
            throw PyError.raise("TypeError", "\"" + name + "\" must be string" + (v311 && orNone ? " or None" : "") + ", not "
                    + Ops.typeName(rt, src));
        }
        String s = chars(src);
        int len = s.codePointCount(0, s.length());
        if (len > 1 || v311 && len != 1) {
            throw PyError.raise("TypeError", "\"" + name + "\" must be " + (py2 ? "an" : "a") + " 1-character string");
        }
        return len == 0 ? NOT_SET : s.codePointAt(0);
    }


    /** The TypeError of a method descriptor called on another type's object (3.10+ methods: "doesn't apply to"). */
    static String descriptorMessage(Runtime rt, String name, String tpName, PyObject o) {
        if (rt.lang.major() == 3 && rt.lang.minor() >= 10 && !name.startsWith("__")) { // slot wrappers keep the old words
            return "descriptor '" + name + "' for '" + tpName + "' objects doesn't apply to a '" + Ops.typeName(rt, o) + "' object";
        }
        return "descriptor '" + name + "' requires a '" + tpName + "' object but received a '" + Ops.typeName(rt, o) + "'";
    }

    /** Puts method {@code name} into the type's dict; any other self is CPython's descriptor TypeError. */
    void method(PyType t, String name, Class<?> self, PyMethodDescriptor.Body body) {
        t.dict.put(name, new PyMethodDescriptor(name, t, (o, a, kw) -> {
            if (!self.isInstance(o)) {
                throw PyError.raise("TypeError", descriptorMessage(rt, name, "_csv." + t.name(null), o));
            }
            return body.call(o, a, kw);
        }));
    }
}
