package org.pyvm.core.interp;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.pyvm.core.builtins.Builtins;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.runtime.Host;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.PyStream;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * Runs a module like {@code python FILE.pyc}: on its own thread with a large stack (so the
 * recursion limit, not the Java stack, decides RecursionError), with the host's streams, and
 * returns the exit status: 0, 1 after an uncaught exception (traceback on stderr), or sys.exit's.
 */
public final class Vm {
    private static final long STACK_BYTES = 1L << 30;

    private Vm() {
    }

    public static int run(CodeObject module, List<String> argv, Host host, Path scriptDir) {
        AtomicInteger status = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                status.set(runHere(module, argv, host, scriptDir));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "pyvm-main", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        Throwable e = failure.get();
        if (e instanceof RuntimeException re) {
            throw re;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return status.get();
    }

    private static int runHere(CodeObject module, List<String> argv, Host host, Path scriptDir) {
        Language lang = module.lang;
        Runtime rt = new Runtime(lang, host);
        Interpreter in = new Interpreter(rt);
        Builtins.install(rt);
        rt.builtins.put(rt.name("__build_class__"), Classes.buildClassBuiltin(in));
        FrameBuiltins.install(in);
        Imports.install(in);
        Sys.create(in, argv);
        SysPath.initialise(rt, scriptDir);
        PyModule future = new PyModule("__future__", PyDict.of(lang, List.of()));
        for (String feature : new String[] {"print_function", "division", "absolute_import", "unicode_literals",
            "generators", "nested_scopes", "with_statement", "generator_stop", "annotations"}) {
            future.dict.put(rt.name(feature), PyNone.NONE);
        }
        rt.modules.put(rt.name("__future__"), future);
        PyDict globals = PyDict.of(lang, List.of());
        globals.put(rt.name("__name__"), Strings.text(rt, "__main__"));
        globals.put(rt.name("__doc__"), PyNone.NONE);
        globals.put(rt.name("__package__"), PyNone.NONE);
        String mainFile = SysPath.mainFile(rt, argv, scriptDir);
        boolean py3 = !lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
        if (py3) {
            // what python3 FILE.pyc gives the main module, in its order
            globals.put(rt.name("__loader__"), ModuleObjects.mainLoader(rt, mainFile));
            globals.put(rt.name("__spec__"), PyNone.NONE);
            globals.put(rt.name("__annotations__"), PyDict.of(lang, List.of()));
        }
        PyModule builtinsModule = new PyModule(lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) ? "__builtin__" : "builtins", rt.builtins);
        globals.put(rt.name("__builtins__"), builtinsModule);
        rt.modules.put(rt.name(builtinsModule.name), builtinsModule); // "import builtins" gives the same module
        if (mainFile != null) {
            globals.put(rt.name("__file__"), Strings.text(rt, mainFile));
        }
        if (py3) {
            globals.put(rt.name("__cached__"), PyNone.NONE);
        }
        PyModule main = new PyModule("__main__", globals);
        main.file = mainFile;
        rt.modules.put(rt.name("__main__"), main);
        Tracebacks tracebacks = new Tracebacks(rt, scriptDir);
        int status;
        try {
            in.runModule(module, globals);
            status = 0;
        } catch (PyError e) {
            status = uncaught(rt, tracebacks, rt.exception(e));
        }
        flush(rt);
        return status;
    }

    private static int uncaught(Runtime rt, Tracebacks tracebacks, PyBaseException e) {
        if (Tracebacks.isSystemExit(rt, e)) {
            PyObject code = e.args.size() == 0 ? PyNone.NONE : e.args.size() == 1 ? e.args.get(0) : e.args;
            if (code == PyNone.NONE) {
                return 0;
            }
            if (code instanceof PyInt i) {
                return (int) i.small;
            }
            flush(rt);
            rt.writeErr(Ops.str(rt, code) + "\n");
            return 1;
        }
        flush(rt);
        rt.writeErr(tracebacks.format(e));
        return 1;
    }

    private static void flush(Runtime rt) {
        PyStream out = Sys.stdout(rt);
        if (out != null) {
            out.flush();
        }
        try {
            rt.host.stdout().flush();
            rt.host.stderr().flush();
        } catch (java.io.IOException ignored) {
            // the host closed its streams: nothing left to say
        }
    }
}
