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

    /** GET_AITER: the object's __aiter__(), refused in CPython's words when either step is missing. */
    static PyObject aiter(Interpreter in, PyObject o) {
        org.pyvm.core.runtime.Runtime rt = in.rt;
        PyObject m = rt.types.of(o).lookup("__aiter__");
        if (m == null) {
            throw PyError.raise("TypeError", "'async for' requires an object with __aiter__ method, got " + Ops.typeName(rt, o));
        }
        PyObject it = Ops.getattr(rt, o, "__aiter__");
        PyObject r = Ops.call(rt, it);
        if (rt.types.of(r).lookup("__anext__") == null) {
            // 3.7 says what is missing; 3.6 (which still awaits an awaitable __aiter__) only that it is wrong
            throw PyError.raise("TypeError", rt.lang.minor() >= 7
                    ? "'async for' received an object from __aiter__ that does not implement __anext__: " + Ops.typeName(rt, r)
                    : "'async for' received an invalid object from __aiter__: " + Ops.typeName(rt, r));
        }
        return r;
    }

    /** GET_ANEXT: the awaitable of the iterator's __anext__(), or CPython's TypeError for one that is none. */
    static PyObject anext(Interpreter in, PyObject aiter) {
        PyObject r = Ops.call(in.rt, Ops.getattr(in.rt, aiter, "__anext__"));
        if (!(r instanceof PyGenerator) && Ops.getattrOrNull(in.rt, r, "__await__") == null) {
            throw PyError.raise("TypeError", "'async for' received an invalid object from __anext__: " + Ops.typeName(in.rt, r));
        }
        return awaitable(in, r);
    }

    /** BEFORE_ASYNC_WITH's __aenter__/__aexit__: 3.11 refuses a manager without them as not supporting the protocol. */
    static PyObject contextMethod(Interpreter in, PyObject mgr, String name) {
        if (in.rt.types.of(mgr).lookup(name) == null) {
            // 3.11's words; before, special_lookup's AttributeError naming only the method
            throw in.rt.lang.minor() >= 11
                    ? PyError.raise("TypeError", "'" + Ops.typeName(in.rt, mgr) + "' object does not support the asynchronous context manager protocol")
                    : PyError.raise("AttributeError", name);
        }
        return Ops.getattr(in.rt, mgr, name);
    }

    static PyObject awaitable(Interpreter in, PyObject o) {
        if (o instanceof PyGenerator g && g.isCoroutine()) {
            if (g.running) {
                throw PyError.raise("RuntimeError", "coroutine is being awaited already");
            }
            return g;
        }
        if (o instanceof PyGenerator g && (g.frame.code.flags & PyGenerator.CO_ITERABLE_COROUTINE) != 0) {
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
