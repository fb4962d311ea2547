package org.pyvm.core.interp;

import org.pyvm.core.objects.Ids;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyIterator;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.Typed;

/** A generator: a suspended frame that runs up to its next {@code yield} each time it is resumed. */
public final class PyGenerator extends PyIterator implements Typed, org.pyvm.core.objects.CustomAttributes, org.pyvm.core.objects.OwnedByName {
    final Interpreter interp;
    final Frame frame;
    /** True once the frame has run (a sent value is then pushed on resume). */
    boolean started;
    /** Resumed at least once by send/next/throw: a fresh one takes only None and closes without running. */
    boolean resumed;
    boolean finished;
    boolean running;
    /**
     * Made by a call and handed straight to the for loop of the frame that called it ({@code for x in gen():}):
     * only that loop's stack slot holds it, so when the loop drops it unfinished (break, return, an exception)
     * it is closed at once, as CPython's reference count closes it.
     */
    boolean loopOwned;
    /** The frame one of whose local slots or names alone holds this generator (see {@link Ownership}); null when none does. */
    Frame owner;
    /** Which slot of {@link #owner}'s locals holds it (when {@link #ownerKey} is null). */
    int ownerSlot;
    /** Which name of {@link #owner}'s namespace holds it, or null for a local slot. */
    PyObject ownerKey;
    /** Seen by the program beyond one name: never closed early again. */
    boolean escaped;
    /** The call instruction of the frame that made it (its {@code current} then): what took it straight from that call. */
    final int createdAt;
    /** Its owning name let go of it while it ran (inside next()): closed once that call is over. */
    boolean closeWhenIdle;

    @Override
    public boolean ownedThrough(org.pyvm.core.objects.PyDict d) {
        return owner != null && ownerKey != null && owner.locals == d;
    }

    @Override
    public void escape() {
        Ownership.escape(this);
    }

    /** The value of the frame's {@code return}, for StopIteration.value and {@code yield from}. */
    PyObject returnValue = PyNone.NONE;

    /**
     * The exception the frame handles in an except clause of its own, put aside at its last yield until it is
     * resumed (3.x: gi_exc_state); null when it handles none ({@link Interpreter#suspendHandling}).
     */
    org.pyvm.core.objects.PyBaseException handled;

    /** __name__ and __qualname__: the function's when it was called (3.x), the code's name in 2.7. */
    private final String name;
    private final String qualname;

    PyGenerator(Interpreter interp, Frame frame, boolean started) {
        super(kindOf(frame.code.flags));
        this.interp = interp;
        this.frame = frame;
        this.started = started;
        this.createdAt = frame.back != null ? frame.back.current : -1;
        boolean py2 = interp.rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
        this.name = frame.function != null && !py2 ? frame.function.name : frame.code.name;
        this.qualname = py2 ? frame.code.name : frame.function != null ? frame.function.qualname : frame.code.qualname;
    }

    /**
     * __name__, __qualname__ (3.x) and the gi_ (cr_, ag_) attributes: running, frame (None once finished),
     * code, and from 3.x yieldfrom (await for a coroutine): what a {@code yield from} is delegating to.
     */
    @Override
    public PyObject attribute(String attr) {
        org.pyvm.core.runtime.Runtime rt = interp.rt;
        boolean py2 = rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
        switch (attr) {
            case "__name__":
                return org.pyvm.core.runtime.Strings.text(rt, name);
            case "__qualname__":
                return py2 ? null : org.pyvm.core.objects.PyStr.of(qualname);
            default:
                break;
        }
        String kind = typeName();
        String prefix = kind.equals("coroutine") ? "cr_" : kind.equals("async_generator") ? "ag_" : "gi_";
        if (!attr.startsWith(prefix)) {
            return null;
        }
        switch (attr.substring(3)) {
            case "suspended":
                // 3.11: paused at a yield (or an await), neither fresh, running nor finished; inspect.getgeneratorstate asks
                return interp.rt.lang.major() == 3 && interp.rt.lang.minor() >= 11 && !prefix.equals("ag_")
                        ? org.pyvm.core.objects.PyBool.of(resumed && !running && !finished) : null;
            case "running":
                // 2.7's gi_running is a T_INT member (0 or 1); 3.x's a bool
                return py2 ? org.pyvm.core.objects.PyInt.of(running ? 1 : 0) : org.pyvm.core.objects.PyBool.of(running);
            case "frame":
                return finished ? PyNone.NONE : frame.frameObject();
            case "code":
                return frame.code;
            case "yieldfrom":
            case "await": {
                if (py2 || attr.equals("gi_await") || attr.equals("cr_yieldfrom") || prefix.equals("ag_")) {
                    return null;
                }
                PyObject sub = finished || running ? null : Interpreter.delegatingTo(frame);
                return sub == null ? PyNone.NONE : sub;
            }
            default:
                return null;
        }
    }

    static final int CO_COROUTINE = 0x80;
    static final int CO_ASYNC_GENERATOR = 0x200;
    /** types.coroutine's mark on a generator's code: it may be awaited, and may yield from a coroutine. */
    static final int CO_ITERABLE_COROUTINE = 0x100;

    /** generator, coroutine (async def) or async_generator, by the code's flags. */
    static String kindOf(int flags) {
        return (flags & CO_COROUTINE) != 0 ? "coroutine" : (flags & CO_ASYNC_GENERATOR) != 0 ? "async_generator" : "generator";
    }

    boolean isCoroutine() {
        return (frame.code.flags & CO_COROUTINE) != 0;
    }

    /**
     * The next value, or null when the generator has finished: by returning, or (2.7, 3.6 without
     * generator_stop) by letting a StopIteration out, which a loop over it takes as the end.
     */
    @Override
    public PyObject next() {
        try {
            return send(PyNone.NONE);
        } catch (PyError e) {
            if (org.pyvm.core.runtime.Exceptions.isStopIteration(interp.rt, e)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * {@code next(gen)}: a StopIteration that leaves the frame reaches the caller as it is, and a generator
     * that returns a value other than None ends with StopIteration(value) (once: after that it is exhausted).
     */
    @Override
    public PyObject nextExplicit() {
        if (finished) {
            return null;
        }
        PyObject r = send(PyNone.NONE);
        if (r == null && returnValue != PyNone.NONE) {
            throw PyError.raiseArgs("StopIteration", returnValue);
        }
        return r;
    }

    /** {@code gen.send(value)}: null when the generator returns instead of yielding. */
    public PyObject send(PyObject value) {
        if (finished) {
            if (isCoroutine()) {
                throw PyError.raise("RuntimeError", "cannot reuse already awaited coroutine");
            }
            return null;
        }
        if (running) {
            throw PyError.raise("ValueError", "generator already executing");
        }
        if (!resumed && value != PyNone.NONE) {
            throw PyError.raise("TypeError", "can't send non-None value to a just-started " + kindOf(frame.code.flags).replace('_', ' '));
        }
        return interp.resume(this, value, null);
    }

    /** {@code gen.close()}: GeneratorExit at the paused yield; a generator that yields again is an error. */
    void close() {
        if (finished || !resumed) {
            finished = true;
            releaseHandedIterator();
            return;
        }
        try {
            PyObject r = throwIn(PyError.raiseArgs("GeneratorExit"));
            if (r != null) {
                throw PyError.raise("RuntimeError", "generator ignored GeneratorExit");
            }
        } catch (PyError e) {
            if (!org.pyvm.core.runtime.Exceptions.is(interp.rt, e, "GeneratorExit")
                    && !org.pyvm.core.runtime.Exceptions.isStopIteration(interp.rt, e)) {
                throw e;
            }
        } finally {
            releaseHandedIterator();
        }
    }

    /**
     * A generator expression's {@code .0} is the iterator its caller made and handed over at once ({@code (y for y in
     * g())}): when the caller's loop took that generator as its own, the expression's frame held its only reference,
     * so closing the expression lets it go too, and CPython closes it then.
     */
    private void releaseHandedIterator() {
        if (frame.fast.length > 0 && frame.code.varnames.length > 0 && frame.code.varnames[0].equals(".0")
                && frame.fast[0] instanceof PyGenerator inner && inner.loopOwned && !inner.finished) {
            inner.abandon();
        }
    }

    /**
     * The for loop that owned it let go before it finished: close it as CPython does when the last reference
     * goes. An error raised by the closing is, as there, not the program's concern (CPython only reports it
     * as "Exception ignored"), so it does not replace what the program is doing.
     */
    void abandon() {
        loopOwned = false;
        try {
            close();
        } catch (PyError ignored) {
            // CPython prints "Exception ignored in: <generator ...>" here; pyvm does not yet (noted)
        }
    }

    /** {@code gen.throw(exc)}: raises {@code error} at the paused yield. */
    public PyObject throwIn(PyError error) {
        return throwIn(error, null);
    }

    /** As {@link #throwIn(PyError)}, from {@code gen.throw(*args)}: a yield from's delegate gets {@code args} as given. */
    PyObject throwIn(PyError error, PyObject[] args) {
        if (finished) {
            throw error;
        }
        return interp.resume(this, null, error, args);
    }

    @Override
    public boolean iterable() {
        return (frame.code.flags & (CO_COROUTINE | CO_ASYNC_GENERATOR)) == 0;
    }

    @Override
    public PyType type() {
        if ((frame.code.flags & CO_ASYNC_GENERATOR) != 0) {
            return interp.rt.types.asyncGenerator;
        }
        return isCoroutine() ? interp.rt.types.coroutine : interp.rt.types.generator;
    }

    @Override
    public String typeName(Language lang) {
        return typeName();
    }

    private String typeName() {
        return kindOf(frame.code.flags);
    }

    @Override
    public String repr(Language lang) {
        return "<" + typeName() + " object " + qualname + " at 0x" + Long.toHexString(Ids.address(this)) + ">";
    }
}
