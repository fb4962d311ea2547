package org.pyvm.core.modules;

import java.math.BigInteger;
import java.util.List;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * What the Java-written C modules share: reading arguments, bytes-like values and integers as CPython's
 * argument parsers do, module-level exception classes, and builtin types that programs may subclass.
 */
final class ModuleSupport {
    private ModuleSupport() {
    }

    /** A method body of a Java type whose instances are {@code T}. */
    @FunctionalInterface
    interface Body<T> {
        PyObject call(T self, PyObject[] args, String[] kw);
    }

    /** Puts method {@code name} into the type's dict. */
    @SuppressWarnings("unchecked")
    static <T> void method(PyType t, String name, Class<T> self, Body<T> body) {
        t.dict.put(name, new PyMethodDescriptor(name, t, (o, a, kw) -> {
            if (!self.isInstance(o)) {
                throw PyError.raise("TypeError", "descriptor '" + name + "' requires a '" + t.name(null) + "' object but received a '"
                        + o.typeName(null) + "'");
            }
            return body.call((T) o, a, kw);
        }));
    }

    /** A builtin type of module {@code module} ({@code _random.Random}). */
    static PyType type(Runtime rt, String module, String name, PyType base) {
        PyType t = PyType.builtin(name, null, base);
        t.dict.put("__module__", Strings.text(rt, module)); // 2.7: a byte string, as CPython's type_module gives
        return t;
    }

    /** An exception class made as a class statement makes one, shown as {@code module.name}. */
    static PyType exception(Runtime rt, String module, String name, PyType... bases) {
        PyDict ns = PyDict.of(rt.lang, List.of());
        ns.put(rt.name("__module__"), Strings.text(rt, module));
        PyObject cls = Ops.call(rt, rt.types.type, Strings.text(rt, name), PyTuple.of(bases), ns);
        return (PyType) cls;
    }

    /** An error of a module's own exception class. */
    static PyError error(Runtime rt, PyType type, String message) {
        return PyError.of(Ops.call(rt, type, Strings.text(rt, message)));
    }

    static int positional(PyObject[] a, String[] kw) {
        return a.length - (kw == null ? 0 : kw.length);
    }

    /** Positional {@code i} or keyword {@code name}; null when absent. */
    static PyObject arg(PyObject[] a, String[] kw, int i, String name) {
        int n = positional(a, kw);
        if (i < n) {
            return a[i];
        }
        for (int k = 0; kw != null && k < kw.length; k++) {
            if (kw[k].equals(name)) {
                return a[n + k];
            }
        }
        return null;
    }

    /**
     * Fails unless between {@code min} and {@code max} positional arguments and no keywords are given, in the
     * words of the version's argument parser (3.8+ name methods by their qualified name: pass {@code deque.pop}).
     */
    static void count(Runtime rt, String fname, PyObject[] a, String[] kw, int min, int max) {
        count(rt.lang.major() == 3 && rt.lang.minor() >= 8, fname, a, kw, min, max);
    }

    /** {@link #count} in the words of one parser: {@code modern} for "f expected ..., got n", else "f() takes ... (n given)". */
    static void count(boolean modern, String fname, PyObject[] a, String[] kw, int min, int max) {
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", fname + "() takes no keyword arguments");
        }
        int n = a.length;
        if (n >= min && n <= max) {
            return;
        }
        if (min == max && min == 0) {
            throw PyError.raise("TypeError", fname + "() takes no arguments (" + n + " given)");
        }
        if (min == max && min == 1) {
            throw PyError.raise("TypeError", fname + "() takes exactly one argument (" + n + " given)");
        }
        if (modern) {
            if (min == max) {
                throw PyError.raise("TypeError", fname + " expected " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
            }
            String bound = n < min ? "at least " + min : "at most " + max;
            int k = n < min ? min : max;
            throw PyError.raise("TypeError", fname + " expected " + bound + " argument" + (k == 1 ? "" : "s") + ", got " + n);
        }
        String bound = min == max ? "exactly " + min : n < min ? "at least " + min : "at most " + max;
        int k = n < min ? min : max;
        throw PyError.raise("TypeError", fname + "() takes " + bound + " argument" + (k == 1 ? "" : "s") + " (" + n + " given)");
    }

    /** A method's name in argument errors: 3.8+ say {@code Type.method}. */
    static String qualified(Runtime rt, String type, String method) {
        return rt.lang.major() == 3 && rt.lang.minor() >= 8 ? type + "." + method : method;
    }

    /** The integer an int, bool or {@code __index__} gives; null for anything else. */
    static BigInteger integer(Runtime rt, PyObject o) {
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

    /** An int argument as a Java long, with CPython's TypeError/OverflowError. */
    static long index(Runtime rt, PyObject o) {
        BigInteger v = integer(rt, o);
        if (v == null) {
            if (rt.lang.major() == 2) {
                throw PyError.raise("TypeError", "an integer is required");
            }
            throw PyError.raise("TypeError", "'" + Ops.typeName(rt, o) + "' object cannot be interpreted as an integer");
        }
        if (v.bitLength() >= 64) {
            throw PyError.raise("OverflowError", "Python int too large to convert to C ssize_t");
        }
        return v.longValue();
    }

    /** An integer result: 2.7 gives a long for values past a C long, as CPython's PyLong_From* do. */
    static PyInt integerResult(BigInteger v) {
        return PyInt.of(v);
    }

    /** Whether {@code o} is a bytes-like object (bytes, bytearray, memoryview; 2.7 str, buffer). */
    static boolean bytesLike(Runtime rt, PyObject o) {
        if (o instanceof PyBytes) {
            return true;
        }
        String n = rt.types.of(o).name(rt.lang);
        return n.equals("bytearray") || n.equals("memoryview") || n.equals("buffer");
    }

    /** The bytes of a bytes-like object, or null. */
    static byte[] bytes(Runtime rt, PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        if (bytesLike(rt, o)) {
            return ((PyBytes) Ops.call(rt, rt.types.bytes, o)).bytes();
        }
        return null;
    }

    /** The bytes of a bytes-like argument, with 3.x's "a bytes-like object is required" TypeError. */
    static byte[] buffer(Runtime rt, PyObject o) {
        byte[] b = bytes(rt, o);
        if (b == null) {
            if (rt.lang.major() == 2 && o instanceof PyStr s) {
                return s.value().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            }
            if (rt.lang.major() == 2) {
                throw PyError.raise("TypeError", "must be string or buffer, not " + Ops.typeName(rt, o));
            }
            throw PyError.raise("TypeError", "a bytes-like object is required, not '" + Ops.typeName(rt, o) + "'");
        }
        return b;
    }

    /** The native str of a text argument (2.7: str or unicode). */
    static String text(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBytes b) {
            return Strings.latin1(b.bytes());
        }
        return null;
    }

    /**
     * The name a C type's repr starts with for an instance of class {@code className}: from 3.7 (bpo-27541; the
     * release of list.sort's key-type pre-check) the class's own, before always {@code base} (deque, defaultdict,
     * count, repeat).
     */
    static String reprName(Runtime rt, String className, String base) {
        return rt.lang.has(org.pyvm.spi.LanguageFeature.SORT_SAME_TYPE_PRECHECK) ? className : base;
    }

    /** Calls a program subclass's own {@code __init__} after its instance was made by a Java constructor. */
    static void initSubclass(Runtime rt, PyType base, PyType type, PyObject self, PyObject[] a, String[] kw) {
        if (type == base) {
            return;
        }
        PyObject init = type.lookup("__init__");
        if (init == null || init instanceof PyMethodDescriptor d && d.owner().builtin) {
            return;
        }
        Ops.callInit(rt, init, self, a, kw);
    }



    /**
     * An instance of a type a C module defines: messages name its type by CPython's tp_name
     * ({@code 'collections.deque' object has no attribute 'x'}) while {@code type(o).__name__} stays short;
     * a program's subclass is named by its own name.
     */
    abstract static class NativeInstance extends PyInstance {
        NativeInstance(PyType type) {
            super(type);
        }

        @Override
        public String typeName(org.pyvm.core.objects.Language lang) {
            PyType t = type();
            PyObject module = t.dict.get("__module__");
            String m = module instanceof PyStr s ? s.value()
                    : module instanceof org.pyvm.core.objects.PyBytes b ? new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1) : null;
            return t.builtin && m != null && !m.equals("builtins") && !m.equals("__builtin__") ? m + "." + t.name(lang) : t.name(lang);
        }
    }
}
