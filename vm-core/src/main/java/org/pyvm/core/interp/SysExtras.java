package org.pyvm.core.interp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTraceback;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;
import org.pyvm.core.runtime.StructSequence;
import org.pyvm.spi.LanguageFeature;

/**
 * The parts of {@code sys} that describe the installation (prefix, executable...), the hooks CPython calls
 * (excepthook, displayhook) and the smaller functions the standard library asks for.
 */
final class SysExtras {
    /** CPython's --prefix when it was configured without one: what sys.prefix says where no local CPython is found. */
    private static final String DEFAULT_PREFIX = "/usr/local";

    /**
     * The argument of 3.11's {@code sys.set_int_max_str_digits(maxdigits)}, checked in the order of its argument
     * clinic (_PyArg_UnpackKeywords): the count of all arguments, then the required one, found by position or name.
     */
    private static int maxStrDigits(org.pyvm.core.runtime.Runtime rt, PyObject[] a, String[] kw) {
        if (a.length > 1) {
            throw PyError.raise("TypeError", "set_int_max_str_digits() takes at most 1 argument (" + a.length + " given)");
        }
        boolean byName = kw != null && kw.length == 1;
        PyObject v = a.length == 1 && (!byName || kw[0].equals("maxdigits")) ? a[0] : null;
        if (v == null) {
            throw PyError.raise("TypeError", "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
        }
        PyObject n = v instanceof PyInt || v instanceof org.pyvm.core.objects.PyBool ? v : Ops.callMethod(rt, v, "__index__");
        if (n == null) {
            throw PyError.raise("TypeError", "'" + Ops.typeName(rt, v) + "' object cannot be interpreted as an integer");
        }
        if (!(n instanceof PyInt || n instanceof org.pyvm.core.objects.PyBool)) {
            throw PyError.raise("TypeError", "__index__ returned non-int (type " + Ops.typeName(rt, n) + ")");
        }
        long digits = n instanceof org.pyvm.core.objects.PyBool b ? (b.value ? 1 : 0) : ((PyInt) n).big != null ? Long.MAX_VALUE : ((PyInt) n).small;
        if (digits > Integer.MAX_VALUE || digits < Integer.MIN_VALUE) {
            throw PyError.raise("OverflowError", "Python int too large to convert to C int");
        }
        if (digits != 0 && digits < PyInt.STR_DIGITS_CHECK_THRESHOLD) {
            throw PyError.raise("ValueError", "maxdigits must be 0 or larger than " + PyInt.STR_DIGITS_CHECK_THRESHOLD);
        }
        return (int) digits;
    }

    private SysExtras() {
    }

    static void install(Interpreter in, PyDict d, Tracebacks tracebacks, List<String> argv) {
        Runtime rt = in.rt;
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        int minor = rt.lang.minor();
        String version = rt.lang.version();
        put(rt, d, "__name__", Strings.text(rt, "sys"));
        put(rt, d, "__package__", py2 ? PyNone.NONE : PyStr.of(""));
        put(rt, d, "__stdin__", d.get(rt.name("stdin")));

        // the installation: that of the local CPython of this version, whose standard library pyvm puts on sys.path
        Optional<Path> lib = org.pyvm.core.host.StdlibLocator.find(version);
        Path prefixPath = lib.map(Path::getParent).map(Path::getParent).orElse(null);
        String prefix = prefixPath == null ? DEFAULT_PREFIX : prefixPath.toString();
        String executable = "";
        if (prefixPath != null) {
            Path exe = prefixPath.resolve("bin").resolve("python" + version);
            if (Files.isExecutable(exe)) {
                executable = exe.toString();
            }
        }
        for (String name : py2 ? new String[] {"prefix", "exec_prefix"}
                : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
            put(rt, d, name, Strings.text(rt, prefix));
        }
        put(rt, d, "executable", Strings.text(rt, executable));
        if (minor >= 11) {
            put(rt, d, "_base_executable", Strings.text(rt, executable));
            put(rt, d, "_stdlib_dir", lib.isPresent() ? PyStr.of(lib.get().toString()) : PyNone.NONE);
        }
        if (!py2 && minor >= 9) {
            put(rt, d, "platlibdir", PyStr.of("lib"));
        }
        if (!py2) {
            put(rt, d, "abiflags", PyStr.of(minor < 8 ? "m" : "")); // 3.8 dropped the pymalloc 'm'
            put(rt, d, "_xoptions", PyDict.of(rt.lang, List.of()));
            put(rt, d, "_home", PyNone.NONE);
        }
        if (!py2 && minor >= 8) {
            put(rt, d, "pycache_prefix", PyNone.NONE);
        }
        if (!py2 && minor >= 10) {
            List<PyObject> orig = new ArrayList<>();
            orig.add(PyStr.of("python" + version));
            for (String a : argv) {
                orig.add(Strings.text(rt, a));
            }
            put(rt, d, "orig_argv", PyList.of(orig));
        }
        put(rt, d, "api_version", PyInt.of(1013));
        put(rt, d, "float_repr_style", Strings.text(rt, "short"));
        if (py2) {
            put(rt, d, "long_info", new StructSequence(rt, "sys.long_info", new String[] {"bits_per_digit", "sizeof_digit"},
                    PyInt.of(30), PyInt.of(4)));
            put(rt, d, "subversion", PyTuple.of(Strings.text(rt, "CPython"), Strings.text(rt, ""), Strings.text(rt, "")));
            put(rt, d, "meta_path", PyList.of(new ArrayList<>()));
            put(rt, d, "path_hooks", PyList.of(new ArrayList<>()));
            put(rt, d, "path_importer_cache", PyDict.of(rt.lang, List.of()));
        } else if (minor >= 11) {
            put(rt, d, "int_info", new StructSequence(rt, "sys.int_info", new String[] {"bits_per_digit", "sizeof_digit",
                "default_max_str_digits", "str_digits_check_threshold"}, PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        } else {
            put(rt, d, "int_info", new StructSequence(rt, "sys.int_info", new String[] {"bits_per_digit", "sizeof_digit"},
                    PyInt.of(30), PyInt.of(4)));
        }
        put(rt, d, "getdefaultencoding", new PyBuiltinFunction("getdefaultencoding",
                (a, kw) -> Strings.text(rt, py2 ? "ascii" : "utf-8")));
        put(rt, d, "getdlopenflags", new PyBuiltinFunction("getdlopenflags", (a, kw) -> PyInt.of(2))); // RTLD_NOW
        // settrace/setprofile keep the function gettrace/getprofile give back (doctest saves and restores it); pyvm
        // calls no trace or profile function
        PyObject[] traceHooks = {PyNone.NONE, PyNone.NONE};
        put(rt, d, "gettrace", new PyBuiltinFunction("gettrace", (a, kw) -> traceHooks[0]));
        put(rt, d, "getprofile", new PyBuiltinFunction("getprofile", (a, kw) -> traceHooks[1]));
        for (int k = 0; k < 2; k++) {
            int slot = k;
            String name = k == 0 ? "settrace" : "setprofile";
            put(rt, d, name, new PyBuiltinFunction(name, (a, kw) -> {
                if (a.length != 1 || (kw != null && kw.length > 0)) {
                    throw PyError.raise("TypeError", name + "() takes exactly one argument (" + a.length + " given)");
                }
                traceHooks[slot] = a[0];
                return PyNone.NONE;
            }));
        }
        put(rt, d, "_clear_type_cache", new PyBuiltinFunction("_clear_type_cache", (a, kw) -> PyNone.NONE));
        put(rt, d, "call_tracing", new PyBuiltinFunction("call_tracing", (a, kw) -> {
            if (a.length != 2) {
                throw PyError.raise("TypeError", "call_tracing expected 2 arguments, got " + a.length);
            }
            if (!(a[1] instanceof PyTuple t)) {
                throw PyError.raise("TypeError", "call_tracing() argument 2 must be tuple, not " + Ops.argumentTypeName(rt, a[1]));
            }
            return Ops.call(rt, a[0], t.items());
        }));
        if (!py2) {
            put(rt, d, "is_finalizing", new PyBuiltinFunction("is_finalizing", (a, kw) -> PyBool.FALSE));
            double[] interval = {0.005};
            put(rt, d, "getswitchinterval", new PyBuiltinFunction("getswitchinterval", (a, kw) -> PyFloat.of(interval[0])));
            put(rt, d, "setswitchinterval", new PyBuiltinFunction("setswitchinterval", (a, kw) -> {
                double v = a.length == 1 && a[0] instanceof PyFloat f ? f.value
                        : a.length == 1 && a[0] instanceof PyInt i && i.big == null ? (double) i.small : Double.NaN;
                if (Double.isNaN(v)) {
                    throw PyError.raise("TypeError", a.length != 1 ? "setswitchinterval() takes exactly one argument (" + a.length + " given)"
                            : "must be real number, not " + Ops.typeName(rt, a[0]));
                }
                if (v <= 0) {
                    throw PyError.raise("ValueError", "switch interval must be strictly positive");
                }
                interval[0] = v;
                return PyNone.NONE;
            }));
        }
        if (py2 || minor < 9) {
            long[] check = {100};
            put(rt, d, "getcheckinterval", new PyBuiltinFunction("getcheckinterval", (a, kw) -> PyInt.of(check[0])));
            put(rt, d, "setcheckinterval", new PyBuiltinFunction("setcheckinterval", (a, kw) -> {
                if (a.length == 1 && a[0] instanceof PyInt i) {
                    check[0] = i.small;
                }
                return PyNone.NONE;
            }));
        }
        if (!py2 && minor >= 8) {
            // audit hooks: sys.audit calls each hook added, in order (pyvm's own builtins raise no events)
            List<PyObject> hooks = new ArrayList<>();
            put(rt, d, "addaudithook", new PyBuiltinFunction("addaudithook", (a, kw) -> {
                if (a.length != 1) {
                    throw PyError.raise("TypeError", "addaudithook() takes exactly one argument (" + a.length + " given)");
                }
                hooks.add(a[0]);
                return PyNone.NONE;
            }));
            put(rt, d, "audit", new PyBuiltinFunction("audit", (a, kw) -> {
                if (a.length == 0) {
                    throw PyError.raise("TypeError", "audit() missing 1 required positional argument: 'event'");
                }
                if (!(a[0] instanceof PyStr)) {
                    throw PyError.raise("TypeError", "expected str for argument 'event', not " + Ops.typeName(rt, a[0]));
                }
                PyTuple rest = PyTuple.of(java.util.Arrays.copyOfRange(a, 1, a.length));
                for (PyObject h : List.copyOf(hooks)) {
                    Ops.call(rt, h, a[0], rest);
                }
                return PyNone.NONE;
            }));
        }
        if (!py2 && minor >= 11) {
            put(rt, d, "exception", new PyBuiltinFunction("exception", (a, kw) -> {
                if (a.length != 0) {
                    throw PyError.raise("TypeError", "sys.exception() takes no arguments (" + a.length + " given)");
                }
                return in.handling == null ? PyNone.NONE : in.handling;
            }));
            put(rt, d, "get_int_max_str_digits", new PyBuiltinFunction("get_int_max_str_digits", (a, kw) -> PyInt.of(rt.intMaxStrDigits())));
            put(rt, d, "set_int_max_str_digits", new PyBuiltinFunction("set_int_max_str_digits", (a, kw) -> {
                rt.setIntMaxStrDigits(maxStrDigits(rt, a, kw));
                return PyNone.NONE;
            }));
        }
        if (!py2) {
            // asyncio's event loops set and restore these; pyvm keeps them for the program to read back
            PyObject[] agHooks = {PyNone.NONE, PyNone.NONE};
            put(rt, d, "get_asyncgen_hooks", new PyBuiltinFunction("get_asyncgen_hooks", (a, kw) -> new StructSequence(rt,
                    "asyncgen_hooks", new String[] {"firstiter", "finalizer"}, agHooks[0], agHooks[1])));
            put(rt, d, "set_asyncgen_hooks", new PyBuiltinFunction("set_asyncgen_hooks", (a, kw) -> {
                int npos = a.length - (kw == null ? 0 : kw.length);
                PyObject[] next = agHooks.clone();
                for (int i = 0; i < a.length; i++) {
                    String name = i < npos ? (i == 0 ? "firstiter" : "finalizer") : kw[i - npos];
                    int slot = name.equals("firstiter") ? 0 : name.equals("finalizer") ? 1 : -1;
                    if (slot < 0) {
                        throw PyError.raise("TypeError", "'" + name + "' is an invalid keyword argument for set_asyncgen_hooks()");
                    }
                    if (a[i] != PyNone.NONE && !(a[i] instanceof org.pyvm.core.objects.PyCallable || rt.types.of(a[i]).lookup("__call__") != null)) {
                        throw PyError.raise("TypeError", "callable " + name + " expected, got " + Ops.typeName(rt, a[i]));
                    }
                    next[slot] = a[i];
                }
                agHooks[0] = next[0];
                agHooks[1] = next[1];
                return PyNone.NONE;
            }));
        }

        // the hooks: sys.excepthook prints what pyvm prints for an uncaught exception; displayhook what the prompt shows
        PyBuiltinFunction excepthook = new PyBuiltinFunction("excepthook", (a, kw) -> {
            if (a.length != 3) {
                throw PyError.raise("TypeError", py2 || minor < 7 ? "excepthook expected 3 arguments, got " + a.length
                        : "excepthook expected 3 arguments, got " + a.length);
            }
            writeStderr(rt, hookText(rt, tracebacks, a[1], a[2]));
            return PyNone.NONE;
        });
        put(rt, d, "excepthook", excepthook);
        put(rt, d, "__excepthook__", excepthook);
        PyBuiltinFunction displayhook = new PyBuiltinFunction("displayhook", (a, kw) -> {
            if (a.length != 1) {
                throw PyError.raise("TypeError", "displayhook() takes exactly one argument (" + a.length + " given)");
            }
            if (a[0] == PyNone.NONE) {
                return PyNone.NONE;
            }
            rt.builtins.put(rt.name("_"), PyNone.NONE);
            PyObject out = d.get(rt.name("stdout"));
            if (out == null || out == PyNone.NONE) {
                throw PyError.raise("RuntimeError", "lost sys.stdout");
            }
            Ops.call(rt, Ops.getattr(rt, out, "write"), Strings.text(rt, Ops.repr(rt, a[0]) + "\n"));
            rt.builtins.put(rt.name("_"), a[0]);
            return PyNone.NONE;
        });
        put(rt, d, "displayhook", displayhook);
        put(rt, d, "__displayhook__", displayhook);
        if (!py2 && minor >= 7) {
            PyBuiltinFunction breakpointhook = new PyBuiltinFunction("breakpointhook", (a, kw) -> {
                throw PyError.raise("RuntimeError", "pyvm has no debugger: breakpoint() cannot stop here");
            });
            put(rt, d, "breakpointhook", breakpointhook);
            put(rt, d, "__breakpointhook__", breakpointhook);
        }
    }

    /** The traceback text CPython's default excepthook writes for {@code value} with traceback {@code tb}. */
    static String hookText(Runtime rt, Tracebacks tracebacks, PyObject value, PyObject tb) {
        if (!(value instanceof PyBaseException e)) {
            if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
                return Ops.str(rt, value) + "\n";
            }
            return "TypeError: print_exception(): Exception expected for value, " + Ops.typeName(rt, value) + " found\n";
        }
        if (!rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            // 3.x prints the exception's own __traceback__, after making a given traceback that (PyErr_Display)
            if (tb instanceof PyTraceback t) {
                List<PyError.TracebackEntry> given = new ArrayList<>(t.chain());
                e.traceback.clear();
                e.traceback.addAll(given);
            }
            return tracebacks.format(e);
        }
        List<PyError.TracebackEntry> saved = new ArrayList<>(e.traceback);
        List<PyError.TracebackEntry> given = tb instanceof PyTraceback t ? new ArrayList<>(t.chain()) : List.of();
        e.traceback.clear();
        e.traceback.addAll(given);
        try {
            return tracebacks.format(e);
        } finally {
            e.traceback.clear();
            e.traceback.addAll(saved);
        }
    }

    /** Writes to {@code sys.stderr} as CPython's hooks do (the host's stream when sys.stderr is gone). */
    static void writeStderr(Runtime rt, String text) {
        PyObject err = Sys.current(rt, "stderr");
        if (err == null || err == PyNone.NONE) {
            rt.writeErr(text);
            return;
        }
        if (err instanceof org.pyvm.core.runtime.PyStream s) {
            if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
                s.writeBytes(bytes27(text));
            } else {
                s.writeText(text); // in its encoding: backslashreplace on stderr, or sys.stdout's where a program put that
            }
            s.flush();
            return;
        }
        Ops.call(rt, Ops.getattr(rt, err, "write"), Strings.text(rt, text));
    }

    /**
     * 2.7: what pyvm writes for the program to stderr (a traceback, sys.exit's message) is made of byte strings, each
     * byte a char (an exception's str, a source line read as Latin-1): written as those bytes, as 2.7 writes them, so
     * that "caf\xc3\xa9" comes out as the UTF-8 it is; text with a char past a byte is written as UTF-8.
     */
    static byte[] bytes27(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xff) {
                return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static void put(Runtime rt, PyDict d, String name, PyObject v) {
        d.put(rt.name(name), v);
    }
}
