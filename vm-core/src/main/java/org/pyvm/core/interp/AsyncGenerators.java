package org.pyvm.core.interp;

import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyIterator;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.Typed;
import org.pyvm.core.runtime.Exceptions;
import org.pyvm.core.runtime.Runtime;

/**
 * PEP 525 asynchronous generators ({@code async def} with {@code yield}, 3.6+). The generator's frame runs
 * as any generator's; what it hands out when suspended is one of two things, told apart by where the frame
 * stopped: at its own {@code yield} (an item for {@code async for}), or inside an {@code await} (a value for
 * whoever drives the coroutine, the event loop). {@code __anext__}, {@code asend}, {@code athrow} and
 * {@code aclose} return a {@link Step}: an awaitable that passes the second kind up and finishes, as
 * StopIteration(item), with the first.
 */
final class AsyncGenerators {
    private AsyncGenerators() {
    }

    /** What a Step does with its generator when first driven. */
    enum Mode {
        SEND, THROW, CLOSE
    }

    /**
     * An awaitable written in Java that is its own iterator (send, throw, close, __next__), which an awaiting
     * frame delegates to as to a sub-generator: {@link #send} returns a value to pass up to whoever drives
     * the coroutine, or null when done, with the await's value in {@link #result}.
     */
    abstract static class Awaiting extends PyIterator implements Typed {
        boolean finished;
        PyObject result = PyNone.NONE;
        /** The awaiting frame has taken the result: a later await of the same object is a reuse. */
        boolean delivered;

        Awaiting(String name) {
            super(name);
        }

        abstract PyObject send(PyObject value);

        abstract PyObject throwIn(PyError error);

        void close() {
            finished = true;
        }

        @Override
        public PyObject next() {
            return send(PyNone.NONE);
        }

        PyObject done(PyObject value) {
            finished = true;
            result = value;
            return null;
        }
    }

    /** The awaitable of one asend/athrow/aclose (__anext__ is asend(None)). */
    static final class Step extends Awaiting {
        private final Interpreter in;
        private final PyGenerator gen;
        private final Mode mode;
        private final PyObject sendValue;
        private final PyError thrown;
        private final PyType type;
        private boolean started;

        Step(Interpreter in, PyGenerator gen, Mode mode, PyObject sendValue, PyError thrown) {
            super(mode == Mode.SEND ? "async_generator_asend" : "async_generator_athrow");
            this.in = in;
            this.gen = gen;
            this.mode = mode;
            this.sendValue = sendValue;
            this.thrown = thrown;
            this.type = in.rt.types.kind(mode == Mode.SEND ? "async_generator_asend" : "async_generator_athrow");
        }

        @Override
        public PyType type() {
            return type;
        }

        /** asend/athrow's send(): the first drive does this step's work, later ones resume the generator. */
        @Override
        PyObject send(PyObject value) {
            if (finished) {
                return reused();
            }
            if (!started) {
                started = true;
                if (mode != Mode.SEND && value != PyNone.NONE) {
                    throw PyError.raise("RuntimeError", "can't send non-None value to a just-started coroutine");
                }
                if (mode == Mode.SEND) {
                    return outcome(() -> gen.send(value == PyNone.NONE ? sendValue : value));
                }
                if (gen.finished || !gen.resumed && mode == Mode.CLOSE) {
                    gen.finished = true;
                    return done(PyNone.NONE); // nothing to close or throw into: the await gives None
                }
                return outcome(() -> gen.throwIn(mode == Mode.CLOSE ? PyError.raiseArgs("GeneratorExit") : thrown));
            }
            return outcome(() -> gen.send(value));
        }

        /** throw() into the awaitable: into the generator, where it is suspended. */
        @Override
        PyObject throwIn(PyError error) {
            if (finished) {
                return reused();
            }
            started = true;
            return outcome(() -> gen.throwIn(error));
        }

        /** The 3.6 awaitable is simply exhausted when reused (an await of it gives None); 3.8+ say so. */
        private PyObject reused() {
            if (in.rt.lang.minor() >= 8) {
                throw PyError.raise("RuntimeError", mode == Mode.SEND ? "cannot reuse already awaited __anext__()/asend()"
                        : "cannot reuse already awaited aclose()/athrow()");
            }
            return done(PyNone.NONE);
        }

        private interface Resumption {
            PyObject run();
        }

        /**
         * One resumption of the generator, read as CPython's async_gen_unwrap_value reads it: an await's
         * value is passed up; the generator's own yield finishes the step with that item (aclose: an error,
         * the generator would not close); its end is StopAsyncIteration (aclose: done).
         */
        private PyObject outcome(Resumption resumption) {
            PyObject r;
            try {
                r = resumption.run();
            } catch (PyError e) {
                finished = true;
                if (mode == Mode.CLOSE && (Exceptions.is(in.rt, e, "StopAsyncIteration") || Exceptions.is(in.rt, e, "GeneratorExit"))) {
                    return done(PyNone.NONE);
                }
                throw e;
            }
            if (r == null) {
                finished = true;
                if (mode == Mode.CLOSE) {
                    return done(PyNone.NONE);
                }
                throw PyError.raiseArgs("StopAsyncIteration");
            }
            if (Interpreter.delegatingTo(gen.frame) != null) {
                return r; // from inside an await: for the event loop
            }
            if (mode == Mode.CLOSE) {
                finished = true;
                throw PyError.raise("RuntimeError", "async generator ignored GeneratorExit");
            }
            return done(r);
        }
    }

    /**
     * anext(iterator, default)'s awaitable (3.10+): awaits what {@code __anext__} gave, and ends with the
     * default where that ends with StopAsyncIteration.
     */
    static final class DefaultOnEnd extends Awaiting {
        private final Interpreter in;
        private final PyObject awaitable;
        private final PyObject fallback;
        private PyObject inner;

        DefaultOnEnd(Interpreter in, PyObject awaitable, PyObject fallback) {
            super("anext_awaitable");
            this.in = in;
            this.awaitable = awaitable;
            this.fallback = fallback;
        }

        @Override
        public PyType type() {
            return in.rt.types.kind("anext_awaitable");
        }

        @Override
        PyObject send(PyObject value) {
            return step(value, null);
        }

        @Override
        PyObject throwIn(PyError error) {
            return step(null, error);
        }

        private PyObject step(PyObject value, PyError error) {
            if (finished) {
                throw PyError.raiseArgs("StopIteration");
            }
            try {
                if (inner == null) {
                    inner = Async.awaitable(in, awaitable);
                }
                PyObject r = resume(in, inner, value, error);
                return r != null ? r : done(resultOf(inner));
            } catch (PyError e) {
                finished = true;
                if (Exceptions.is(in.rt, e, "StopAsyncIteration")) {
                    return done(fallback);
                }
                if (Exceptions.isStopIteration(in.rt, e)) {
                    org.pyvm.core.objects.PyBaseException stop = in.rt.exception(e);
                    return done(stop.args.items().length > 0 ? stop.args.items()[0] : PyNone.NONE);
                }
                throw e;
            }
        }
    }

    /** One send (or throw) into what an await delegates to; null when it is done. */
    private static PyObject resume(Interpreter in, PyObject sub, PyObject value, PyError error) {
        if (sub instanceof PyGenerator g) {
            return error != null ? g.throwIn(error) : g.send(value);
        }
        if (sub instanceof Awaiting a) {
            PyObject r = error != null ? a.throwIn(error) : a.finished && !a.delivered ? null : a.send(value);
            a.delivered |= r == null;
            return r;
        }
        if (error != null) {
            PyObject thrower = org.pyvm.core.runtime.Ops.getattrOrNull(in.rt, sub, "throw");
            if (thrower == null) {
                throw error;
            }
            org.pyvm.core.objects.PyBaseException exc = in.rt.exception(error);
            return org.pyvm.core.runtime.Ops.call(in.rt, thrower, exc.type(), exc);
        }
        return value == PyNone.NONE ? org.pyvm.core.runtime.Ops.call(in.rt, org.pyvm.core.runtime.Ops.getattr(in.rt, sub, "__next__"))
                : org.pyvm.core.runtime.Ops.call(in.rt, org.pyvm.core.runtime.Ops.getattr(in.rt, sub, "send"), value);
    }

    private static PyObject resultOf(PyObject sub) {
        return sub instanceof PyGenerator g ? g.returnValue : sub instanceof Awaiting a ? a.result : PyNone.NONE;
    }

    /** The async_generator type's methods, its awaitables' protocol, and 3.10's aiter() and anext(). */
    static void install(Interpreter in) {
        Runtime rt = in.rt;
        if (rt.lang.minor() >= 10) {
            builtins(in);
        }
        PyType t = rt.types.asyncGenerator;
        put(t, "__aiter__", (self, a, kw) -> self);
        put(t, "__anext__", (self, a, kw) -> new Step(in, (PyGenerator) self, Mode.SEND, PyNone.NONE, null));
        put(t, "asend", (self, a, kw) -> {
            one("asend", a, kw);
            return new Step(in, (PyGenerator) self, Mode.SEND, a[0], null);
        });
        put(t, "athrow", (self, a, kw) -> new Step(in, (PyGenerator) self, Mode.THROW, null, FrameBuiltins.thrown(in, a)));
        put(t, "aclose", (self, a, kw) -> new Step(in, (PyGenerator) self, Mode.CLOSE, null, null));
        for (String name : new String[] {"async_generator_asend", "async_generator_athrow", "anext_awaitable"}) {
            PyType st = rt.types.kind(name);
            put(st, "__await__", (self, a, kw) -> self);
            put(st, "__iter__", (self, a, kw) -> self);
            put(st, "__next__", (self, a, kw) -> finish(((Awaiting) self), ((Awaiting) self).send(PyNone.NONE)));
            put(st, "send", (self, a, kw) -> {
                one("send", a, kw);
                return finish((Awaiting) self, ((Awaiting) self).send(a[0]));
            });
            put(st, "throw", (self, a, kw) -> finish((Awaiting) self, ((Awaiting) self).throwIn(FrameBuiltins.thrown(in, a))));
            put(st, "close", (self, a, kw) -> {
                ((Awaiting) self).close();
                return PyNone.NONE;
            });
        }
    }

    private static void builtins(Interpreter in) {
        Runtime rt = in.rt;
        rt.builtins.put(rt.name("aiter"), new org.pyvm.core.objects.PyBuiltinFunction("aiter", (a, kw) -> {
            if (a.length != 1 || kw != null && kw.length > 0) {
                throw PyError.raise("TypeError", kw != null && kw.length > 0 ? "aiter() takes no keyword arguments"
                        : "aiter() takes exactly one argument (" + a.length + " given)");
            }
            PyObject method = rt.types.of(a[0]).lookup("__aiter__");
            if (method == null) {
                throw PyError.raise("TypeError", "'" + org.pyvm.core.runtime.Ops.typeName(rt, a[0]) + "' object is not an async iterable");
            }
            PyObject it = org.pyvm.core.runtime.Ops.call(rt, method, a[0]);
            if (rt.types.of(it).lookup("__anext__") == null) {
                throw PyError.raise("TypeError", "aiter() returned not an async iterator of type '" + org.pyvm.core.runtime.Ops.typeName(rt, it) + "'");
            }
            return it;
        }));
        rt.builtins.put(rt.name("anext"), new org.pyvm.core.objects.PyBuiltinFunction("anext", (a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyError.raise("TypeError", "anext() takes no keyword arguments");
            }
            if (a.length < 1 || a.length > 2) {
                throw PyError.raise("TypeError", "anext expected " + (a.length < 1 ? "at least 1 argument" : "at most 2 arguments") + ", got " + a.length);
            }
            PyObject method = rt.types.of(a[0]).lookup("__anext__");
            if (method == null) {
                throw PyError.raise("TypeError", "'" + org.pyvm.core.runtime.Ops.typeName(rt, a[0]) + "' object is not an async iterator");
            }
            PyObject awaitable = org.pyvm.core.runtime.Ops.call(rt, method, a[0]);
            return a.length == 1 ? awaitable : new DefaultOnEnd(in, awaitable, a[1]);
        }));
    }

    /** A step driven from Python: its end is StopIteration carrying the await's value. */
    private static PyObject finish(Awaiting s, PyObject r) {
        if (r == null) {
            throw s.result == PyNone.NONE ? PyError.raiseArgs("StopIteration") : PyError.raiseArgs("StopIteration", s.result);
        }
        return r;
    }

    private static void one(String name, PyObject[] a, String[] kw) {
        if (a.length != 1 || kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", name + "() takes exactly one argument (" + a.length + " given)");
        }
    }

    private static void put(PyType t, String name, PyMethodDescriptor.Body body) {
        t.dict.put(name, new PyMethodDescriptor(name, t, body));
    }
}
