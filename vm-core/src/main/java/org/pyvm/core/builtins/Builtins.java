package org.pyvm.core.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyCallable;
import org.pyvm.core.objects.PyEllipsis;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyNotImplemented;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/**
 * The builtins module of one runtime. Each group lives in its own class: {@link Functions} (len,
 * print, sorted...), {@link Constructors} (int(), str(), list()...), and the methods of each
 * builtin type ({@link StrMethods}, {@link ListMethods}, {@link DictMethods}...).
 */
public final class Builtins {
    /** isinstance(o, spec) as the builtin answers it (a metaclass's __instancecheck__ included), for the interpreter's own uses. */
    public static boolean isinstance(Runtime rt, PyObject o, PyObject spec) {
        return Functions.isinstance(rt, o, spec);
    }

    private Builtins() {
    }

    /** A C int argument as each version's getargs "i" or Argument Clinic's int converts it, with their errors. */
    public static long cInt(Runtime rt, PyObject o) {
        return Args.cInt(rt, o);
    }

    /** 2.7's default encoding: unicode text to a byte string as ASCII, else the codec's UnicodeEncodeError. */
    public static byte[] encodeAscii27(Runtime rt, String text) {
        return Codecs.encode(rt, text, "ascii", "strict");
    }

    /** {@code data.decode(encoding, errors)}: the codec's text, or its UnicodeDecodeError (LookupError for no such codec). */
    public static String decodeText(Runtime rt, byte[] data, String encoding, String errors) {
        return Codecs.decode(rt, data, encoding, errors);
    }

    /** {@code text.encode(encoding, errors)}: the codec's bytes, or its UnicodeEncodeError (LookupError for no such codec). */
    public static byte[] encodeText(Runtime rt, String text, String encoding, String errors) {
        return Codecs.encode(rt, text, encoding, errors);
    }

    /**
     * The builtin types CPython makes without Py_TPFLAGS_BASETYPE: a class naming one as a base is "type 'range' is
     * not an acceptable base type" (checked on 2.7, 3.6 and 3.11 with type('X', (t,), {})).
     */
    private static void finalTypes(Runtime rt) {
        List<PyType> types = new ArrayList<>(List.of(rt.types.bool, rt.types.none, rt.types.ellipsis,
                rt.types.kind("NotImplementedType"), rt.types.range, rt.types.slice, rt.types.function, rt.types.builtinFunction,
                rt.types.method, rt.types.code, rt.types.generator, rt.types.kind("frame"), rt.types.kind("traceback"),
                (PyType) rt.builtins.get(rt.name("memoryview"))));
        if (!rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            types.add(rt.types.coroutine);
            types.add(rt.types.asyncGenerator);
        }
        for (PyType t : types) {
            t.withoutSubclasses();
        }
    }

    public static void install(Runtime rt) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        put(rt, "None", PyNone.NONE);
        put(rt, "True", PyBool.TRUE);
        put(rt, "False", PyBool.FALSE);
        put(rt, "Ellipsis", PyEllipsis.ELLIPSIS);
        put(rt, "NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        for (Map.Entry<String, PyType> e : rt.types.exceptions.entrySet()) {
            put(rt, e.getKey(), e.getValue());
        }
        List<PyType> named = new ArrayList<>(List.of(rt.types.object, rt.types.type, rt.types.int_, rt.types.bool,
                rt.types.float_, rt.types.complex, rt.types.str, rt.types.list, rt.types.tuple, rt.types.dict,
                rt.types.set, rt.types.frozenset, rt.types.slice, rt.types.range));
        if (py2) {
            named.add(rt.types.long_);
            named.add(rt.types.bytes); // 2.7 str
            put(rt, "basestring", PyType.builtin("basestring", null, rt.types.object).withConstructor((t, a, kw) -> {
                throw org.pyvm.core.objects.PyError.raise("TypeError", "The basestring type cannot be instantiated");
            }));
        } else {
            named.add(rt.types.bytes);
        }
        for (PyType t : named) {
            put(rt, t.name(rt.lang), t);
        }
        if (py2) {
            put(rt, "bytes", rt.types.bytes);
        }
        installQuitters(rt);
        Constructors.install(rt);
        Functions.install(rt);
        // these builtins are the types of the iterators they make (3.x; 2.7's map, filter and zip are functions)
        for (String name : py2 ? new String[] {"enumerate", "reversed"} : new String[] {"map", "filter", "zip", "enumerate", "reversed"}) {
            PyObject make = rt.builtins.get(rt.name(name));
            if (make instanceof PyCallable c) {
                PyType t = rt.types.iteratorKind(name);
                org.pyvm.core.runtime.Types.iteratorConstructor(rt, t, c);
                put(rt, name, t);
            }
        }
        StrMethods.install(rt);
        ListMethods.install(rt);
        DictMethods.install(rt);
        SetMethods.install(rt);
        if (py2) {
            SliceMethods27.install(rt);
        }
        MemoryView.install(rt); // 2.7.0+ has memoryview too
        ObjectMethods.install(rt);
        Dir.install(rt);
        Subclassing.install(rt);
        Numbers.install(rt);
        ByteArray.install(rt);
        ArgumentCounts.install(rt); // after every method it checks is in place
        finalTypes(rt);
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.BUILTIN_GENERIC_ALIAS)) {
            // 3.9+: list[int] is types.GenericAlias(list, int)
            org.pyvm.core.runtime.GenericAlias.install(rt, List.of(rt.types.list, rt.types.tuple, rt.types.dict, rt.types.set,
                    rt.types.frozenset, rt.types.iteratorKind("enumerate")));
        }
        if (py2) {
            Buffer27.install(rt);
        }
    }

    /**
     * exit and quit, which CPython's site module adds to builtins: Quitter objects (_sitebuiltins in 3.x,
     * site in 2.7) whose call raises SystemExit(code) and whose repr says how to leave the interpreter.
     */
    private static void installQuitters(Runtime rt) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        PyType quitter = PyType.builtin("Quitter", null, rt.types.object);
        quitter.dict.put("__doc__", org.pyvm.core.objects.PyNone.NONE); // a class of site's without a docstring
        quitter.dict.put("__module__", org.pyvm.core.runtime.Strings.text(rt, py2 ? "site" : "_sitebuiltins"));
        quitter.dict.put("__repr__", new org.pyvm.core.objects.PyMethodDescriptor("__repr__", quitter, (self, a, kw) ->
                org.pyvm.core.runtime.Strings.text(rt, "Use " + org.pyvm.core.runtime.Ops.str(rt, org.pyvm.core.runtime.Ops.getattr(rt, self, "name"))
                        + "() or " + org.pyvm.core.runtime.Ops.str(rt, org.pyvm.core.runtime.Ops.getattr(rt, self, "eof")) + " to exit")));
        quitter.dict.put("__call__", new org.pyvm.core.objects.PyMethodDescriptor("__call__", quitter, (self, a, kw) -> {
            Args args = new Args(rt, "__call__", a, kw).check(0, 1, "code");
            PyObject code = args.get(0, "code");
            throw org.pyvm.core.objects.PyError.raiseArgs("SystemExit", code == null ? PyNone.NONE : code);
        }));
        for (String name : new String[] {"quit", "exit"}) {
            org.pyvm.core.objects.PyInstance q = new org.pyvm.core.objects.PyInstance(quitter);
            q.dict.put("name", org.pyvm.core.runtime.Strings.text(rt, name));
            q.dict.put("eof", org.pyvm.core.runtime.Strings.text(rt, "Ctrl-D (i.e. EOF)"));
            put(rt, name, q);
        }
    }

    /**
     * The builtins module's own names, in its dict as CPython's are: {@code exec("x = __name__", {})} finds
     * "builtins" (2.7 "__builtin__") there, as a namespace without __name__ falls through to the builtins.
     */
    public static void moduleNames(Runtime rt) {
        boolean py2 = Level.py2(rt);
        put(rt, "__name__", rt.name(py2 ? "__builtin__" : "builtins"));
        put(rt, "__doc__", org.pyvm.core.runtime.Strings.text(rt, Level.modern(rt)
                ? "Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all 'built-in'\n"
                + "identifiers of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\n"
                + "This module is not normally accessed explicitly by most\napplications, but can be useful in modules that provide\n"
                + "objects with the same name as a built-in value, but in\nwhich the built-in of that name is also needed."
                : "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices."));
        put(rt, "__package__", py2 ? PyNone.NONE : org.pyvm.core.runtime.Strings.text(rt, ""));
        if (rt.builtins.get(rt.name("__debug__")) == null) {
            put(rt, "__debug__", PyBool.TRUE);
        }
    }

    /** Marks every builtin function as the builtins module's ({@code len.__module__}), once all are in place. */
    public static void markModule(Runtime rt) {
        PyObject moduleName = rt.name(Level.py2(rt) ? "__builtin__" : "builtins");
        for (PyObject k : rt.builtins.keys()) {
            if (rt.builtins.get(k) instanceof PyBuiltinFunction b) {
                b.inModule(moduleName);
            }
        }
    }

    static void put(Runtime rt, String name, PyObject value) {
        rt.builtins.put(rt.name(name), value);
    }

    static void def(Runtime rt, String name, PyCallable impl) {
        put(rt, name, new PyBuiltinFunction(name, impl));
    }

    /**
     * Puts each builtin function whose argument count CPython checks before its body ({@link Arity}) behind that
     * check; run once every builtin is in place (compile, eval, globals and open come from other packages).
     */
    public static void checkArities(Runtime rt) {
        for (String name : Arity.NAMES) {
            PyObject f = rt.builtins.get(rt.name(name));
            if (f instanceof PyBuiltinFunction b) {
                PyCallable checked = Arity.wrap(rt, name, b);
                if (checked != b) {
                    put(rt, name, new PyBuiltinFunction(name, checked));
                }
            }
        }
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.BUILTIN_O_CALLS_COUNT_RECURSION)) {
            countingOneArgumentCalls(rt);
        }
    }

    /**
     * The METH_O builtins that can run a program's code (its __repr__, __abs__, __hash__, __index__...), each call one
     * recursion level (BUILTIN_O_CALLS_COUNT_RECURSION); len is left out, as 3.11 specialises its calls without one.
     */
    private static final String[] ONE_ARGUMENT = {"abs", "ascii", "bin", "callable", "chr", "hash", "hex", "id", "oct", "ord", "repr"};

    private static void countingOneArgumentCalls(Runtime rt) {
        for (String name : ONE_ARGUMENT) {
            if (rt.builtins.get(rt.name(name)) instanceof PyBuiltinFunction b) {
                put(rt, name, new PyBuiltinFunction(name, (a, kw) -> {
                    rt.enterCalls(1);
                    try {
                        return b.call(a, kw);
                    } finally {
                        rt.leaveCalls(1);
                    }
                }));
            }
        }
    }
}
