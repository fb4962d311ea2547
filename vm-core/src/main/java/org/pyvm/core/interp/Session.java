package org.pyvm.core.interp;

import java.nio.file.Path;
import java.util.List;
import org.pyvm.core.builtins.Builtins;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.limits.LimitExceeded;
import org.pyvm.core.limits.Limits;
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
import org.pyvm.core.sandbox.Sandbox;

/**
 * One VM's live state: its runtime (builtins, sys, modules), its interpreter and the globals of its
 * {@code __main__} module. {@link Vm} makes one per run; an embedding host keeps one to call into
 * the module after running it. Nothing here is shared with other sessions, and a session is used by
 * one thread at a time (its methods run Python code on the calling thread: call them on a thread
 * with a large stack, as {@link Vm} does).
 */
public final class Session {
    private final Runtime rt;
    private final Interpreter in;
    private final PyDict globals;
    private final Tracebacks tracebacks;

    /**
     * @param lang      the language level of the code to run (a code object's {@code lang})
     * @param argv      {@code sys.argv}
     * @param scriptDir the folder tracebacks read source lines from
     */
    public Session(Language lang, Host host, List<String> argv, Path scriptDir) {
        this(lang, host, argv, scriptDir, Limits.none(), Sandbox.off());
    }

    /**
     * As {@link #Session(Language, Host, List, Path)}, within {@code limits} (step budget, time,
     * memory: each run or call from the host starts its clock and step count afresh) and with what the
     * program may touch outside itself. Both are set before anything runs, so the start-up is
     * already within them.
     */
    public Session(Language lang, Host host, List<String> argv, Path scriptDir, Limits limits, Sandbox sandbox) {
        rt = new Runtime(lang, host);
        rt.setLimits(limits);
        rt.setSandbox(sandbox);
        in = new Interpreter(rt);
        Builtins.install(rt);
        rt.builtins.put(rt.name("__build_class__"), Classes.buildClassBuiltin(in));
        FrameBuiltins.install(in);
        Imports.install(in);
        tracebacks = new Tracebacks(rt, scriptDir);
        Sys.create(in, argv, tracebacks);
        org.pyvm.core.modules.io.IoModule.installBuiltins(rt); // open() (2.7: and file()) once sys's file type exists
        Builtins.checkArities(rt);
        Builtins.markModule(rt);
        Builtins.moduleNames(rt);
        SysPath.initialise(rt, scriptDir);
        if (sandbox.on()) {
            // the standard library SysPath put on sys.path is the VM's own, as the builtins are
            // (and __future__ comes from it when it is there)
            org.pyvm.core.host.StdlibLocator.find(lang.version()).ifPresent(lib -> rt.setSandbox(rt.sandbox().alsoReading(lib)));
        }
        if (org.pyvm.core.host.StdlibLocator.find(lang.version()).isEmpty()) {
            // without CPython's library (where __future__.py lives) the compiler's imports of it still succeed
            PyModule future = new PyModule("__future__", PyDict.of(lang, List.of()));
            for (String feature : new String[] {"print_function", "division", "absolute_import", "unicode_literals",
                "generators", "nested_scopes", "with_statement", "generator_stop", "annotations"}) {
                future.dict.put(rt.name(feature), PyNone.NONE);
            }
            rt.modules.put(rt.name("__future__"), future);
        }
        globals = PyDict.of(lang, List.of());
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
        PyModule builtinsModule = new PyModule(py3 ? "builtins" : "__builtin__", rt.builtins);
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
    }

    /** Watches every instruction from now on (null: none), as {@code pyvm trace} does. */
    public void setTracer(Tracer tracer) {
        in.setTracer(tracer);
    }

    public Runtime runtime() {
        return rt;
    }

    /** The {@code __main__} module's globals (live: running the module fills them). */
    public PyDict globals() {
        return globals;
    }

    /**
     * Runs {@code module} as {@code __main__} like {@code python FILE}: the exit status is 0, 1 after
     * an uncaught exception (its traceback written to stderr), or what {@code sys.exit} was given. The
     * limits' clock starts now; a spent step budget or time limit is a {@link LimitExceeded} thrown
     * after the program's buffered output is flushed.
     */
    public int runMain(CodeObject module) {
        int status;
        boolean interrupted = false;
        rt.limits().start();
        try {
            try {
                in.runMainModule(module, globals);
            } finally {
                flushIo();
            }
            flushLine27();
            status = 0;
        } catch (PyError e) {
            PyBaseException x = rt.exception(e);
            interrupted = diesBySigint(x);
            status = uncaught(x);
        } catch (LimitExceeded e) {
            flush(); // what the program printed before it was stopped
            throw e;
        }
        try {
            runExitFunctions();
            if (!flushStdFiles()) {
                status = 120; // Py_FinalizeEx failed: what Py_RunMain and Py_Exit then exit with
            }
            in.finishMain(); // the interpreter's end clears the main module's names
        } finally {
            flush(); // a limit spent in an exit function still lets what was printed out
            rt.endCompiler();
        }
        return interrupted ? KILLED_BY_SIGINT : status;
    }

    /**
     * The status of a 3.8+ program that ended with an uncaught KeyboardInterrupt: CPython prints the traceback,
     * finalizes, then kills itself with SIGINT (bpo-1054041), as a subprocess's return code says: -2. The
     * command line ends its process the same way; 2.7 and 3.6 exit 1. Only KeyboardInterrupt itself, not a subclass
     * (run_eval_code_obj compares the exception's type with PyExc_KeyboardInterrupt).
     */
    public static final int KILLED_BY_SIGINT = -2;

    private boolean diesBySigint(PyBaseException e) {
        org.pyvm.core.objects.PyType keyboardInterrupt = rt.types.exceptions.get("KeyboardInterrupt");
        return !rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) && rt.lang.minor() >= 8 && keyboardInterrupt != null
                && rt.types.of(e) == keyboardInterrupt;
    }

    /**
     * What CPython runs as it ends, after the main module and its traceback: 3.x's atexit callbacks (when the
     * module was imported), 2.7's {@code sys.exitfunc} (which its pure-Python atexit sets). Their errors are
     * reported on stderr and do not change the exit status.
     */
    private void runExitFunctions() {
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            PyObject exitfunc = Sys.current(rt, "exitfunc");
            if (exitfunc != null) {
                try {
                    Ops.call(rt, exitfunc);
                } catch (PyError e) {
                    // call_sys_exitfunc: the header, then PyErr_Print, which a hook in sys.excepthook answers
                    PyBaseException exc = rt.exception(e);
                    if (!Tracebacks.isSystemExit(rt, exc)) {
                        flush();
                        display("Error in sys.exitfunc:\n");
                        printUncaught(exc);
                    }
                }
            }
            flushLine27(); // call_sys_exitfunc's own
            return;
        }
        PyObject atexit = rt.modules.get(rt.name("atexit"));
        if (atexit instanceof PyModule m && m.dict.get(rt.name("_run_exitfuncs")) instanceof org.pyvm.core.modules.AtexitModule.RunExitFuncs run) {
            boolean named = rt.lang.minor() >= 10; // 3.10 names the callback
            run.runAll((f, e) -> reportAtExit(named ? "Exception ignored in atexit callback: " + Ops.repr(rt, f) + "\n"
                    : "Error in atexit._run_exitfuncs:\n", e));
        }
    }

    private void reportAtExit(String header, PyError e) {
        PyBaseException exc = rt.exception(e);
        if (Tracebacks.isSystemExit(rt, exc)) {
            return;
        }
        flush();
        display(header + tracebacks.format(exc));
    }

    /**
     * Calls {@code callable(args...)} with the step budget and the clock started afresh; a Python
     * exception escapes as the {@link PyError} it is, a spent limit as {@link LimitExceeded}.
     */
    public PyObject call(PyObject callable, PyObject... args) {
        rt.limits().start();
        try {
            return Ops.call(rt, callable, args);
        } finally {
            flush();
        }
    }

    /** The traceback CPython would print for {@code e} when nothing catches it. */
    public String traceback(PyError e) {
        return tracebacks.format(rt.exception(e));
    }

    /** 2.7's Py_FlushLine ({@link Output#flushLine}); 3.x has no softspace. */
    private void flushLine27() {
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            in.output.flushLine();
        }
    }

    private int uncaught(PyBaseException e) {
        if (Tracebacks.isSystemExit(rt, e)) {
            flushLine27(); // handle_system_exit
            // handle_system_exit reads the exception's code attribute, which the program may have set since
            PyObject code = Ops.getattrOrNull(rt, e, "code");
            if (code == null) {
                code = e.args.size() == 0 ? PyNone.NONE : e.args.size() == 1 ? e.args.get(0) : e.args;
            }
            if (code == PyNone.NONE) {
                return 0;
            }
            if (code instanceof PyInt i) {
                return i.big == null ? (int) i.small : 255; // past a C long PyLong_AsLong fails: exit(-1), status 255
            }
            if (code instanceof org.pyvm.core.objects.PyBool b) {
                return b.value ? 1 : 0; // sys.exit(True): bool is an int
            }
            flush();
            // handle_system_exit writes the code and then a newline to sys.stderr (the C stream when it is None),
            // and drops whatever that raises; the newline, written as PySys_WriteStderr writes, goes to the C
            // stream when sys.stderr's write fails
            try {
                SysExtras.writeStderr(rt, Ops.str(rt, code));
            } catch (PyError dropped) {
                // as CPython: the status is 1 all the same
            }
            try {
                SysExtras.writeStderr(rt, "\n");
            } catch (PyError failed) {
                rt.writeErr("\n");
            }
            return 1;
        }
        return printUncaught(e);
    }

    /** What PyErr_Print does with {@code e} (not a SystemExit): sys.excepthook's report, or the hook's own. */
    private int printUncaught(PyBaseException e) {
        flush();
        PyObject hook = Sys.current(rt, "excepthook");
        PyObject original = Sys.current(rt, "__excepthook__");
        if (hook == null || hook == original) {
            flushLine27(); // PyErr_Display's, which a hook of the program's own does not do
            flush();
            display(tracebacks.format(e));
            return 1;
        }
        if (hook == PyNone.NONE) {
            display("sys.excepthook is missing\n" + tracebacks.format(e));
            return 1;
        }
        // a hook the program put in sys.excepthook: CPython calls it with (type, value, traceback)
        try {
            Ops.call(rt, hook, rt.types.of(e), org.pyvm.core.objects.PyClassicRaise.visible(e),
                    e.traceback.isEmpty() ? PyNone.NONE : e.tracebackObject());
            flush();
        } catch (PyError hookError) {
            PyBaseException h = rt.exception(hookError);
            if (Tracebacks.isSystemExit(rt, h)) {
                return uncaught(h);
            }
            flush();
            display("Error in sys.excepthook:\n" + tracebacks.format(h) + "\nOriginal exception was:\n" + tracebacks.format(e));
        }
        return 1;
    }

    /** A file object of the program's own in sys.stdout or sys.stderr (not None, not the host's stream), or null. */
    private PyObject programStream(String name) {
        PyObject f = Sys.current(rt, name);
        return f == null || f == PyNone.NONE || f instanceof PyStream ? null : f;
    }

    /**
     * 3.x's flush_io once the main module ends, however it ends: sys.stderr's and sys.stdout's flush methods,
     * whatever they raise dropped. (The host's own streams are flushed at the end anyway.)
     */
    private void flushIo() {
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            return;
        }
        for (String name : new String[] {"stderr", "stdout"}) {
            PyObject f = programStream(name);
            if (f != null) {
                try {
                    Ops.call(rt, Ops.getattr(rt, f, "flush"));
                } catch (PyError ignored) {
                    // PyErr_Clear
                }
            }
        }
    }

    /**
     * 3.x's flush_std_files as the interpreter finalizes, after the exit functions: sys.stdout's flush, then
     * sys.stderr's, unless the file says it is closed. A failure makes finalization fail (false), which turns the
     * exit status into 120; sys.stdout's is reported as an unraisable exception first.
     */
    private boolean flushStdFiles() {
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            return true;
        }
        boolean ok = true;
        for (String name : new String[] {"stdout", "stderr"}) {
            PyObject f = programStream(name);
            if (f == null || isClosed(f)) {
                continue;
            }
            try {
                Ops.call(rt, Ops.getattr(rt, f, "flush"));
            } catch (PyError e) {
                ok = false;
                if (name.equals("stdout")) {
                    writeUnraisable(f, e);
                }
            }
        }
        return ok;
    }

    /** file_is_closed: the file's {@code closed} attribute is true; an error asking is taken as not closed. */
    private boolean isClosed(PyObject f) {
        try {
            PyObject closed = Ops.getattrOrNull(rt, f, "closed");
            return closed != null && Ops.truth(rt, closed);
        } catch (PyError e) {
            return false;
        }
    }

    /** PyErr_WriteUnraisable's default report, on sys.stderr; a failure to write it is dropped. */
    private void writeUnraisable(PyObject obj, PyError e) {
        try {
            SysExtras.writeStderr(rt, "Exception ignored in: " + Ops.repr(rt, obj) + "\n" + tracebacks.format(rt.exception(e)));
        } catch (PyError ignored) {
            // as CPython, which has nowhere left to report it
        }
    }

    /**
     * PyErr_Display's output: to sys.stderr as the program left it (sys.stdout, say, or an object of its own),
     * nowhere in 3.x when it is None, where 2.7 says on the C stream that it is lost.
     */
    private void display(String traceback) {
        PyObject err = Sys.current(rt, "stderr");
        if (err == null || err == PyNone.NONE) {
            if (rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
                rt.writeErr("lost sys.stderr\n");
            }
            return;
        }
        try {
            SysExtras.writeStderr(rt, traceback);
            PyObject own = programStream("stderr");
            if (own != null && rt.lang.minor() >= 11) {
                Ops.call(rt, Ops.getattr(rt, own, "flush")); // 3.11's _PyErr_Display flushes the file it wrote to
            }
        } catch (PyError writeFailed) {
            rt.writeErr("lost sys.stderr\n"); // what PyErr_Display says when writing fails
        }
        flush();
    }

    /** Writes out what sys.stdout buffers, then the host's streams. */
    public void flush() {
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
