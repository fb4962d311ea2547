package org.pyvm.core.modules.io;

import java.util.List;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * The {@code _io} module (io.py re-exports it) and the builtin {@code open}: 3.x's is {@code _io.open}
 * itself; 2.7's makes a {@code file} object ({@link File27}).
 */
public final class IoModule {
    private IoModule() {
    }

    /** 2.7's os.fdopen: a {@code file} over the open descriptor {@code fd} ({@link File27#fdopen}). */
    public static PyObject fdopen27(Runtime rt, int fd, String mode) {
        return File27.fdopen(io(rt), (org.pyvm.core.objects.PyType) rt.builtins.get(rt.name("file")), fd, mode);
    }

    /** The VM's Io, made on first use (after start-up, when classes can be constructed). */
    static Io io(Runtime rt) {
        return rt.files.io(() -> new Io(rt));
    }

    /** Installs the builtin {@code open} (and 2.7's {@code file} constructor); runs once the sys module exists. */
    public static void installBuiltins(Runtime rt) {
        if (rt.lang.major() == 2) {
            File27.install(rt);
            return;
        }
        rt.builtins.put(rt.name("open"), openFunction(rt));
    }

    private static PyObject openFunction(Runtime rt) {
        PyObject existing = rt.builtins.get(rt.name("open"));
        if (existing instanceof PyBuiltinFunction f && f.name().equals("open") && f.self() == null && rt.lang.major() > 2) {
            return existing;
        }
        return new PyBuiltinFunction("open", (a, kw) -> Open.open(io(rt), a, kw));
    }

    public static PyModule create(Runtime rt) {
        Io io = io(rt);
        PyModule m = new PyModule("_io", PyDict.of(rt.lang, List.of()));
        put(rt, m, "__name__", Strings.text(rt, "_io"));
        put(rt, m, "__doc__", PyNone.NONE);
        put(rt, m, "__package__", rt.lang.major() == 2 ? PyNone.NONE : Strings.text(rt, ""));
        put(rt, m, "DEFAULT_BUFFER_SIZE", Io.integer(Io.DEFAULT_BUFFER_SIZE));
        put(rt, m, "UnsupportedOperation", io.unsupported);
        PyType blocking = rt.types.exceptions.get("BlockingIOError");
        if (blocking == null) {
            blocking = PyType.userClass("BlockingIOError", new PyType[] {rt.types.exceptions.get("IOError")}, false)
                    .withInstanceProtocol(rt.instances);
        }
        put(rt, m, "BlockingIOError", blocking);
        PyObject open = rt.lang.major() == 2 ? new PyBuiltinFunction("open", (a, kw) -> Open.open(io, a, kw)) : openFunction(rt);
        put(rt, m, "open", open);
        if (rt.lang.major() > 2 && rt.lang.minor() >= 8) {
            put(rt, m, "open_code", new PyBuiltinFunction("open_code", (a, kw) -> {
                if (a.length != 1 || !(a[0] instanceof PyStr)) {
                    throw PyError.raise("TypeError", "open_code() argument 'path' must be str");
                }
                return Open.open(io, new PyObject[] {a[0], PyStr.of("rb")}, null);
            }));
        }
        if (rt.lang.major() > 2 && rt.lang.minor() >= 10) {
            put(rt, m, "text_encoding", new PyBuiltinFunction("text_encoding", (a, kw) ->
                    a.length == 0 || a[0] == PyNone.NONE ? PyStr.of("locale") : a[0]));
        }
        for (PyType t : new PyType[] {io.iobase, io.rawiobase, io.bufferediobase, io.textiobase, io.fileio, io.bytesio, io.stringio,
            io.bufferedReader, io.bufferedWriter, io.bufferedRandom, io.textiowrapper}) {
            put(rt, m, t.name(rt.lang), t);
        }
        for (String missing : new String[] {"BufferedRWPair", "IncrementalNewlineDecoder"}) {
            PyType t = PyType.builtin(missing, null, missing.startsWith("Buffered") ? io.bufferediobase : rt.types.object);
            t.dict.put("__module__", Strings.text(rt, "_io"));
            t.withConstructor((type, a, kw) -> {
                throw PyError.raise("NotImplementedError", "pyvm does not implement _io." + missing + " yet");
            });
            put(rt, m, missing, t);
        }
        return m;
    }

    private static void put(Runtime rt, PyModule m, String name, PyObject v) {
        m.dict.put(rt.name(name), v);
    }
}
