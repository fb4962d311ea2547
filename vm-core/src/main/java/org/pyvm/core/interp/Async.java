package org.pyvm.core.interp;

import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyIterator;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.runtime.Ops;

/** What {@code await} waits on: a coroutine itself, or the iterator an object's __await__ returns. */
final class Async {
    private Async() {
    }

    /** An awaitable that is already done: awaiting it gives {@link #value} at once (3.6's wrapped __aiter__ result). */
    static final class Resolved extends PyIterator {
        final PyObject value;

        Resolved(PyObject value) {
            super("aiter_wrapper");
            this.value = value;
        }

        @Override
        public PyObject next() {
            return null;
        }
    }

    static PyObject awaitable(Interpreter in, PyObject o) {
        if (o instanceof PyGenerator g && g.isCoroutine()) {
            if (g.running) {
                throw PyError.raise("RuntimeError", "coroutine is being awaited already");
            }
            return g;
        }
        if (o instanceof PyGenerator g && (g.frame.code.flags & 0x100) != 0) {
            return g; // a generator whose code is CO_ITERABLE_COROUTINE (types.coroutine: asyncio.sleep(0)'s __sleep0)
        }
        PyObject await = Ops.getattrOrNull(in.rt, o, "__await__");
        if (await == null) {
            throw PyError.raise("TypeError", "object " + Ops.typeName(in.rt, o) + " can't be used in 'await' expression");
        }
        PyObject it = Ops.call(in.rt, await);
        if (it instanceof PyGenerator g && g.isCoroutine() || !(it instanceof PyIterator) && in.rt.types.of(it).lookup("__next__") == null) {
            throw PyError.raise("TypeError", "__await__() returned " + (it instanceof PyGenerator ? "a coroutine"
                    : "non-iterator of type '" + Ops.typeName(in.rt, it) + "'"));
        }
        return it;
    }
}
