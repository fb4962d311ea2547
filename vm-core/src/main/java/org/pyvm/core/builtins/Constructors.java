package org.pyvm.core.builtins;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyComplex;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyFrozenSet;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyRange;
import org.pyvm.core.objects.PySet;
import org.pyvm.core.objects.PySlice;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;
import org.pyvm.spi.LanguageFeature;

/** Calling a builtin type: {@code int('7')}, {@code list(x)}, {@code type(x)}... */
final class Constructors {
    private Constructors() {
    }

    static void install(Runtime rt) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        rt.types.int_.withConstructor((t, a, kw) -> {
            Args args = new Args(rt, "int", a, kw);
            if (args.count() > 2) {
                throw PyError.raise("TypeError", "int() takes at most 2 arguments (" + args.count() + " given)");
            }
            return toInt(rt, intArgs(rt, args), false);
        });
        if (py2) {
            rt.types.long_.withConstructor((t, a, kw) -> toInt(rt, intArgs(rt, new Args(rt, "long", a, kw)), true));
        }
        // float(x=...) until 3.7 (deprecated in 3.7), positional only after
        rt.types.float_.withConstructor((t, a, kw) -> toFloat(rt, Level.modern(rt) ? new Args(rt, "float", a, kw).noKeywords().tuple(0, 1).get(0)
                : new Args(rt, "float", a, kw).check(0, 1, "x").get(0, "x")));
        // bool(x=...) until 3.7; no keywords after
        rt.types.bool.withConstructor((t, a, kw) -> {
            if (kw == null || kw.length == 0) {
                return PyBool.of(new Args(rt, "bool", a, kw).tuple(0, 1).count() > 0 && Ops.truth(rt, a[0]));
            }
            Args args = Level.since37(rt) ? new Args(rt, "bool", a, kw).noKeywords() : new Args(rt, "bool", a, kw).check(0, 1, "x");
            PyObject x = args.get(0, "x");
            return PyBool.of(x != null && Ops.truth(rt, x));
        });
        rt.types.method.withConstructor((t, a, kw) -> boundMethod(rt, a, kw));
        rt.types.str.withConstructor((t, a, kw) -> {
            Args args = new Args(rt, py2 ? "unicode" : "str", a, kw).check(0, 3, "object", "encoding", "errors");
            PyObject o = args.get(0, "object");
            if (o == null) {
                return PyStr.of("");
            }
            PyObject enc = args.get(1, "encoding");
            PyObject errors = args.get(2, "errors");
            if (!py2) {
                String[] names = {"encoding", "errors"};
                PyObject[] vals = {enc, errors};
                for (int k = 0; k < 2; k++) {
                    if (vals[k] != null && !(vals[k] instanceof PyStr)) {
                        throw PyError.raise("TypeError", "str() argument " + (Level.modern(rt) ? "'" + names[k] + "'" : String.valueOf(k + 2))
                                + " must be str, not " + Ops.argumentTypeName(rt, vals[k]));
                    }
                }
            }
            boolean subclass = o instanceof org.pyvm.core.objects.UserSubclass;
            if (py2 && o instanceof PyBytes && subclass && enc == null && errors == null) {
                // PyObject_Unicode of a str subclass's instance: its __unicode__, else its str() (its __str__) as ASCII
                PyObject own = ownUnicode(rt, o);
                return own != null ? own : PyStr.of(Strings.unicode27(rt, Ops.str27(rt, o)));
            }
            if (enc != null || errors != null || py2 && o instanceof PyBytes) {
                byte[] data = o instanceof PyBytes b ? b.bytes() : o instanceof ByteArray ba ? ba.bytes() : null;
                if (data == null) {
                    if (o instanceof PyStr) {
                        throw PyError.raise("TypeError", py2 ? "decoding Unicode is not supported" : "decoding str is not supported");
                    }
                    throw PyError.raise("TypeError", py2 ? "coercing to Unicode: need string or buffer, " + Ops.typeName(rt, o) + " found"
                            : "decoding to str: need a bytes-like object, " + Ops.typeName(rt, o) + " found");
                }
                return PyStr.of(Codecs.decode(rt, data, enc == null ? (py2 ? "ascii" : "utf-8") : Ops.str(rt, enc),
                        errors == null ? "strict" : Ops.str(rt, errors)));
            }
            if (o instanceof PyStr && !(o instanceof org.pyvm.core.objects.UserSubclass)) {
                return o;
            }
            PyObject own = py2 ? ownUnicode(rt, o) : null;
            if (own == null && py2 && o instanceof PyStr u) {
                return org.pyvm.core.objects.UserSubclass.plainOf(u); // a unicode subclass without __unicode__: its text, whatever its __str__ says
            }
            if (own == null && py2 && o instanceof org.pyvm.core.objects.PyBaseException e) {
                own = exceptionUnicode27(rt, e);
            }
            if (own == null && !py2 && o.getClass() == org.pyvm.core.objects.PyInt.class) {
                return PyStr.fresh(Ops.str(rt, o)); // long_to_decimal_string: str(5) is not the shared '5'
            }
            return own != null ? own : PyStr.of(Ops.str(rt, o)); // a subclass's instance: its __str__, or an exact copy
        });
        rt.types.bytes.withConstructor((t, a, kw) -> {
            if (py2) {
                if (a.length > 1) { // keywords count too: PyArg_ParseTupleAndKeywords "|O:str"
                    throw PyError.raise("TypeError", "str() takes at most 1 argument (" + a.length + " given)");
                }
                Args args = new Args(rt, "str", a, kw).check(0, 1, "object");
                a = args.get(0, "object") == null ? new PyObject[0] : new PyObject[] {args.get(0, "object")};
                if (a.length == 0) {
                    return PyBytes.of(new byte[0]);
                }
                if (a[0] instanceof PyStr u && !(a[0] instanceof org.pyvm.core.objects.UserSubclass)) {
                    return PyBytes.of(Codecs.encode(rt, u.value(), "ascii", "strict"));
                }
                if (a[0] instanceof PyBytes && !(a[0] instanceof org.pyvm.core.objects.UserSubclass)) {
                    return a[0];
                }
                PyObject s = Ops.str27(rt, a[0]); // a __str__ that returns unicode: encoded as ASCII
                return s instanceof PyStr u ? PyBytes.of(Codecs.encode(rt, u.value(), "ascii", "strict")) : s;
            }
            Args args = new Args(rt, "bytes", a, kw).check(0, 3, "source", "encoding", "errors");
            PyObject source = args.get(0, "source");
            PyObject encoding = args.get(1, "encoding");
            PyObject errors = args.get(2, "errors");
            if (source == null) {
                if (encoding != null || errors != null) {
                    throw PyError.raise("TypeError", encoding != null ? "encoding without a string argument" : "errors without a string argument");
                }
                return PyBytes.of(new byte[0]);
            }
            PyObject converted = encoding == null && errors == null ? ownBytes(rt, source) : null;
            if (converted != null) {
                return converted;
            }
            if (source instanceof PyStr str) {
                if (encoding == null) {
                    throw PyError.raise("TypeError", "string argument without an encoding");
                }
                return PyBytes.of(Codecs.encode(rt, str.value(), Ops.str(rt, encoding), errors == null ? "strict" : Ops.str(rt, errors)));
            }
            if (encoding != null || errors != null) {
                throw PyError.raise("TypeError", encoding != null ? "encoding without a string argument" : "errors without a string argument");
            }
            a = new PyObject[] {source};
            PyInt n = ByteArray.count(rt, a[0]);
            if (n != null) {
                PyBytes b = PyBytes.of(ByteArray.zeros(rt, n));
                rt.limits().hold(b, n.small);
                return b;
            }
            return a[0] instanceof PyBytes ? a[0] : PyBytes.of(bytesFromObject(rt, a[0]));
        });
        // module_init's format names it "module.__init__" before 3.7's clinic ("module.__init__() takes at most 2 arguments")
        rt.types.module.withConstructor((t, a, kw) -> module(rt, new Args(rt, Level.since37(rt) ? "module" : "module.__init__", a, kw)));
        rt.types.list.withConstructor((t, a, kw) -> {
            if (kw != null && kw.length > 0) {
                // list(sequence=...) until 3.7; no keywords after
                PyObject seq = sequenceKeyword(rt, "list", a, kw);
                return PyList.of(seq == null ? List.of() : Ops.toListSized(rt, seq));
            }
            return PyList.of(new Args(rt, "list", a, kw).tuple(0, 1).count() == 0 ? List.of() : Ops.toListSized(rt, a[0]));
        });
        // tuple(t) is t itself only for an exact tuple: a struct sequence (time.struct_time, sys.version_info) is copied
        rt.types.tuple.withConstructor((t, a, kw) -> {
            if (kw != null && kw.length > 0) {
                PyObject seq = sequenceKeyword(rt, "tuple", a, kw);
                return seq == null ? PyTuple.of() : PyTuple.of(Ops.toListSized(rt, seq).toArray(new PyObject[0]));
            }
            if (a.length > 1) { // 3.6 parses a keyword ("sequence"), 3.7+ takes one positional argument
                Args args = new Args(rt, "tuple", a, kw);
                if (Level.since37(rt)) {
                    args.positionalCount(0, 1);
                } else {
                    args.check(0, 1, "sequence");
                }
            }
            return a.length == 0 ? PyTuple.of()
                    : a[0] instanceof PyTuple tu && rt.types.of(tu) == rt.types.tuple ? tu
                    : PyTuple.of(Ops.toListSized(rt, a[0]).toArray(new PyObject[0]));
        });
        rt.types.dict.withConstructor((t, a, kw) -> dict(rt, new Args(rt, "dict", a, kw)));
        rt.types.set.withConstructor((t, a, kw) -> {
            setNoKeywords(rt, "set", kw);
            if (a.length > 1) {
                new Args(rt, "set", a, kw).positionalCount(0, 1);
            }
            PySet s = PySet.of(rt.lang, List.of());
            if (a.length > 0) {
                org.pyvm.core.runtime.Sets.update(rt, s.table(), a[0]);
            }
            return s;
        });
        // before 3.10 every empty frozenset() is one object (frozenset() is frozenset())
        PyFrozenSet emptyFrozenset = Level.py2(rt) || rt.lang.minor() < 10 ? PyFrozenSet.of(rt.lang, List.of()) : null;
        // the singletons' types: 3.x hands back the one object, 2.7 refuses (none_new; 2.7 has no tp_new)
        for (PyObject single : new PyObject[] {org.pyvm.core.objects.PyNone.NONE, org.pyvm.core.objects.PyEllipsis.ELLIPSIS,
            org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED}) {
            PyType st = rt.types.of(single);
            st.withConstructor((t, a, kw) -> {
                String name = st.name(rt.lang);
                if (Level.py2(rt)) {
                    throw PyError.raise("TypeError", "cannot create '" + name + "' instances");
                }
                if (a.length > 0) {
                    // ellipsis_new names its type EllipsisType, the others their own name
                    throw PyError.raise("TypeError", (name.equals("ellipsis") ? "EllipsisType" : name) + " takes no arguments");
                }
                return single;
            });
        }
        rt.types.frozenset.withConstructor((t, a, kw) -> {
            setNoKeywords(rt, "frozenset", kw);
            if (a.length > 1) {
                new Args(rt, "frozenset", a, kw).positionalCount(0, 1);
            }
            if (a.length > 0 && a[0].getClass() == PyFrozenSet.class) {
                return a[0]; // an exact frozenset is its own frozenset
            }
            PyFrozenSet s = PyFrozenSet.of(rt.lang, List.of());
            if (a.length > 0) {
                org.pyvm.core.runtime.Sets.update(rt, s.table(), a[0]);
            }
            return emptyFrozenset != null && s.size() == 0 ? emptyFrozenset : s;
        });
        rt.types.complex.withConstructor((t, a, kw) -> {
            if (a.length > 2) {
                new Args(rt, "complex", a, kw).check(0, 2, "real", "imag");
            }
            boolean text0 = a.length > 0 && (a[0] instanceof PyStr || a[0] instanceof PyBytes && Level.py2(rt));
            if (a.length == 2 && text0) {
                throw PyError.raise("TypeError", "complex() can't take second arg if first is a string");
            }
            if (a.length == 2 && (a[1] instanceof PyStr || a[1] instanceof PyBytes && Level.py2(rt))) {
                throw PyError.raise("TypeError", "complex() second arg can't be a string");
            }
            if (a.length == 1 && text0) {
                // a str's Unicode decimal digits read as ASCII ones (_PyUnicode_TransformDecimalAndSpaceToASCII), as float() does
                return parseComplex(rt, a[0] instanceof PyStr u ? asciiDigits(u.value()) : Ops.str(rt, a[0]));
            }
            for (int k = 0; k < a.length && k < 2; k++) {
                if (!complexOperand(rt, a[k])) {
                    throw PyError.raise("TypeError", Level.py2(rt) ? "complex() argument must be a string or a number"
                            : k == 0 ? "complex() first argument must be a string or a number, not '" + Ops.typeName(rt, a[k]) + "'"
                            : "complex() second argument must be a number, not '" + Ops.typeName(rt, a[k]) + "'");
                }
            }
            if (a.length == 1 && a[0] instanceof PyComplex c) {
                return c;
            }
            if (a.length > 0) {
                a = a.clone();
                a[0] = ownComplex(rt, a[0]);
            }
            // complex_new: the imaginary argument's value as it is (so a -0.0 keeps its sign), corrected by the
            // parts a complex argument brings
            boolean realIsComplex = a.length > 0 && a[0] instanceof PyComplex;
            double re = a.length > 0 ? (realIsComplex ? ((PyComplex) a[0]).real : toDouble(rt, a[0])) : 0;
            double realsImag = realIsComplex ? ((PyComplex) a[0]).imag : 0.0;
            double im;
            if (a.length > 1) {
                if (a[1] instanceof PyComplex c) {
                    re -= c.imag;
                    im = c.real;
                } else {
                    im = toDouble(rt, a[1]);
                }
                if (realIsComplex) {
                    im += realsImag;
                }
            } else {
                im = realsImag;
            }
            return PyComplex.of(re, im);
        });
        rt.types.slice.withConstructor((t, a, kw) -> {
            // slice_new: _PyArg_NoKeywords, then PyArg_UnpackTuple(args, "slice", 1, 3)
            Args args = new Args(rt, "slice", a, kw);
            if (args.hasKeywords()) {
                throw PyError.raise("TypeError", Level.modern(rt) ? "slice() takes no keyword arguments" : "slice() does not take keyword arguments");
            }
            if (a.length < 1 || a.length > 3) {
                throw PyError.raise("TypeError", "slice expected " + (a.length < 1 ? "at least " + args.arguments(1) : "at most " + args.arguments(3))
                        + ", got " + a.length);
            }
            return a.length == 1 ? new PySlice(PyNone.NONE, a[0], PyNone.NONE) : new PySlice(a[0], a[1], a.length > 2 ? a[2] : PyNone.NONE);
        });
        rt.types.range.withConstructor((t, a, kw) -> range(rt, new Args(rt, py2 ? "xrange" : "range", a, kw)));
        rt.types.type.withConstructor((t, a, kw) -> {
            if (t != rt.types.type) {
                return callMetaclass(rt, t, a, kw);
            }
            if (a.length == 1 && (kw == null || kw.length == 0)) {
                return rt.types.typeOf(a[0]);
            }
            int npos = a.length - (kw == null ? 0 : kw.length);
            if (npos == 1 && !Level.py2(rt) && rt.lang.minor() >= 10) {
                throw PyError.raise("TypeError", "type() takes no keyword arguments"); // 3.10's type_vectorcall
            }
            if (npos == 3 && a[1] instanceof org.pyvm.core.objects.PyTuple bases) {
                // type(name, bases, dict, **kw) is made by the most derived metaclass of the bases (enum's EnumType)
                PyObject meta = Metaclasses.winner(rt, rt.types.type, bases.items());
                if (meta != rt.types.type && meta instanceof PyType m) {
                    return callMetaclass(rt, m, a, kw);
                }
            }
            if (a.length == 3 && (kw == null || kw.length == 0)) {
                return ObjectMethods.newClass(rt, a[0], a[1], a[2]);
            }
            if (npos == 3 && !Level.py2(rt)) {
                // type(name, bases, ns, **kw): the keywords go to the parent's __init_subclass__, as a class statement's do
                return ObjectMethods.newClass(rt, a[0], a[1], a[2], kw, java.util.Arrays.copyOfRange(a, 3, a.length));
            }
            throw PyError.raise("TypeError", "type() takes 1 or 3 arguments");
        });
    }

    /**
     * The bytes of a bytes-like object or of an iterable of ints in range(256), as CPython's
     * PyBytes_FromObject makes them (for bytes(x) when x is no int or str, and int.from_bytes): a str, an
     * int or an object that is no iterable cannot be converted.
     */
    /**
     * 3.x bytes(x) of a value whose type has __bytes__ (bytes_new asks before anything else): what it returns, which
     * must be bytes; null when the type has none (an exact bytes needs no call).
     */
    private static PyObject ownBytes(Runtime rt, PyObject o) {
        if (o.getClass() == PyBytes.class) {
            return null;
        }
        PyObject method = rt.types.of(o).lookup("__bytes__");
        if (method == null) {
            return null;
        }
        PyObject r = Ops.call(rt, method, o);
        if (!(r instanceof PyBytes)) {
            throw PyError.raise("TypeError", "__bytes__ returned non-bytes (type " + Ops.typeName(rt, r) + ")");
        }
        return r;
    }

    static byte[] bytesFromObject(Runtime rt, PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes().clone();
        }
        if (o instanceof ByteArray ba) {
            return ba.bytes().clone();
        }
        if (o instanceof MemoryView m) {
            return m.contents();
        }
        if (o instanceof PyStr || o instanceof PyInt) {
            throw cannotConvertToBytes(rt, o);
        }
        List<PyObject> items;
        if (o instanceof org.pyvm.core.objects.PyList || o instanceof PyTuple) {
            items = Ops.toList(rt, o);
        } else {
            items = Ops.toList(rt, ByteArray.sourceIterator(rt, o, "bytes"));
        }
        byte[] b = new byte[items.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = ByteArray.byteValue3(rt, items.get(i), "bytes must be in range(0, 256)");
        }
        return b;
    }

    private static PyError cannotConvertToBytes(Runtime rt, PyObject o) {
        return PyError.raise("TypeError", "cannot convert '" + Ops.typeName(rt, o) + "' object to bytes");
    }

    /**
     * 2.7 unicode(x) of an object whose class has __unicode__: what it returns (a byte string decoded as ASCII);
     * null when it has none (str() then decides).
     */
    private static PyObject ownUnicode(Runtime rt, PyObject o) {
        PyType t = rt.types.of(o);
        PyObject method = t.builtin ? null : t.classic ? Ops.getattrOrNull(rt, o, "__unicode__")
                : t.lookup("__unicode__") != null ? Ops.getattr(rt, o, "__unicode__") : null;
        if (method == null) {
            return null;
        }
        PyObject r = Ops.call(rt, method);
        if (r instanceof PyStr) {
            return r;
        }
        if (r instanceof PyBytes b) {
            return PyStr.of(Codecs.decode(rt, b.bytes(), "ascii", "strict"));
        }
        throw PyError.raise("TypeError", "coercing to Unicode: need string or buffer, " + Ops.typeName(rt, r) + " found");
    }

    /**
     * 2.7's BaseException.__unicode__ where the exception's str is BaseException's own: unicode() of its one
     * argument (of its args tuple when more), so a unicode message needs no ASCII; EnvironmentError's text as its
     * tp_str made it; null for the others (KeyError, UnicodeError, SyntaxError and a class's own __str__), which
     * unicode() takes from str.
     */
    private static PyObject exceptionUnicode27(Runtime rt, org.pyvm.core.objects.PyBaseException e) {
        PyType base = rt.types.baseException;
        if (e.type().lookup("__str__") != base.dict.get("__str__")) {
            return null;
        }
        if (e.type().isSubtypeOf(rt.types.exceptions.get("EnvironmentError"))) {
            return PyStr.of(org.pyvm.core.runtime.Exceptions.text(rt, e, true)); // its tp_str's text, unicode as it came
        }
        for (String own : new String[] {"KeyError", "UnicodeError", "SyntaxError"}) {
            PyType t = rt.types.exceptions.get(own);
            if (t != null && e.type().isSubtypeOf(t)) {
                return null;
            }
        }
        PyObject[] args = e.args.items();
        return args.length == 0 ? PyStr.of("") : Ops.call(rt, rt.types.str, args.length == 1 ? args[0] : e.args);
    }

    /** What complex() takes besides text: a number, or an object with __complex__, __float__ or __index__ (nb_float, nb_index). */
    private static boolean complexOperand(Runtime rt, PyObject x) {
        if (x instanceof PyInt || x instanceof org.pyvm.core.objects.PyBool || x instanceof PyFloat || x instanceof PyComplex) {
            return true;
        }
        PyType t = rt.types.of(x);
        return t.lookup("__complex__") != null || t.lookup("__float__") != null || t.lookup("__index__") != null
                || Level.py2(rt) && (t.lookup("__int__") != null || t.lookup("__long__") != null || t.classic);
    }

    /** complex(x) of an object whose class has __complex__: what it returns, which must be a complex; else x. */
    private static PyObject ownComplex(Runtime rt, PyObject x) {
        if (x instanceof PyComplex || rt.types.of(x).builtin) {
            return x;
        }
        PyObject r = Ops.callMethod(rt, x, "__complex__");
        if (r == null) {
            if (!(x instanceof org.pyvm.core.objects.PyInstance) || rt.types.of(x).lookup("__float__") != null || rt.types.of(x).lookup("__index__") != null) {
                return x; // a number by its other conversions
            }
            throw PyError.raise("TypeError", Level.py2(rt) ? "complex() argument must be a string or a number"
                    : "complex() first argument must be a string or a number, not '" + Ops.typeName(rt, x) + "'");
        }
        if (r instanceof PyComplex || Level.py2(rt)) {
            return r; // 2.7 takes any number it returns as the value
        }
        throw PyError.raise("TypeError", Level.modern(rt) ? "__complex__ returned non-complex (type " + Ops.typeName(rt, r) + ")"
                : "__complex__ should return a complex object");
    }

    /** Calling a subclass of type (a metaclass): its __new__, then its __init__, as type_call does. */
    private static PyObject callMetaclass(Runtime rt, PyType meta, PyObject[] a, String[] kw) {
        PyObject newMethod = meta.lookup("__new__");
        PyObject[] all = new PyObject[a.length + 1];
        all[0] = meta;
        System.arraycopy(a, 0, all, 1, a.length);
        PyObject cls;
        if (newMethod != null && newMethod != rt.types.type.dict.get("__new__")) {
            PyObject fn = newMethod instanceof org.pyvm.core.objects.Descriptor d && !(newMethod instanceof org.pyvm.core.objects.PyCallable)
                    ? d.get(null, meta) : newMethod;
            cls = Ops.call(rt, fn, all, kw);
        } else {
            int npos = a.length - (kw == null ? 0 : kw.length);
            if (npos != 3) {
                throw PyError.raise("TypeError", "type() takes 1 or 3 arguments");
            }
            cls = ObjectMethods.newClassOf(rt, meta, a[0], a[1], a[2]);
            if (cls instanceof PyType made && (made.metatype() == null || meta.isSubtypeOf(made.metatype()))) {
                // type.__new__ on behalf of the metaclass: type(cls) is it (unless the bases' is more derived)
                made.setMetatype(meta);
            }
        }
        PyObject init = meta.lookup("__init__");
        if (init != null && cls instanceof PyType && !(init instanceof org.pyvm.core.objects.PyBuiltinFunction)
                && !(init instanceof org.pyvm.core.objects.PyMethodDescriptor)) {
            all[0] = cls;
            Ops.call(rt, init, all, kw);
        }
        return cls;
    }

    /** complex('1+2j'), complex('-3j'), complex('(2.5-1e3j)'), complex('4'). */
    private static PyObject parseComplex(Runtime rt, String text) {
        String s = text.strip();
        if (!Level.py2(rt) && s.indexOf('_') >= 0) {
            // 3.6+ (_Py_string_to_number_with_underscores): an underscore only between two digits, then none
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '_' && (i == 0 || i + 1 >= text.length() || !isAsciiDigit(text.charAt(i - 1))
                        || !isAsciiDigit(text.charAt(i + 1)))) {
                    throw PyError.raise("ValueError", "could not convert string to complex: " + Ops.repr(rt, PyStr.of(text)));
                }
            }
            s = s.replace("_", "");
        }
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        String number = "(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|inf|infinity|nan";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)([+-]?(?:" + number + "))?(?:([+-](?:" + number + ")?)j)?").matcher(s);
        java.util.regex.Matcher imagOnly = java.util.regex.Pattern.compile("(?i)([+-]?(?:" + number + ")?)j").matcher(s);
        double re = 0;
        double im = 0;
        if (imagOnly.matches()) {
            im = signed(imagOnly.group(1));
        } else if (m.matches() && m.group(1) != null) {
            re = Double.parseDouble(m.group(1).replaceAll("(?i)infinity|inf", "Infinity").replaceAll("(?i)nan", "NaN"));
            if (m.group(2) != null) {
                im = signed(m.group(2));
            }
        } else {
            throw PyError.raise("ValueError", "complex() arg is a malformed string");
        }
        return PyComplex.of(re, im);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static double signed(String part) {
        if (part.isEmpty() || part.equals("+")) {
            return 1;
        }
        if (part.equals("-")) {
            return -1;
        }
        return Double.parseDouble(part.replaceAll("(?i)infinity|inf", "Infinity").replaceAll("(?i)nan", "NaN"));
    }

    static PyRange range(Runtime rt, Args args) {
        if (args.hasKeywords() && !Level.modern(rt)) {
            throw PyError.raise("TypeError", (py2(rt) ? "xrange" : "range") + "() does not take keyword arguments"); // _PyArg_NoKeywords
        }
        if (py2(rt) && (args.positionalCount() < 1 || args.positionalCount() > 3)) {
            throw PyError.raise("TypeError", "xrange() requires 1-3 int arguments"); // 2.7's own PyArg_ParseTuple message
        }
        if (!py2(rt) && !Level.modern(rt) && args.positionalCount() == 0 && !args.hasKeywords()) {
            // 3.6 range_new: with at most one argument PyArg_UnpackTuple(args, "range", 1, 1, ...)
            throw PyError.raise("TypeError", "range expected 1 arguments, got 0");
        }
        args.check(1, 3);
        if (!py2(rt)) {
            for (int k = 0; k < args.count(); k++) {
                if (args.get(k) instanceof PyInt i && i.big != null) {
                    return bigRange(rt, args); // a bound beyond a long: 3.x ranges take any int
                }
            }
        }
        long start = 0;
        long stop;
        long step = 1;
        if (args.count() == 1) {
            stop = bound(rt, args.get(0));
        } else {
            start = bound(rt, args.get(0));
            stop = bound(rt, args.get(1));
            if (args.count() == 3) {
                step = bound(rt, args.get(2));
            }
        }
        if (step == 0) {
            throw PyError.raise("ValueError", rt.lang.has(LanguageFeature.STR_IS_BYTES) ? "xrange() arg 3 must not be zero"
                    : "range() arg 3 must not be zero");
        }
        PyRange r = new PyRange(start, stop, step);
        long n = r.unsignedLength();
        if (Long.compareUnsigned(n, 1L << 62) >= 0) {
            // more items than a long's arithmetic counts safely: 2.7's xrange refuses past LONG_MAX, 3.x counts them exactly
            if (py2(rt)) {
                if (n < 0) { // 2**63 or more
                    throw PyError.raise("OverflowError", "xrange() result has too many items");
                }
                return r;
            }
            return new PyRange(java.math.BigInteger.valueOf(start), java.math.BigInteger.valueOf(stop), java.math.BigInteger.valueOf(step));
        }
        return r;
    }

    /** A bound of range(): 2.7's xrange parses a C long ("l"), 3.x takes an index. */
    private static long bound(Runtime rt, PyObject o) {
        if (!py2(rt) || o instanceof PyBool || o instanceof PyInt i && i.big == null) {
            return index(rt, o);
        }
        if (o instanceof PyFloat) {
            throw PyError.raise("TypeError", "integer argument expected, got float");
        }
        if (o instanceof PyInt) {
            throw PyError.raise("OverflowError", "Python int too large to convert to C long");
        }
        PyObject n = o instanceof org.pyvm.core.objects.PyInstance ? Ops.callMethod(rt, o, "__int__") : null;
        if (n instanceof PyInt || n instanceof PyBool) {
            return bound(rt, n);
        }
        throw PyError.raise("TypeError", "an integer is required");
    }

    private static boolean py2(Runtime rt) {
        return rt.lang.has(LanguageFeature.STR_IS_BYTES);
    }

    private static PyRange bigRange(Runtime rt, Args args) {
        java.math.BigInteger[] v = new java.math.BigInteger[args.count()];
        for (int k = 0; k < v.length; k++) {
            PyObject o = args.get(k);
            v[k] = o instanceof PyInt i ? i.toBigInteger() : java.math.BigInteger.valueOf(index(rt, o));
        }
        java.math.BigInteger start = v.length == 1 ? java.math.BigInteger.ZERO : v[0];
        java.math.BigInteger stop = v.length == 1 ? v[0] : v[1];
        java.math.BigInteger step = v.length == 3 ? v[2] : java.math.BigInteger.ONE;
        if (step.signum() == 0) {
            throw PyError.raise("ValueError", "range() arg 3 must not be zero");
        }
        return new PyRange(start, stop, step);
    }

    private static long index(Runtime rt, PyObject o) {
        if (o instanceof PyInt i && i.big == null) {
            return i.small;
        }
        if (o instanceof PyBool b) {
            return b.value ? 1 : 0;
        }
        if (o instanceof PyFloat) {
            if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
                throw PyError.raise("TypeError", "range() integer end argument expected, got float.");
            }
            throw PyError.raise("TypeError", "'float' object cannot be interpreted as an integer");
        }
        if (o instanceof PyInt) {
            throw PyError.raise("OverflowError", "Python int too large to convert to C ssize_t");
        }
        if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            throw PyError.raise("TypeError", "range() integer end argument expected, got " + Ops.typeName(rt, o) + ".");
        }
        if (o instanceof org.pyvm.core.objects.PyInstance) {
            PyObject i = Ops.callMethod(rt, o, "__index__"); // 3.x range() takes any object with __index__
            if (i != null) {
                return index(rt, Ops.indexResult(rt, i));
            }
        }
        throw PyError.raise("TypeError", "'" + Ops.typeName(rt, o) + "' object cannot be interpreted as an integer");
    }

    /** int(x, base): x may be named until 3.7 made it positional-only (2.7 and 3.6 int_new's kwlist {"x", "base"}). */
    private static Args intArgs(Runtime rt, Args args) {
        return Level.since37(rt) ? args.check(0, 2, "base") : args.check(0, 2, "x", "base");
    }

    /**
     * list() or tuple() called with keywords: before 3.7 PyArg_ParseTupleAndKeywords with one keyword, "sequence"
     * (the iterable, or null); from 3.7 no keywords at all.
     */
    private static PyObject sequenceKeyword(Runtime rt, String name, PyObject[] a, String[] kw) {
        Args args = new Args(rt, name, a, kw);
        if (Level.since37(rt)) {
            args.noKeywords();
        }
        return args.check(0, 1, "sequence").get(0, "sequence");
    }

    /** set() and frozenset() refuse keywords, in each version's words. */
    private static void setNoKeywords(Runtime rt, String name, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", name + (Level.since37(rt) ? "() takes no keyword arguments" : "() does not take keyword arguments"));
        }
    }

    /**
     * int()'s base: 2.7 parses it as a C int ("i": a float or a str is a TypeError), 3.x with PyNumber_AsSsize_t
     * (PyNumber_Index's TypeError; too large for a word is out of range, -1 here).
     */
    private static long baseOf(Runtime rt, PyObject base) {
        if (Level.py2(rt)) {
            return Args.cInt(rt, base);
        }
        PyInt i = Ops.exactIndex(rt, base);
        return i.big == null ? i.small : -1;
    }

    static PyObject toInt(Runtime rt, Args args, boolean asLong) {
        PyObject x = args.get(0, "x");
        if (x instanceof ByteArray ba) {
            x = PyBytes.of(ba.bytes()); // its text, as bytes'
        }
        PyObject base = args.get(1, "base");
        PyObject r;
        if (x == null && base != null) {
            throw PyError.raise("TypeError", (asLong ? "long" : "int") + "() missing string argument");
        } else if (x == null) {
            r = PyInt.of(0);
        } else if (base != null) {
            long b = baseOf(rt, base);
            if (b != 0 && (b < 2 || b > 36)) {
                throw PyError.raise("ValueError", (asLong ? "long" : "int") + "() base must be >= 2 and <= 36, or 0"); // 2.7's long() names itself
            }
            if (x instanceof ByteArray ba) {
                x = PyBytes.of(ba.bytes()); // a bytearray's digits count as a byte string's
            }
            if (!(x instanceof PyStr || x instanceof PyBytes)) {
                throw PyError.raise("TypeError", (asLong ? "long" : "int") + "() can't convert non-string with explicit base");
            }
            r = parseInt(rt, numberText(rt, x), (int) b, asLong ? "long" : "int", x);
        } else if (x instanceof PyInt i) {
            // 2.7 int(5L) is an int again when the value fits
            r = i.isLong && !asLong && i.big == null ? PyInt.of(i.small) : x;
        } else if (x instanceof PyBool b) {
            r = PyInt.of(b.value ? 1 : 0);
        } else if (x instanceof PyFloat f) {
            if (Double.isNaN(f.value)) {
                throw PyError.raise("ValueError", "cannot convert float NaN to integer");
            }
            if (Double.isInfinite(f.value)) {
                throw PyError.raise("OverflowError", "cannot convert float infinity to integer");
            }
            BigInteger v = org.pyvm.core.objects.ExactDecimal.truncated(f.value);
            r = rt.lang.has(LanguageFeature.INT_AND_LONG) && v.bitLength() >= 64 ? PyInt.longOf(v) : PyInt.of(v);
        } else if (x instanceof PyStr || x instanceof PyBytes) {
            r = parseInt(rt, numberText(rt, x), 10, asLong ? "long" : "int", x);
        } else {
            // 2.7's long() asks nb_long (__long__) where int() asks nb_int (a classic instance falls back to __int__)
            boolean viaLong = asLong && Level.py2(rt);
            PyObject v = Ops.callMethod(rt, x, viaLong ? "__long__" : "__int__");
            if (v == null && viaLong && x instanceof org.pyvm.core.objects.PyInstance i && i.type().classic) {
                v = Ops.callMethod(rt, x, "__int__"); // instance_long: __int__ when the class has no __long__
            }
            String via = viaLong ? "__long__" : "__int__";
            if (v == null && !Level.py2(rt) && rt.lang.minor() >= 8) {
                v = Ops.callMethod(rt, x, "__index__"); // PyNumber_Long tries nb_index from 3.8
                via = "__index__";
            }
            if (v == null) {
                if (Level.modern(rt) && rt.types.of(x).lookup("__trunc__") != null) {
                    org.pyvm.core.runtime.Warn.warn(rt, "DeprecationWarning", "The delegation of int() to __trunc__ is deprecated."); // 3.11
                }
                // Fraction and Decimal-like numbers have only this; 2.7's instance_int calls it as its last resort
                v = org.pyvm.core.runtime.ClassicNumbers.callSlot(rt, x, "__trunc__");
                via = "__trunc__";
                if (v != null && !(v instanceof PyInt || v instanceof org.pyvm.core.objects.PyBool)) {
                    PyObject i = Ops.callMethod(rt, v, "__index__");
                    if (!(i instanceof PyInt)) {
                        throw PyError.raise("TypeError", "__trunc__ returned non-Integral (type " + Ops.typeName(rt, v) + ")");
                    }
                    v = i;
                }
            } else if (!(v instanceof PyInt || v instanceof org.pyvm.core.objects.PyBool)) {
                throw PyError.raise("TypeError", via + " returned non-int (type " + Ops.typeName(rt, v) + ")");
            } else if (!Level.py2(rt)) {
                // PyNumber_Long: an int subclass's instance (a bool) is warned about and copied as a plain int
                Ops.warnStrictSubclass(rt, via, v, "int");
                v = Ops.exactIndex(rt, v);
            }
            if (v == null) {
                throw PyError.raise("TypeError", (Level.py2(rt) ? (asLong ? "long" : "int") + "() argument must be a string or a number, not '"
                        : Level.modern(rt) ? "int() argument must be a string, a bytes-like object or a real number, not '"
                        : "int() argument must be a string, a bytes-like object or a number, not '") + Ops.typeName(rt, x) + "'");
            }
            r = v;
        }
        if (asLong && r instanceof PyInt i && !i.isLong) {
            return PyInt.longOf(i.big != null ? i.big : BigInteger.valueOf(i.small));
        }
        return r;
    }

    static PyObject parseInt(Runtime rt, String text, int base) {
        return parseInt(rt, text, base, "int", null);
    }

    /** Without leading and trailing whitespace as str.isspace counts it (the no-break space included, which Java's strip keeps). */
    private static String strip(String s, boolean ascii) {
        int start = 0;
        int end = s.length();
        while (start < end && space(s.charAt(start), ascii)) {
            start++;
        }
        while (end > start && space(s.charAt(end - 1), ascii)) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean space(char c, boolean ascii) {
        // str's text: non-ASCII white space counts as a blank (_PyUnicode_TransformDecimalAndSpaceToASCII), ASCII only C's
        // isspace set, not \x1c-\x1f, which str.isspace() counts but int('1\x1c') refuses
        return ascii || c < 128 ? c == ' ' || c >= '\t' && c <= '\r' : StrMethods.space(c);
    }

    /** 3.6+ numeric literals: an underscore only between two digits ('1_000.5', not '1_.5' or '_1'). */
    private static boolean underscoresBetweenDigits(String s) {
        for (int i = s.indexOf('_'); i >= 0; i = s.indexOf('_', i + 1)) {
            if (i == 0 || i == s.length() - 1 || !Character.isDigit(s.charAt(i - 1)) || !Character.isDigit(s.charAt(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** Any Unicode decimal digit (𝟏, ١) as its ASCII digit, as CPython reads numbers from text. */
    private static String asciiDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                StringBuilder sb = new StringBuilder(text.length());
                text.codePoints().forEach(c -> sb.appendCodePoint(
                        c >= 0x80 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? '0' + Character.digit(c, 10) : c));
                return sb.toString();
            }
        }
        return text;
    }

    /**
     * The text int(), long() and float() read from {@code x}: its characters (bytes as Latin-1), or 2.7's unicode
     * through PyUnicode_EncodeDecimal: a space becomes ' ', a decimal digit of any script its ASCII digit, a character
     * below 256 stays, and any other is a UnicodeEncodeError ("'decimal' codec can't encode character u'\u200b' in
     * position 1: invalid decimal Unicode string"), which except ValueError catches.
     */
    private static String numberText(Runtime rt, PyObject x) {
        if (!(x instanceof PyStr u) || !Level.py2(rt)) {
            return literal(rt, x);
        }
        int[] cps = u.value().codePoints().toArray();
        StringBuilder sb = new StringBuilder(cps.length);
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (StrMethods.space(c)) {
                sb.append(' ');
            } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(c, 10)));
            } else if (c > 0 && c < 256) {
                sb.append((char) c);
            } else {
                throw PyError.raiseArgs("UnicodeEncodeError", Strings.text(rt, "decimal"), PyStr.ofCodePoints(cps, cps.length),
                        PyInt.of(i), PyInt.of(i + 1), Strings.text(rt, "invalid decimal Unicode string"));
            }
        }
        return sb.toString();
    }

    /** The characters of a str or bytes literal given to int() (bytes as Latin-1, not their repr). */
    private static String literal(Runtime rt, PyObject x) {
        return x instanceof PyBytes b ? Strings.latin1(b.bytes()) : Ops.str(rt, x);
    }

    /** {@code source} is what the program passed, shown in the error as CPython shows it (3.x bytes as b'...'). */
    static PyObject parseInt(Runtime rt, String text, int base, String fname, PyObject source) {
        // text: Unicode digits and spaces count; a byte string only its ASCII ones
        boolean bytes = source instanceof PyBytes || source instanceof ByteArray || source == null && Level.py2(rt);
        String s = bytes ? strip(text, true) : strip(asciiDigits(text), false);
        String digits = s;
        boolean neg = false;
        if (digits.startsWith("-") || digits.startsWith("+")) {
            neg = digits.startsWith("-");
            digits = digits.substring(1);
            if (Level.py2(rt)) {
                digits = digits.replaceFirst("^[ \t\n\u000b\f\r]+", ""); // 2.7's strtol skips blanks after the sign: int('- 5')
            }
        }
        int b = base;
        String lower = digits.toLowerCase();
        int unprefixed = digits.length();
        if ((b == 16 || b == 0) && lower.startsWith("0x")) {
            digits = digits.substring(2);
            b = 16;
        } else if ((b == 8 || b == 0) && lower.startsWith("0o")) {
            digits = digits.substring(2);
            b = 8;
        } else if ((b == 2 || b == 0) && lower.startsWith("0b")) {
            digits = digits.substring(2);
            b = 2;
        }
        boolean badUnderscores = false;
        if (!Level.py2(rt) && digits.indexOf('_') >= 0) {
            // 3.6+: one underscore between digits, or right after a base prefix ('0x_1f'); never after the sign,
            // inside the prefix ('0_x1f'), doubled or at the end
            boolean prefixed = digits.length() != unprefixed;
            badUnderscores = digits.startsWith("_") && !prefixed || digits.endsWith("_") || digits.contains("__");
            digits = digits.replace("_", "");
        }
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        boolean badZeros = false;
        if (b == 0) {
            // base 0 reads a literal as source code does: 2.7 takes a leading 0 for octal, 3.x refuses it
            // unless every digit is 0
            boolean leadingZero = digits.length() > 1 && digits.charAt(0) == '0';
            badZeros = leadingZero && !py2 && !digits.chars().allMatch(c -> c == '0');
            b = leadingZero && py2 ? 8 : 10;
        }
        boolean long27 = py2 && fname.equals("long");
        if (long27 && (digits.endsWith("l") || digits.endsWith("L")) && b <= 21) {
            // long('7L') only: int('7L') is an error in 2.7 too; from base 22 on, L is a digit
            digits = digits.substring(0, digits.length() - 1);
        }
        checkDigitCount(rt, digits, b);
        PyObject value = digits.isEmpty() || badZeros || badUnderscores ? null : digitsValue(rt, digits, b, neg);
        if (value == null) {
            // 2.7's int() shows the literal from its first non-blank character, its long() and 3.x what they were given
            String shown = py2 ? Ops.repr(rt, Strings.text(rt, long27 ? text : text.stripLeading()))
                    : source instanceof PyBytes ? Ops.repr(rt, source) : Ops.repr(rt, PyStr.of(text));
            if (py2 && !long27 && text.stripLeading().length() > 200) {
                shown = Ops.repr(rt, Strings.text(rt, text.stripLeading().substring(0, 200))); // the repr of 200 characters
            } else if (!py2 && shown.codePointCount(0, shown.length()) > 200) {
                shown = shown.substring(0, shown.offsetByCodePoints(0, 200)); // %.200R: the repr cut at 200
            }
            // long() names the base it read in (10 for base 0 without a prefix), int() the one it was given
            throw PyError.raise("ValueError", "invalid literal for " + fname + "() with base " + (long27 ? b : base) + ": " + shown);
        }
        return value;
    }

    /**
     * 3.11 refuses to read more than sys.get_int_max_str_digits() digits in a base that is no power of two, counting
     * the digits it reads before anything else is checked (so before a bad character further on).
     */
    private static void checkDigitCount(Runtime rt, String digits, int b) {
        int limit = rt.intMaxStrDigits();
        if (!rt.lang.has(LanguageFeature.INT_MAX_STR_DIGITS) || Integer.bitCount(b) == 1 || limit == 0 || digits.length() <= limit) {
            return;
        }
        int n = 0;
        while (n < digits.length() && Character.digit(digits.charAt(n), b) >= 0) {
            n++;
        }
        if (n > limit) {
            throw PyError.raise("ValueError", "Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                    + n + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    /**
     * The int that {@code digits} (no sign, no prefix) spell in base {@code b}, or null when one of them is not a
     * digit of that base (a second sign included). Checked here rather than by catching Java's
     * NumberFormatException, whose stack trace made every failing int('x') cost microseconds; what counts as a
     * digit is Character.digit's, as for BigInteger.
     */
    private static PyObject digitsValue(Runtime rt, String digits, int b, boolean neg) {
        long small = 0;
        boolean fits = true;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), b);
            if (d < 0) {
                return null;
            }
            if (fits && small <= (Long.MAX_VALUE - d) / b) {
                small = small * b + d;
            } else {
                fits = false;
            }
        }
        if (fits) {
            return PyInt.of(neg ? -small : small);
        }
        BigInteger v = new BigInteger(digits, b);
        if (neg) {
            v = v.negate();
        }
        return rt.lang.has(LanguageFeature.INT_AND_LONG) && v.bitLength() >= 64 ? PyInt.longOf(v) : PyInt.of(v);
    }

    static PyObject toFloat(Runtime rt, PyObject x) {
        if (x == null) {
            return PyFloat.of(0.0);
        }
        if (x instanceof ByteArray ba) {
            x = PyBytes.of(ba.bytes()); // its text, as bytes'
        }
        if (x instanceof PyFloat) {
            return x;
        }
        if (x instanceof PyStr || x instanceof PyBytes) {
            String s = x instanceof PyStr ? strip(asciiDigits(numberText(rt, x)), false) : strip(literal(rt, x), true);
            if (!Level.py2(rt) && underscoresBetweenDigits(s)) {
                s = s.replace("_", "");
            }
            String l = s.toLowerCase();
            switch (l) {
                case "inf":
                case "+inf":
                case "infinity":
                case "+infinity":
                    return PyFloat.of(Double.POSITIVE_INFINITY);
                case "-inf":
                case "-infinity":
                    return PyFloat.of(Double.NEGATIVE_INFINITY);
                case "nan":
                case "+nan":
                case "-nan":
                    return PyFloat.of(Double.NaN);
                default:
                    break;
            }
            try {
                if (s.isEmpty() || !s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                    throw new NumberFormatException();
                }
                return PyFloat.of(Double.parseDouble(s));
            } catch (NumberFormatException e) {
                if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
                    // 2.7 tells a number followed by junk ('1.2.3', '1e') from text that is no number at all
                    boolean numberFirst = java.util.regex.Pattern.compile("^[+-]?(\\d+\\.?\\d*|\\.\\d+|(?i)inf|nan)").matcher(s).find();
                    // its message shows the text from the first non-blank character on, at most 200 of them
                    String shown = numberText(rt, x).stripLeading();
                    throw PyError.raise("ValueError", (numberFirst ? "invalid literal for float(): " : "could not convert string to float: ")
                            + shown.substring(0, Math.min(200, shown.length())));
                }
                if (!Level.modern(rt) && s.isEmpty()) {
                    throw PyError.raise("ValueError", "could not convert string to float: ");
                }
                throw PyError.raise("ValueError", "could not convert string to float: " + Ops.repr(rt, x));
            }
        }
        return PyFloat.of(toDouble(rt, x));
    }

    static double toDouble(Runtime rt, PyObject x) {
        if (x instanceof PyFloat f) {
            return f.value;
        }
        if (x instanceof PyInt i) {
            double d = i.big != null ? i.big.doubleValue() : i.small;
            if (Double.isInfinite(d)) {
                throw PyError.raise("OverflowError", Level.py2(rt) ? "long int too large to convert to float" : "int too large to convert to float");
            }
            return d;
        }
        if (x instanceof PyBool b) {
            return b.value ? 1 : 0;
        }
        PyObject v = org.pyvm.core.runtime.ClassicNumbers.callSlot(rt, x, "__float__"); // 2.7's instance_float too
        if (v instanceof PyFloat f) {
            if (!Level.py2(rt)) {
                Ops.warnStrictSubclass(rt, Ops.typeName(rt, x) + ".__float__", v, "float");
            }
            return f.value;
        }
        if (v != null) {
            throw PyError.raise("TypeError", (Level.py2(rt) ? "" : Ops.typeName(rt, x) + ".") + "__float__ returned non-float (type "
                    + Ops.typeName(rt, v) + ")");
        }
        if (Level.since38(rt) && rt.types.of(x).lookup("__index__") != null) {
            return toDouble(rt, Ops.numberIndex(rt, x)); // 3.8's PyNumber_Float falls back to __index__
        }
        if (Level.py2(rt)) {
            throw PyError.raise("TypeError", "float() argument must be a string or a number");
        }
        throw PyError.raise("TypeError", (Level.modern(rt) ? "float() argument must be a string or a real number, not '"
                : "float() argument must be a string or a number, not '") + Ops.typeName(rt, x) + "'");
    }

    static PyDict dict(Runtime rt, Args args) {
        args.positionalCount(0, 1);
        PyDict d = PyDict.of(rt.lang, List.of());
        if (args.get(0) != null) {
            DictMethods.merge(rt, d, args.get(0), "dict");
        }
        args.putKeywords(rt, d);
        return d;
    }


    /**
     * {@code types.ModuleType(name, doc=None)}: an empty module, its dict holding what CPython's module_init
     * puts there (__name__ and __doc__; from 3.4 also __package__, __loader__ and __spec__), printed without
     * "(built-in)" in 3.x, where that comes from a loader it does not have.
     */
    private static PyObject module(Runtime rt, Args args) {
        args.check(0, 2, "name", "doc");
        PyObject name = args.get(0, "name");
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        if (name == null) {
            throw PyError.raise("TypeError", Level.modern(rt) ? "module() missing required argument 'name' (pos 1)"
                    : "Required argument 'name' (pos 1) not found");
        }
        if (!(name instanceof PyStr) && !(py2 && name instanceof PyBytes)) {
            throw PyError.raise("TypeError", (Level.modern(rt) ? "module() argument 'name'" : "module.__init__() argument 1")
                    + " must be " + (py2 ? "string" : "str") + ", not " + Ops.typeName(rt, name));
        }
        PyObject doc = args.get(1, "doc");
        PyDict d = PyDict.of(rt.lang, List.of());
        d.put(rt.name("__name__"), name);
        d.put(rt.name("__doc__"), doc == null ? PyNone.NONE : doc);
        if (!py2) {
            d.put(rt.name("__package__"), PyNone.NONE);
            d.put(rt.name("__loader__"), PyNone.NONE);
            d.put(rt.name("__spec__"), PyNone.NONE);
        }
        PyModule m = new PyModule(Ops.str(rt, name), d);
        m.madeByCall = !py2;
        return m;
    }

    /** {@code types.MethodType(function, instance)}; 2.7's {@code instancemethod(function, instance[, class])}. */
    private static PyObject boundMethod(Runtime rt, PyObject[] a, String[] kw) {
        boolean py2 = Level.py2(rt);
        String name = py2 ? "instancemethod" : "method";
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", name + "() takes no keyword arguments");
        }
        if (py2 ? a.length < 2 || a.length > 3 : a.length != 2) {
            throw PyError.raise("TypeError", name + " expected " + (py2 ? (a.length < 2 ? "at least 2" : "at most 3") : "2")
                    + " arguments, got " + a.length);
        }
        if (!(a[0] instanceof org.pyvm.core.objects.PyCallable || rt.types.of(a[0]).lookup("__call__") != null)) {
            throw PyError.raise("TypeError", "first argument must be callable");
        }
        if (a[1] == PyNone.NONE) {
            if (py2 && a.length == 3 && a[2] instanceof org.pyvm.core.objects.PyType owner) {
                return new org.pyvm.core.objects.PyUnboundMethod(a[0], owner, rt.lang);
            }
            // 3.11 words it "instance" (the release of exception groups)
            throw PyError.raise("TypeError", py2 ? "unbound methods must have non-NULL im_class"
                    : rt.lang.has(org.pyvm.spi.LanguageFeature.EXCEPTION_GROUPS) ? "instance must not be None" : "self must not be None");
        }
        return new org.pyvm.core.objects.PyBoundMethod(a[0], a[1]);
    }
}
