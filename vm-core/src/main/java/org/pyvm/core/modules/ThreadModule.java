package org.pyvm.core.modules;

import org.pyvm.core.objects.Ids;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;
import org.pyvm.spi.LanguageFeature;

/**
 * {@code _thread} (3.x) / {@code thread} (2.7): what threading.py and the modules that take a lock need. A pyvm
 * program runs on one thread: locks work (acquire/release/locked, context manager, RLock's counting), but a new
 * thread cannot be started ({@code start_new_thread} raises the error CPython raises when it cannot start one),
 * and acquiring a lock that is already held without a timeout, which would wait forever for a thread that does
 * not exist, raises RuntimeError instead of hanging.
 */
public final class ThreadModule {
    private ThreadModule() {
    }

    /** {@code lock} objects. */
    static final class Lock extends PyInstance {
        boolean locked;

        Lock(PyType type) {
            super(type);
        }

        @Override
        public String repr(Language lang) {
            String at = "0x" + Long.toHexString(Ids.address(this));
            if (lang.has(LanguageFeature.STR_IS_BYTES)) {
                return "<thread.lock object at " + at + ">";
            }
            return "<" + (locked ? "locked" : "unlocked") + " _thread.lock object at " + at + ">";
        }
    }

    /** {@code RLock} objects: the one thread may take them again; each acquire needs its release. */
    static final class RLock extends PyInstance {
        long owner;
        long count;

        RLock(PyType type) {
            super(type);
        }

        @Override
        public String repr(Language lang) {
            return "<" + (count > 0 ? "locked" : "unlocked") + " _thread.RLock object owner=" + owner + " count=" + count
                    + " at 0x" + Long.toHexString(Ids.address(this)) + ">";
        }
    }

    public static PyModule create(Runtime rt) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        String modName = py2 ? "thread" : "_thread";
        ModuleBuilder m = new ModuleBuilder(rt, modName);
        long ident = identity();
        PyType error;
        if (py2) {
            error = PyType.userClass("error", new PyType[] {rt.types.exceptions.get("Exception")}, false).withInstanceProtocol(rt.instances);
            error.dict.put("__module__", Strings.text(rt, "thread"));
        } else {
            error = rt.types.exceptions.get("RuntimeError"); // 3.3+: _thread.error is RuntimeError
        }
        PyType lockType = PyType.builtin("lock", null, rt.types.object);
        lockType.dict.put("__module__", Strings.text(rt, modName));
        PyMethodDescriptor.Body acquire = (self, a, kw) -> PyBool.of(acquire(rt, (Lock) self, a, kw, error));
        PyMethodDescriptor.Body release = (self, a, kw) -> {
            Lock l = (Lock) self;
            if (!l.locked) {
                throw py2 ? PyError.of(Ops.call(rt, error, Strings.text(rt, "release unlocked lock")))
                        : PyError.raise("RuntimeError", "release unlocked lock");
            }
            l.locked = false;
            return PyNone.NONE;
        };
        PyMethodDescriptor.Body locked = (self, a, kw) -> PyBool.of(((Lock) self).locked);
        method(lockType, "acquire", acquire);
        method(lockType, "acquire_lock", acquire);
        method(lockType, "__enter__", acquire);
        method(lockType, "release", release);
        method(lockType, "release_lock", release);
        method(lockType, "__exit__", release);
        method(lockType, "locked", locked);
        method(lockType, "locked_lock", locked);
        method(lockType, "_at_fork_reinit", (self, a, kw) -> {
            ((Lock) self).locked = false;
            return PyNone.NONE;
        });
        lockType.withConstructor((t, a, kw) -> {
            throw PyError.raise("TypeError", "cannot create '" + modName + ".lock' instances");
        });
        m.put("LockType", lockType);
        if (!py2) {
            m.put("lock", lockType);
        }
        m.def("allocate_lock", (a, kw) -> new Lock(lockType));
        m.def("allocate", (a, kw) -> new Lock(lockType));
        if (!py2) {
            m.def("_set_sentinel", (a, kw) -> new Lock(lockType));
            m.put("RLock", rlockType(rt, ident));
            m.put("TIMEOUT_MAX", PyFloat.of(9223372036.0));
            m.def("get_native_id", (a, kw) -> PyInt.of(ProcessHandle.current().pid()));
        }
        m.put("error", error);
        m.def("get_ident", (a, kw) -> PyInt.of(ident));
        m.def("_count", (a, kw) -> PyInt.of(0));
        m.def("stack_size", (a, kw) -> PyInt.of(0));
        org.pyvm.core.objects.PyCallable start = (a, kw) -> {
            throw py2 ? PyError.of(Ops.call(rt, error, Strings.text(rt, "can't start new thread")))
                    : PyError.raise("RuntimeError", "can't start new thread");
        };
        m.def("start_new_thread", start);
        m.def("start_new", start);
        m.def("exit", (a, kw) -> {
            throw PyError.raiseArgs("SystemExit");
        });
        m.def("interrupt_main", (a, kw) -> {
            throw PyError.raiseArgs("KeyboardInterrupt");
        });
        return m.build();
    }

    /** The thread's identity as get_ident() reports it: fixed for the run, and never 0. */
    private static long identity() {
        return 0x7f0000000000L + (Thread.currentThread().getId() << 12);
    }

    private static void method(PyType t, String name, PyMethodDescriptor.Body body) {
        t.dict.put(name, new PyMethodDescriptor(name, t, body));
    }

    /** acquire(blocking=True, timeout=-1) (2.7: acquire([waitflag])); the one thread never waits for another. */
    private static boolean acquire(Runtime rt, Lock l, PyObject[] a, String[] kw, PyType error) {
        boolean blocking = true;
        double timeout = -1;
        int npos = a.length - (kw == null ? 0 : kw.length);
        for (int i = 0; i < a.length; i++) {
            String name = i < npos ? (i == 0 ? "blocking" : "timeout") : kw[i - npos];
            if (name.equals("blocking") || name.equals("waitflag")) {
                blocking = Ops.truth(rt, a[i]);
            } else if (name.equals("timeout")) {
                timeout = a[i] instanceof PyInt n ? n.small : a[i] instanceof PyFloat f ? f.value : -1;
            } else {
                throw PyError.raise("TypeError", "'" + name + "' is an invalid keyword argument for this function");
            }
        }
        if (!blocking && timeout != -1) {
            throw PyError.raise("ValueError", "can't specify a timeout for a non-blocking call");
        }
        if (!l.locked) {
            l.locked = true;
            return true;
        }
        if (!blocking) {
            return false;
        }
        if (timeout >= 0) {
            try {
                Thread.sleep((long) (timeout * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
        throw PyError.raise("RuntimeError", "pyvm: acquiring a held lock would wait forever (a program has only one thread)");
    }

    private static PyType rlockType(Runtime rt, long ident) {
        PyType t = PyType.builtin("RLock", null, rt.types.object);
        t.dict.put("__module__", Strings.text(rt, "_thread"));
        PyMethodDescriptor.Body acquire = (self, a, kw) -> {
            RLock r = (RLock) self;
            r.owner = ident;
            r.count++;
            return PyBool.TRUE;
        };
        PyMethodDescriptor.Body release = (self, a, kw) -> {
            RLock r = (RLock) self;
            if (r.count == 0) {
                throw PyError.raise("RuntimeError", "cannot release un-acquired lock");
            }
            if (--r.count == 0) {
                r.owner = 0;
            }
            return PyNone.NONE;
        };
        method(t, "acquire", acquire);
        method(t, "__enter__", acquire);
        method(t, "release", release);
        method(t, "__exit__", release);
        method(t, "_is_owned", (self, a, kw) -> PyBool.of(((RLock) self).count > 0));
        method(t, "_release_save", (self, a, kw) -> {
            RLock r = (RLock) self;
            if (r.count == 0) {
                throw PyError.raise("RuntimeError", "cannot release un-acquired lock");
            }
            PyObject state = PyTuple.of(PyInt.of(r.count), PyInt.of(r.owner));
            r.count = 0;
            r.owner = 0;
            return state;
        });
        method(t, "_acquire_restore", (self, a, kw) -> {
            RLock r = (RLock) self;
            PyTuple state = (PyTuple) a[0];
            r.count = ((PyInt) state.items()[0]).small;
            r.owner = ((PyInt) state.items()[1]).small;
            return PyNone.NONE;
        });
        method(t, "_at_fork_reinit", (self, a, kw) -> {
            ((RLock) self).count = 0;
            ((RLock) self).owner = 0;
            return PyNone.NONE;
        });
        t.withConstructor((type, a, kw) -> new RLock(type));
        return t;
    }
}
