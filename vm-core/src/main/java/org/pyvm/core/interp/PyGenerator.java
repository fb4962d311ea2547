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
public final class PyGenerator extends PyIterator implements Typed {
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
    /** The value of the frame's {@code return}, for StopIteration.value and {@code yield from}. */
    PyObject returnValue = PyNone.NONE;

    PyGenerator(Interpreter interp, Frame frame, boolean started) {
        super(kindOf(frame.code.flags));
        this.interp = interp;
        this.frame = frame;
        this.started = started;
    }

    static final int CO_COROUTINE = 0x80;
    static final int CO_ASYNC_GENERATOR = 0x200;

    /** generator, coroutine (async def) or async_generator, by the code's flags. */
    static String kindOf(int flags) {
        return (flags & CO_COROUTINE) != 0 ? "coroutine" : (flags & CO_ASYNC_GENERATOR) != 0 ? "async_generator" : "generator";
    }

    boolean isCoroutine() {
        return (frame.code.flags & CO_COROUTINE) != 0;
    }

    /** The next value, or null when the generator has finished. */
    @Override
    public PyObject next() {
        return send(PyNone.NONE);
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
            throw PyError.raise("TypeError", "can't send non-None value to a just-started generator");
        }
        return interp.resume(this, value, null);
    }

    /** {@code gen.close()}: GeneratorExit at the paused yield; a generator that yields again is an error. */
    void close() {
        if (finished || !resumed) {
            finished = true;
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
        if (finished) {
            throw error;
        }
        return interp.resume(this, null, error);
    }

    @Override
    public PyType type() {
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
        return "<" + typeName() + " object " + frame.code.qualname + " at 0x" + Long.toHexString(Ids.address(this)) + ">";
    }
}
