package org.pyvm.core.interp;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTraceback;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.PyStream;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;
import org.pyvm.core.runtime.StructSequence;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.spi.LanguageFeature;

/** The {@code sys} module, reporting the version of the bytecode being run. */
final class Sys {
    /** The CPython release of each line whose behaviour pyvm reproduces (and whose goldens it is tested against). */
    private static final java.util.Map<String, Integer> MICRO = java.util.Map.of("2.7", 18, "3.6", 15, "3.11", 7);

    private Sys() {
    }

    /** {@code sys.<name>} as the program left it (sys.stdout, sys.excepthook...), or null when it has none. */
    /**
     * setrecursionlimit's one C int: before 3.7 getargs "i:setrecursionlimit" ("takes exactly 1 argument"),
     * 3.7+ a METH_O clinic function named sys.setrecursionlimit from 3.10; no keywords.
     */
    private static long recursionLimitArgument(Runtime rt, PyObject[] a, String[] kw) {
        boolean clinic = !rt.lang.has(LanguageFeature.STR_IS_BYTES) && rt.lang.minor() >= 7;
        String name = (clinic && rt.lang.minor() >= 10 ? "sys." : "") + "setrecursionlimit()";
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", name + " takes no keyword arguments");
        }
        if (a.length != 1) {
            throw PyError.raise("TypeError", !clinic ? "setrecursionlimit() takes exactly 1 argument (" + a.length + " given)"
                    : (rt.lang.minor() >= 10 ? "sys." : "") + "setrecursionlimit() takes exactly one argument (" + a.length + " given)");
        }
        return org.pyvm.core.builtins.Builtins.cInt(rt, a[0]);
    }

    static PyObject current(Runtime rt, String name) {
        return rt.modules.get(rt.name("sys")) instanceof PyModule sys ? sys.dict.get(rt.name(name)) : null;
    }

    static PyStream stdout(Runtime rt) {
        return current(rt, "stdout") instanceof PyStream s ? s : null;
    }

    static PyObject stdoutObject(Runtime rt) {
        return current(rt, "stdout");
    }

    static PyModule create(Interpreter in, List<String> argv, Tracebacks tracebacks) {
        Runtime rt = in.rt;
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        PyDict d = PyDict.of(rt.lang, List.of());
        PyModule sys = new PyModule("sys", d);
        PyType fileType = PyType.builtin(py2 ? "file" : "TextIOWrapper", null, rt.types.object);
        StreamMethods.install(rt, fileType);
        if (py2) {
            // 2.7's builtin "file" is the type of its standard streams (types.py: FileType = file)
            rt.builtins.put(rt.name("file"), fileType);
        }
        putStandardStreams(rt, d, fileType);
        put(rt, d, "__stdout__", d.get(rt.name("stdout")));
        put(rt, d, "__stderr__", d.get(rt.name("stderr")));
        List<PyObject> args = new ArrayList<>();
        for (String a : argv) {
            args.add(Strings.text(rt, a));
        }
        put(rt, d, "argv", PyList.of(args));
        int major = rt.lang.major();
        int minor = rt.lang.minor();
        int micro = MICRO.getOrDefault(rt.lang.version(), 0);
        put(rt, d, "version_info", new StructSequence(rt, "sys.version_info", new String[] {"major", "minor", "micro", "releaselevel", "serial"},
                PyInt.of(major), PyInt.of(minor), PyInt.of(micro), Strings.text(rt, "final"), PyInt.of(0)));
        put(rt, d, "float_info", new StructSequence(rt, "sys.float_info", new String[] {"max", "max_exp", "max_10_exp", "min",
            "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}, PyFloat.of(Double.MAX_VALUE), PyInt.of(1024),
                PyInt.of(308), PyFloat.of(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
                PyFloat.of(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        if (!py2) {
            // hash() as this version computes it with PYTHONHASHSEED=0 (objects/PyHash)
            String algorithm = rt.lang.has(LanguageFeature.STRING_HASH_SIPHASH13) ? "siphash13" : "siphash24";
            put(rt, d, "hash_info", new StructSequence(rt, "sys.hash_info", new String[] {"width", "modulus", "inf", "nan", "imag",
                "algorithm", "hash_bits", "seed_bits", "cutoff"}, PyInt.of(64), PyInt.of((1L << 61) - 1), PyInt.of(314159), PyInt.of(0),
                    PyInt.of(1000003), PyStr.of(algorithm), PyInt.of(64), PyInt.of(128), PyInt.of(0)));
        }
        // sys.flags: no command-line options; what the environment sets (the goldens' has PYTHONHASHSEED=0 and
        // PYTHONDONTWRITEBYTECODE=1). The hashes themselves are always PYTHONHASHSEED=0's (objects/PyHash).
        String[] flagNames = py2 ? new String[] {"debug", "py3k_warning", "division_warning", "division_new", "inspect",
            "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "tabcheck",
            "verbose", "unicode", "bytes_warning", "hash_randomization"}
            : minor >= 11 ? new String[] {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
                "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
                "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"}
            : minor >= 7 ? new String[] {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
                "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
                "dev_mode", "utf8_mode"}
            : new String[] {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
                "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated"};
        PyObject[] flagValues = new PyObject[flagNames.length];
        java.util.Map<String, String> env = rt.host.environment();
        for (int i = 0; i < flagNames.length; i++) {
            flagValues[i] = switch (flagNames[i]) {
                case "dont_write_bytecode" -> PyInt.of(StdioSettings.isSet(env, "PYTHONDONTWRITEBYTECODE") ? 1 : 0);
                case "hash_randomization" -> PyInt.of(hashRandomization(py2, env.getOrDefault("PYTHONHASHSEED", "")));
                case "utf8_mode" -> PyInt.of(StdioSettings.utf8Mode(env) ? 1 : 0);
                case "dev_mode", "safe_path" -> org.pyvm.core.objects.PyBool.FALSE;
                case "int_max_str_digits" -> PyInt.of(-1);
                default -> PyInt.of(0);
            };
        }
        put(rt, d, "flags", new StructSequence(rt, "sys.flags", flagNames, flagValues));
        // CPython's layout, "X.Y.Z (buildno, date, time) [compiler]", which platform.python_version() parses
        put(rt, d, "version", Strings.text(rt, major + "." + minor + "." + micro + " (pyvm, Jan  1 2026, 00:00:00) [Java]"));
        put(rt, d, "hexversion", PyInt.of(((long) major << 24) | ((long) minor << 16) | ((long) micro << 8) | 0xf0));
        put(rt, d, "maxsize", PyInt.of(Long.MAX_VALUE));
        put(rt, d, "maxunicode", PyInt.of(0x10FFFF)); // 2.7 as Linux builds it (UCS-4), every 3.x
        if (py2) {
            put(rt, d, "maxint", PyInt.of(Long.MAX_VALUE));
            put(rt, d, "py3kwarning", org.pyvm.core.objects.PyBool.FALSE); // python2.7 without -3
        }
        // what os.py asks before it imports posix, and how it encodes file names and the environment
        java.util.TreeSet<String> builtinNames = new java.util.TreeSet<>(new BuiltinModules(rt.lang).names());
        builtinNames.add("sys");
        builtinNames.add(py2 ? "__builtin__" : "builtins");
        List<PyObject> namesList = new ArrayList<>();
        for (String n : builtinNames) {
            namesList.add(Strings.text(rt, n));
        }
        put(rt, d, "builtin_module_names", PyTuple.of(namesList.toArray(new PyObject[0])));
        put(rt, d, "getfilesystemencoding", new PyBuiltinFunction("getfilesystemencoding", (a, kw) -> Strings.text(rt, py2 ? "UTF-8" : "utf-8")));
        if (!py2) {
            put(rt, d, "getfilesystemencodeerrors", new PyBuiltinFunction("getfilesystemencodeerrors",
                    (a, kw) -> PyStr.of("surrogateescape")));
        }
        put(rt, d, "byteorder", Strings.text(rt, "little"));
        put(rt, d, "platform", Strings.text(rt, py2 ? "linux2" : "linux"));
        put(rt, d, "modules", rt.modules);
        put(rt, d, "path", PyList.of(List.of()));
        put(rt, d, "exit", new PyBuiltinFunction("exit", (a, kw) -> {
            // PyArg_UnpackTuple's words ("argument" from 3.8), after METH_VARARGS refused keywords
            if (kw != null && kw.length > 0) {
                throw PyError.raise("TypeError", (rt.lang.minor() >= 7 && !py2 ? "sys." : "") + "exit() takes no keyword arguments");
            }
            if (a.length > 1) {
                throw PyError.raise("TypeError", "exit expected at most 1 argument" + (!py2 && rt.lang.minor() >= 8 ? "" : "s")
                        + ", got " + a.length);
            }
            throw PyError.raiseArgs("SystemExit", a.length == 0 ? new PyObject[0] : new PyObject[] {a[0]});
        }));
        put(rt, d, "exc_info", new PyBuiltinFunction("exc_info", (a, kw) -> {
            var e = in.handling;
            if (e == null) {
                return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            return PyTuple.of(rt.types.of(e), org.pyvm.core.objects.PyClassicRaise.visible(e), e.tracebackObject());
        }));
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            // 2.x: forget the exception being handled, so sys.exc_info() says (None, None, None)
            put(rt, d, "exc_clear", new PyBuiltinFunction("exc_clear", (a, kw) -> {
                in.handling = null;
                return PyNone.NONE;
            }));
        }
        if (!py2) {
            put(rt, d, "intern", new PyBuiltinFunction("intern", (a, kw) -> {
                if (a.length != 1) {
                    // 3.6 parses a tuple; 3.7+ is METH_O, whose message names sys.intern from 3.10
                    throw PyError.raise("TypeError", minor < 7 ? "intern() takes exactly 1 argument (" + a.length + " given)"
                            : (minor >= 10 ? "sys." : "") + "intern() takes exactly one argument (" + a.length + " given)");
                }
                if (!(a[0] instanceof PyStr)) {
                    throw PyError.raise("TypeError", "intern() argument " + (rt.lang.has(org.pyvm.spi.LanguageFeature.CALL_ERRORS_USE_QUALNAME) ? "" : "1 ")
                            + "must be str, not " + Ops.argumentTypeName(rt, a[0]));
                }
                if (a[0] instanceof org.pyvm.core.objects.UserSubclass) {
                    throw PyError.raise("TypeError", "can't intern " + Ops.typeName(rt, a[0]));
                }
                return rt.intern(a[0]);
            }));
        }
        if (!py2 && minor >= 8) {
            // PEP 578: sys.audit calls the hooks sys.addaudithook registered (this VM's own list; pyvm's
            // builtins raise no events of their own, so only a program's and the stdlib's audit calls reach them)
            List<PyObject> hooks = new java.util.ArrayList<>();
            put(rt, d, "addaudithook", new PyBuiltinFunction("addaudithook", (a, kw) -> {
                if (a.length != 1) {
                    throw PyError.raise("TypeError", "addaudithook() takes exactly 1 argument (" + a.length + " given)");
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
                org.pyvm.core.objects.PyTuple eventArgs = org.pyvm.core.objects.PyTuple.of(java.util.Arrays.copyOfRange(a, 1, a.length));
                for (PyObject hook : List.copyOf(hooks)) {
                    Ops.call(rt, hook, a[0], eventArgs);
                }
                return PyNone.NONE;
            }));
        }
        put(rt, d, "_getframe", new PyBuiltinFunction("_getframe", (a, kw) -> getframe(in, a, kw)));
        put(rt, d, "getrecursionlimit", new PyBuiltinFunction("getrecursionlimit", (a, kw) -> PyInt.of(rt.recursionLimit())));
        put(rt, d, "setrecursionlimit", new PyBuiltinFunction("setrecursionlimit", (a, kw) -> {
            long n = recursionLimitArgument(rt, a, kw);
            if (n < 1) {
                throw PyError.raise("ValueError", rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)
                        ? "recursion limit must be positive" : "recursion limit must be greater or equal than 1");
            }
            rt.setRecursionLimit((int) Math.min(n, Integer.MAX_VALUE));
            return PyNone.NONE;
        }));
        put(rt, d, "getsizeof", new PyBuiltinFunction("getsizeof", (a, kw) -> PyInt.of(64)));
        // what the import system and stdlib modules read from sys (warnings, re's cache tag...)
        put(rt, d, "warnoptions", PyList.of(List.of()));
        put(rt, d, "dont_write_bytecode", org.pyvm.core.objects.PyBool.TRUE);
        if (!py2) {
            // importlib (import_module, util.find_spec) finds modules through pyvm's own import system
            put(rt, d, "meta_path", PyList.of(new java.util.ArrayList<>(List.of(new MetaPathFinder(in)))));
            put(rt, d, "path_hooks", PyList.of(List.of()));
            put(rt, d, "path_importer_cache", PyDict.of(rt.lang, List.of()));
            // types.SimpleNamespace is type(sys.implementation)
            java.util.Map<String, PyObject> impl = new java.util.LinkedHashMap<>();
            impl.put("name", PyStr.of("cpython"));
            impl.put("cache_tag", PyStr.of("cpython-" + major + minor));
            impl.put("version", d.get(rt.name("version_info")));
            impl.put("hexversion", d.get(rt.name("hexversion")));
            impl.put("_multiarch", PyStr.of("x86_64-linux-gnu"));
            put(rt, d, "implementation", org.pyvm.core.modules.SimpleNamespace.of(org.pyvm.core.modules.SimpleNamespace.type(rt), impl));
        }
        SysExtras.install(in, d, tracebacks, argv);
        rt.modules.put(rt.name("sys"), sys);
        for (PyObject k : d.keys()) {
            if (d.get(k) instanceof org.pyvm.core.objects.PyBuiltinFunction b) {
                b.inModule(rt.name("sys")); // sys.exit.__module__
            }
        }
        return sys;
    }

    /** {@code sys._getframe([depth])}: the caller's frame object, or the one {@code depth} calls below it. */
    private static PyObject getframe(Interpreter in, PyObject[] a, String[] kw) {
        Runtime rt = in.rt;
        boolean modern = rt.lang.major() == 3 && rt.lang.minor() >= 7; // argument clinic's messages
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", modern ? "sys._getframe() takes no keyword arguments" : "_getframe() takes no keyword arguments");
        }
        if (a.length > 1) {
            throw PyError.raise("TypeError", modern ? "_getframe expected at most 1 argument, got " + a.length
                    : "_getframe() takes at most 1 argument (" + a.length + " given)");
        }
        long depth = 0;
        if (a.length == 1) {
            if (!(a[0] instanceof PyInt n)) {
                String t = Ops.typeName(rt, a[0]);
                throw PyError.raise("TypeError", modern ? "'" + t + "' object cannot be interpreted as an integer"
                        : a[0] instanceof org.pyvm.core.objects.PyFloat ? "integer argument expected, got float"
                        : rt.lang.major() == 2 ? "an integer is required" : "an integer is required (got type " + t + ")");
            }
            depth = n.big != null ? (n.big.signum() < 0 ? -1 : Long.MAX_VALUE) : n.small;
        }
        Frame f = in.current;
        while (depth > 0 && f != null) {
            f = f.back;
            depth--;
        }
        if (f == null) {
            throw PyError.raise("ValueError", "call stack is not deep enough");
        }
        return f.frameObject();
    }

    /** sys.stdin, sys.stdout and sys.stderr on the host's streams, encoded and buffered as the environment says ({@link StdioSettings}). */
    private static void putStandardStreams(Runtime rt, PyDict d, PyType fileType) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        StdioSettings stdio = StdioSettings.of(rt.lang, rt.host.environment(), rt.host.terminal());
        StdioCodec text = new StdioCodec(rt, py2, stdio.encoding(), stdio.errors()); // stdin's and stdout's
        PyStream stdout = new PyStream(fileType, "stdout", rt.host.stdout(), null);
        stdout.codec(text);
        if (stdio.unbuffered()) {
            // -u: 2.7's stdio unbuffered, 3.7+'s text layer write_through; 3.6 leaves its text layer line-buffered
            stdout.flushing(!py2 && rt.lang.minor() == 6 ? PyStream.Flushing.LINE : PyStream.Flushing.EVERY_WRITE);
        }
        PyStream stderr = new PyStream(fileType, "stderr", rt.host.stderr(), null);
        stderr.codec(new StdioCodec(rt, py2, stdio.encoding(), stdio.stderrErrors()));
        if (rt.lang.has(LanguageFeature.EMPTY_STRING_REPLACE_WITH_COUNT)) {
            stderr.flushing(PyStream.Flushing.LINE); // 3.9+ line-buffers stderr always
        }
        PyStream stdin = new PyStream(fileType, "stdin", null, rt.host.stdin());
        stdin.codec(text);
        put(rt, d, "stdout", stdout);
        put(rt, d, "stderr", stderr);
        put(rt, d, "stdin", stdin);
    }

    /**
     * sys.flags.hash_randomization for PYTHONHASHSEED (empty when unset), as measured: 3.x is 0 only for a seed of 0;
     * 2.7 is 0 when unset, 1 for "random" or 0, and the seed itself for any other.
     */
    private static long hashRandomization(boolean py2, String seed) {
        if (!py2) {
            return seed.equals("0") ? 0 : 1;
        }
        if (seed.isEmpty()) {
            return 0;
        }
        try {
            long n = Long.parseLong(seed);
            return n == 0 ? 1 : n;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void put(Runtime rt, PyDict d, String name, PyObject v) {
        d.put(rt.name(name), v);
    }

    /** write/flush/readline for the standard streams. */
    static final class StreamMethods {
        private StreamMethods() {
        }

        static void install(Runtime rt, PyType t) {
            t.dict.put("write", new org.pyvm.core.objects.PyMethodDescriptor("write", t, (self, a, kw) -> {
                PyStream s = (PyStream) self;
                if (py2(rt) && a.length != 1) {
                    throw PyError.raise("TypeError", "function takes exactly 1 argument (" + a.length + " given)");
                }
                if (a[0] instanceof org.pyvm.core.objects.PyBytes b && rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
                    s.writeBytes(b.bytes());
                    return PyNone.NONE;
                }
                String kind = py2(rt) ? rt.types.of(a[0]).name(rt.lang) : "";
                if (kind.equals("bytearray") || kind.equals("buffer")) {
                    s.writeBytes(((org.pyvm.core.objects.PyBytes) Ops.call(rt, rt.types.bytes, a[0])).bytes()); // a character buffer
                    return PyNone.NONE;
                }
                if (!(a[0] instanceof PyStr)) {
                    if (py2(rt)) {
                        throw PyError.raise("TypeError", "expected a string or other character buffer object"); // PyObject_AsCharBuffer
                    }
                    throw PyError.raise("TypeError", "write() argument must be str, not " + Ops.argumentTypeName(rt, a[0]));
                }
                String text = ((PyStr) a[0]).value();
                s.writeText(text);
                return py2(rt) ? PyNone.NONE : PyInt.of(((PyStr) a[0]).length());
            }));
            t.dict.put("flush", new org.pyvm.core.objects.PyMethodDescriptor("flush", t, (self, a, kw) -> {
                ((PyStream) self).flush();
                return PyNone.NONE;
            }));
            t.dict.put("read", new org.pyvm.core.objects.PyMethodDescriptor("read", t, (self, a, kw) ->
                    Strings.text(rt, notReadingAhead((PyStream) self).readText(size(rt, a)))));
            t.dict.put("readlines", new org.pyvm.core.objects.PyMethodDescriptor("readlines", t, (self, a, kw) -> {
                // with a hint, lines until their characters reach it (IOBase.readlines); 2.7's file reads whole chunks of
                // 8,192 bytes and gives every line they hold (file_readlines)
                long hint = size(rt, a);
                if (py2(rt) && hint > 0) {
                    hint = (hint + 8191) / 8192 * 8192;
                }
                long taken = 0;
                List<PyObject> lines = new ArrayList<>();
                for (String line = notReadingAhead((PyStream) self).readLine(true); line != null; line = ((PyStream) self).readLine(true)) {
                    lines.add(Strings.text(rt, line));
                    taken += line.length();
                    if (hint > 0 && taken >= hint) {
                        break;
                    }
                }
                return PyList.of(lines);
            }));
            // a file is its own iterator: next(sys.stdin) reads a line, and a for loop after it goes on from there
            t.dict.put("__iter__", new org.pyvm.core.objects.PyMethodDescriptor("__iter__", t, (self, a, kw) -> self));
            method(t, py2(rt) ? "next" : "__next__", (s, a) -> {
                String line = s.readLine(true);
                // 2.7's file reads ahead for next() (file_iternext), and its read methods refuse to run while that
                // buffer holds data: until the iteration has reached the end
                s.readingAhead = py2(rt) && line != null;
                if (line == null) {
                    throw PyError.raiseArgs("StopIteration");
                }
                return Strings.text(rt, line);
            });
            t.dict.put("readline", new org.pyvm.core.objects.PyMethodDescriptor("readline", t, (self, a, kw) ->
                    Strings.text(rt, notReadingAhead((PyStream) self).readLine(size(rt, a)))));
            method(t, "writelines", (s, a) -> {
                PyObject write = t.dict.get("write");
                for (PyObject line : Ops.toList(rt, a[0])) {
                    if (py2(rt) && !(line instanceof PyStr || line instanceof org.pyvm.core.objects.PyBytes)) {
                        String kind = rt.types.of(line).name(rt.lang);
                        if (!kind.equals("bytearray") && !kind.equals("buffer")) {
                            throw PyError.raise("TypeError", "writelines() argument must be a sequence of strings");
                        }
                    }
                    Ops.call(rt, write, s, line);
                }
                return PyNone.NONE;
            });
            method(t, "fileno", (s, a) -> PyInt.of(s.fileno()));
            method(t, "isatty", (s, a) -> org.pyvm.core.objects.PyBool.FALSE); // the goldens' streams are pipes
            attribute(t, "name", s -> Strings.text(rt, s.name()));
            attribute(t, "mode", s -> Strings.text(rt, s.reads() ? "r" : "w"));
            attribute(t, "encoding", s -> s.encoding() == null ? PyNone.NONE : Strings.text(rt, s.encoding()));
            attribute(t, "errors", s -> s.errors() == null ? PyNone.NONE : Strings.text(rt, s.errors()));
            attribute(t, "closed", s -> org.pyvm.core.objects.PyBool.FALSE);
            if (py2(rt)) {
                return;
            }
            method(t, "readable", (s, a) -> org.pyvm.core.objects.PyBool.of(s.reads()));
            method(t, "writable", (s, a) -> org.pyvm.core.objects.PyBool.of(!s.reads()));
            attribute(t, "line_buffering", s -> org.pyvm.core.objects.PyBool.of(s.lineBuffered()));
            PyType writer = binaryType(rt, "BufferedWriter");
            PyType reader = binaryType(rt, "BufferedReader");
            attribute(t, "buffer", s -> s.buffer(s.reads() ? reader : writer));
            method(t, "seekable", (s, a) -> org.pyvm.core.objects.PyBool.FALSE); // pipes, as isatty() says
            if (rt.lang.minor() >= 7) {
                t.dict.put("reconfigure", new org.pyvm.core.objects.PyMethodDescriptor("reconfigure", t, (self, a, kw) ->
                        reconfigure(rt, (PyStream) self, a, kw)));
            }
        }

        /**
         * 3.7+'s TextIOWrapper.reconfigure(*, encoding, errors, newline, line_buffering, write_through): what the stream
         * encodes with and when it flushes from now on (the text written so far is flushed first). (CPython also refuses
         * a new encoding once a stream has read; pyvm does not check that.)
         */
        private static PyObject reconfigure(Runtime rt, PyStream s, PyObject[] a, String[] kw) {
            int positional = a.length - (kw == null ? 0 : kw.length);
            if (positional > 0) {
                throw PyError.raise("TypeError", "reconfigure() takes no positional arguments");
            }
            String encoding = null;
            String errors = null;
            for (int i = 0; kw != null && i < kw.length; i++) {
                PyObject v = a[positional + i];
                switch (kw[i]) {
                    case "encoding" -> encoding = v == PyNone.NONE ? null : Ops.str(rt, v);
                    case "errors" -> errors = v == PyNone.NONE ? null : Ops.str(rt, v);
                    case "line_buffering" -> {
                        if (v != PyNone.NONE) {
                            s.flushing(Ops.truth(rt, v) ? PyStream.Flushing.LINE : PyStream.Flushing.HOST);
                        }
                    }
                    case "write_through" -> {
                        if (v != PyNone.NONE && Ops.truth(rt, v)) {
                            s.flushing(PyStream.Flushing.EVERY_WRITE);
                        }
                    }
                    case "newline" -> {
                        // "\n", "" and None all write "\n" on this platform
                    }
                    default -> throw PyError.raise("TypeError", "'" + kw[i] + "' is an invalid keyword argument for reconfigure()");
                }
            }
            if (encoding != null || errors != null) {
                if (encoding != null) {
                    org.pyvm.core.builtins.Builtins.encodeText(rt, "", encoding, "strict"); // LookupError: unknown encoding
                }
                s.flush();
                String e = encoding != null ? encoding : s.encoding();
                // a new encoding without errors= goes back to strict, as CPython's does
                String r = errors != null ? errors : encoding != null ? "strict" : s.errors();
                s.codec(new StdioCodec(rt, false, e, r));
            }
            return PyNone.NONE;
        }

        private static PyStream notReadingAhead(PyStream s) {
            if (s.readingAhead) {
                throw PyError.raise("ValueError", "Mixing iteration and read methods would lose data");
            }
            return s;
        }

        /** The size argument of read(), readline() and readlines(): none, None or a negative one is no limit. */
        private static long size(Runtime rt, PyObject[] a) {
            if (a.length == 0 || a[0] == PyNone.NONE) {
                return -1;
            }
            org.pyvm.core.objects.PyInt n = Ops.indexOrNull(rt, a[0]);
            if (n == null) {
                throw PyError.raise("TypeError", py2(rt) ? "an integer is required"
                        : "argument should be integer or None, not '" + Ops.typeName(rt, a[0]) + "'");
            }
            return n.big != null ? (n.big.signum() < 0 ? -1 : Long.MAX_VALUE) : n.small;
        }

        /** sys.stdout.buffer's and sys.stdin.buffer's types: bytes in and out of the same host streams. */
        private static PyType binaryType(Runtime rt, String name) {
            PyType b = PyType.builtin(name, null, rt.types.object);
            method(b, "write", (s, a) -> {
                String kind = rt.types.of(a[0]).name(rt.lang);
                if (!(a[0] instanceof org.pyvm.core.objects.PyBytes || kind.equals("bytearray") || kind.equals("memoryview"))) {
                    throw PyError.raise("TypeError", "a bytes-like object is required, not '" + Ops.typeName(rt, a[0]) + "'");
                }
                byte[] bytes = ((org.pyvm.core.objects.PyBytes) Ops.call(rt, rt.types.bytes, a[0])).bytes();
                s.writeBytes(bytes);
                return PyInt.of(bytes.length);
            });
            method(b, "flush", (s, a) -> {
                s.flush();
                return PyNone.NONE;
            });
            method(b, "read", (s, a) -> org.pyvm.core.objects.PyBytes.of(s.readBytes(a.length == 0 || a[0] == PyNone.NONE ? -1
                    : ((PyInt) a[0]).small)));
            method(b, "readline", (s, a) -> org.pyvm.core.objects.PyBytes.of(s.readLineBytes()));
            method(b, "readlines", (s, a) -> {
                List<PyObject> lines = new ArrayList<>();
                for (byte[] line = s.readLineBytes(); line.length > 0; line = s.readLineBytes()) {
                    lines.add(org.pyvm.core.objects.PyBytes.of(line));
                }
                return PyList.of(lines);
            });
            method(b, "fileno", (s, a) -> PyInt.of(s.fileno()));
            // what io.TextIOWrapper(sys.stdout.buffer, ...) asks of the stream it wraps, and a reader's lines
            attribute(b, "closed", s -> org.pyvm.core.objects.PyBool.FALSE);
            method(b, "readable", (s, a) -> org.pyvm.core.objects.PyBool.of(s.reads()));
            method(b, "writable", (s, a) -> org.pyvm.core.objects.PyBool.of(!s.reads()));
            method(b, "seekable", (s, a) -> org.pyvm.core.objects.PyBool.FALSE);
            method(b, "isatty", (s, a) -> org.pyvm.core.objects.PyBool.FALSE);
            b.dict.put("__iter__", new org.pyvm.core.objects.PyMethodDescriptor("__iter__", b, (self, a, kw) -> self));
            method(b, "__next__", (s, a) -> {
                byte[] line = s.readLineBytes();
                if (line.length == 0) {
                    throw PyError.raiseArgs("StopIteration");
                }
                return org.pyvm.core.objects.PyBytes.of(line);
            });
            attribute(b, "name", s -> PyStr.of(s.name()));
            attribute(b, "mode", s -> PyStr.of(s.reads() ? "rb" : "wb"));
            return b;
        }

        @FunctionalInterface
        private interface StreamBody {
            PyObject apply(PyStream self, PyObject[] args);
        }

        private static void method(PyType t, String name, StreamBody body) {
            t.dict.put(name, new org.pyvm.core.objects.PyMethodDescriptor(name, t, (self, a, kw) -> body.apply((PyStream) self, a)));
        }

        /** A read-only data attribute of the streams ({@code sys.stdout.encoding}). */
        private static void attribute(PyType t, String name, java.util.function.Function<PyStream, PyObject> value) {
            t.dict.put(name, new org.pyvm.core.objects.PyGetSet(name, t, o -> o instanceof PyStream s ? value.apply(s) : null));
        }

        private static boolean py2(Runtime rt) {
            return rt.lang.has(LanguageFeature.STR_IS_BYTES);
        }
    }
}
