package org.pyvm.core.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyCallable;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySet;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * CPython's signal module in C: 2.7's {@code signal}, 3.x's {@code _signal} (whose pure-Python {@code signal.py}
 * makes the Signals and Handlers enums from these constants). The numbers are Linux x86-64's. A VM runs inside a
 * JVM that delivers it no signals, so the module keeps each signal's handler (SIGINT's is default_int_handler and
 * SIGPIPE/SIGXFSZ are ignored, as CPython sets them at start-up) for getsignal and signal to report, and
 * {@code raise_signal} (3.8+) runs the handler at once, as CPython does for a signal raised in its main thread.
 * What would need a signal from outside (alarm, setitimer and pause that wait for one) is an OSError
 * (ENOSYS) saying so, never a silent no-op.
 */
public final class SignalModule {
    private static final int NSIG = 65;
    private static final int SIG_DFL = 0;
    private static final int SIG_IGN = 1;
    private static final int SIGINT = 2;
    private static final int SIGKILL = 9;
    private static final int SIGPIPE = 13;
    private static final int SIGSTOP = 19;
    private static final int SIGXFSZ = 25;

    /** Linux x86-64's signal numbers, by name; SIGSTKFLT only in 3.11's module. */
    private static final String[][] SIGNALS = {
        {"SIGHUP", "1"}, {"SIGINT", "2"}, {"SIGQUIT", "3"}, {"SIGILL", "4"}, {"SIGTRAP", "5"}, {"SIGABRT", "6"}, {"SIGIOT", "6"},
        {"SIGBUS", "7"}, {"SIGFPE", "8"}, {"SIGKILL", "9"}, {"SIGUSR1", "10"}, {"SIGSEGV", "11"}, {"SIGUSR2", "12"},
        {"SIGPIPE", "13"}, {"SIGALRM", "14"}, {"SIGTERM", "15"}, {"SIGSTKFLT", "16"}, {"SIGCHLD", "17"}, {"SIGCLD", "17"},
        {"SIGCONT", "18"}, {"SIGSTOP", "19"}, {"SIGTSTP", "20"}, {"SIGTTIN", "21"}, {"SIGTTOU", "22"}, {"SIGURG", "23"},
        {"SIGXCPU", "24"}, {"SIGXFSZ", "25"}, {"SIGVTALRM", "26"}, {"SIGPROF", "27"}, {"SIGWINCH", "28"}, {"SIGIO", "29"},
        {"SIGPOLL", "29"}, {"SIGPWR", "30"}, {"SIGSYS", "31"}, {"SIGRTMIN", "34"}, {"SIGRTMAX", "64"},
    };

    /** strsignal's words (glibc's), by signal number. */
    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
        "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
        "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault",
        "Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)",
        "Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
        "Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call"};

    private SignalModule() {
    }

    /** The module for {@code rt}; {@code frame} gives the running frame a handler is called with. */
    public static PyModule create(Runtime rt, Supplier<PyObject> frame) {
        boolean py2 = rt.lang.major() == 2;
        int minor = rt.lang.minor();
        boolean modern = !py2 && minor >= 8;
        ModuleBuilder m = new ModuleBuilder(rt, py2 ? "signal" : "_signal");
        for (String[] s : SIGNALS) {
            if (s[0].equals("SIGSTKFLT") && (py2 || minor < 11)) {
                continue;
            }
            m.put(s[0], PyInt.of(Integer.parseInt(s[1])));
        }
        m.put("NSIG", PyInt.of(NSIG)).put("SIG_DFL", PyInt.of(SIG_DFL)).put("SIG_IGN", PyInt.of(SIG_IGN));
        m.put("ITIMER_REAL", PyInt.of(0)).put("ITIMER_VIRTUAL", PyInt.of(1)).put("ITIMER_PROF", PyInt.of(2));
        if (!py2) {
            m.put("SIG_BLOCK", PyInt.of(0)).put("SIG_UNBLOCK", PyInt.of(1)).put("SIG_SETMASK", PyInt.of(2));
        }
        PyType itimerError = ModuleSupport.exception(rt, "signal", "ItimerError", rt.types.exceptions.get(py2 ? "IOError" : "OSError"));
        m.put("ItimerError", itimerError);

        PyBuiltinFunction defaultIntHandler = new PyBuiltinFunction("default_int_handler", (a, kw) -> {
            throw PyError.raiseArgs("KeyboardInterrupt");
        });
        m.put("default_int_handler", defaultIntHandler);
        PyObject[] handlers = new PyObject[NSIG];
        for (int i = 1; i < NSIG; i++) {
            handlers[i] = PyInt.of(i == SIGPIPE || i == SIGXFSZ ? SIG_IGN : SIG_DFL);
        }
        handlers[SIGINT] = defaultIntHandler;

        m.def("signal", (a, kw) -> {
            arity(rt, "signal", a, kw, 2, 2);
            int sig = signum(rt, a[0]);
            PyObject handler = a[1];
            boolean known = handler instanceof PyInt h && h.big == null && (h.small == SIG_DFL || h.small == SIG_IGN);
            if (!known && !(handler instanceof PyCallable || rt.types.of(handler).lookup("__call__") != null)) {
                throw PyError.raise("TypeError", "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            if (sig == SIGKILL || sig == SIGSTOP) {
                // sigaction's EINVAL: 2.7 raises it as a RuntimeError carrying (errno, strerror)
                throw PyError.raiseArgs(py2 ? "RuntimeError" : "OSError", PyInt.of(22), Strings.text(rt, "Invalid argument"));
            }
            PyObject old = handlers[sig];
            handlers[sig] = handler;
            return old;
        });
        m.def("getsignal", (a, kw) -> {
            arity(rt, "getsignal", a, kw, 1, 1);
            return handlers[signum(rt, a[0])];
        });
        m.def("siginterrupt", (a, kw) -> {
            arity(rt, "siginterrupt", a, kw, 2, 2);
            signum(rt, a[0]);
            return PyNone.NONE;
        });
        long[] wakeupFd = {-1};
        m.def("set_wakeup_fd", (a, kw) -> {
            if (a.length < 1) {
                throw PyError.raise("TypeError", "set_wakeup_fd() missing required argument 'fd' (pos 1)");
            }
            if (!(a[0] instanceof PyInt fd)) {
                throw PyError.raise("TypeError", "an integer is required" + (py2 ? "" : " (got type " + Ops.typeName(rt, a[0]) + ")"));
            }
            long old = wakeupFd[0];
            wakeupFd[0] = fd.small;
            return PyInt.of(old);
        });
        m.def("alarm", (a, kw) -> {
            arity(rt, "alarm", a, kw, 1, 1);
            if (a[0] instanceof PyInt n && n.big == null && n.small == 0) {
                return PyInt.of(0); // cancels nothing: no alarm is ever pending
            }
            throw undeliverable(rt, "alarm");
        });
        m.def("pause", (a, kw) -> {
            throw undeliverable(rt, "pause");
        });
        m.def("setitimer", (a, kw) -> {
            arity(rt, "setitimer", a, kw, 2, 3);
            double seconds = a[1] instanceof PyFloat f ? f.value : a[1] instanceof PyInt i && i.big == null ? i.small : -1;
            if (seconds == 0) {
                return PyTuple.of(PyFloat.of(0.0), PyFloat.of(0.0)); // disarms the timer, which was never armed
            }
            throw undeliverable(rt, "setitimer");
        });
        m.def("getitimer", (a, kw) -> {
            arity(rt, "getitimer", a, kw, 1, 1);
            return PyTuple.of(PyFloat.of(0.0), PyFloat.of(0.0));
        });
        if (!py2) {
            List<PyObject> mask = new ArrayList<>();
            m.def("pthread_sigmask", (a, kw) -> {
                arity(rt, "pthread_sigmask", a, kw, 2, 2);
                long how = a[0] instanceof PyInt h ? h.small : -1;
                if (how < 0 || how > 2) {
                    throw PyError.raiseArgs("OSError", PyInt.of(22), Strings.text(rt, "Invalid argument"));
                }
                List<PyObject> given = new ArrayList<>();
                for (PyObject s : Ops.toList(rt, a[1])) {
                    given.add(PyInt.of(signum(rt, s)));
                }
                PySet old = PySet.of(rt.lang, new ArrayList<>(mask));
                if (how == 0) {
                    for (PyObject s : given) {
                        if (!mask.contains(s)) {
                            mask.add(s);
                        }
                    }
                } else if (how == 1) {
                    mask.removeAll(given);
                } else {
                    mask.clear();
                    mask.addAll(given);
                }
                return old;
            });
            m.def("sigpending", (a, kw) -> PySet.of(rt.lang, new ArrayList<>()));
        }
        if (modern) {
            m.def("valid_signals", (a, kw) -> {
                List<PyObject> all = new ArrayList<>();
                for (int i = 1; i < NSIG; i++) {
                    if (i != 32 && i != 33) { // glibc keeps these two real-time signals for itself
                        all.add(PyInt.of(i));
                    }
                }
                return PySet.of(rt.lang, all);
            });
            m.def("strsignal", (a, kw) -> {
                arity(rt, "strsignal", a, kw, 1, 1);
                int sig = signum(rt, a[0]);
                if (sig < DESCRIPTIONS.length) {
                    return Strings.text(rt, DESCRIPTIONS[sig]);
                }
                return Strings.text(rt, "Real-time signal " + (sig - 34));
            });
            m.def("raise_signal", (a, kw) -> {
                arity(rt, "raise_signal", a, kw, 1, 1);
                int sig = signum(rt, a[0]);
                PyObject handler = handlers[sig];
                if (handler instanceof PyInt h) {
                    if (h.small == SIG_IGN) {
                        return PyNone.NONE;
                    }
                    throw PyError.raise("SystemError", "pyvm cannot take signal " + sig + "'s default action (ending the process)");
                }
                Ops.call(rt, handler, PyInt.of(sig), frame.get());
                return PyNone.NONE;
            });
        }
        return m.build();
    }

    private static PyError undeliverable(Runtime rt, String function) {
        return PyError.raiseArgs("OSError", PyInt.of(38),
                Strings.text(rt, "Function not implemented: pyvm receives no signals, so signal." + function + "() cannot wait for one"));
    }

    private static int signum(Runtime rt, PyObject o) {
        if (!(o instanceof PyInt n)) {
            String t = Ops.typeName(rt, o);
            throw PyError.raise("TypeError", rt.lang.major() == 2 ? "an integer is required"
                    : rt.lang.minor() >= 10 ? "'" + t + "' object cannot be interpreted as an integer" : "an integer is required (got type " + t + ")");
        }
        if (n.big != null || n.small < 1 || n.small >= NSIG) {
            throw PyError.raise("ValueError", "signal number out of range");
        }
        return (int) n.small;
    }

    private static void arity(Runtime rt, String name, PyObject[] a, String[] kw, int min, int max) {
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", name + "() takes no keyword arguments");
        }
        if (a.length < min || a.length > max) {
            boolean clinic = rt.lang.major() == 3 && rt.lang.minor() >= 7;
            String count = min == max ? String.valueOf(min) : (a.length < min ? "at least " + min : "at most " + max);
            throw PyError.raise("TypeError", clinic ? name + " expected " + count + " argument" + (min == max && min == 1 ? "" : "s")
                    + ", got " + a.length : name + " expected " + count + " arguments, got " + a.length);
        }
    }
}
