package org.pyvm.core.objects;

/**
 * 2.7 raising an instance of a classic class ({@code class Oops: pass; raise Oops()}), which is no
 * BaseException: the instance travels through the interpreter's exception machinery inside this
 * wrapper, whose type is the instance's class so that {@code except Oops} matches. Python code never
 * sees the wrapper: handlers, {@code sys.exc_info()} and tracebacks are given {@link #value}.
 */
public final class PyClassicRaise extends PyBaseException {
    public final PyInstance value;

    public PyClassicRaise(PyInstance value) {
        super(value.type(), PyTuple.of());
        this.value = value;
    }

    /** What Python code sees of a raised exception: the classic instance itself for a wrapper. */
    public static PyObject visible(PyObject exception) {
        return exception instanceof PyClassicRaise c ? c.value : exception;
    }

    @Override
    public String repr(Language lang) {
        return value.repr(lang);
    }
}
