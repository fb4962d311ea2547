package org.pyvm.core.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python exception travelling through Java code. Java code raises by naming the exception type
 * ({@code PyError.raise("ValueError", "...")}); the interpreter turns that into an instance of the
 * running version's own exception class when Python code needs to see it ({@link #exception}).
 * Carries no Java stack trace: the Python traceback is in {@link #traceback()}.
 */
public final class PyError extends RuntimeException {
    private final String typeName;
    private final PyObject[] args;
    private PyObject exception;
    /** Traceback entries, innermost last: frames append as the error leaves them. */
    private final List<TracebackEntry> traceback;

    private PyError(String typeName, PyObject[] args, PyObject exception) {
        this(typeName, args, exception, new ArrayList<>());
    }

    private PyError(String typeName, PyObject[] args, PyObject exception, List<TracebackEntry> traceback) {
        super(typeName, null, false, false);
        this.typeName = typeName;
        this.args = args;
        this.exception = exception;
        this.traceback = traceback;
    }

    /**
     * {@code exception} raised again (a bare raise, the end of a finally or with block): its traceback goes on in
     * the exception's own list, as CPython's goes on from {@code __traceback__}. The frames it leaves append there;
     * a copy of the list at every re-raise was 4% of exceptions.py.
     */
    public static PyError continuing(PyBaseException exception) {
        return new PyError(null, null, exception, exception.traceback);
    }

    /** An error of the named builtin exception type with a message. */
    public static PyError raise(String typeName, String message) {
        PyError e = new PyError(typeName, new PyObject[] {PyStr.of(message)}, null);
        e.builtinMessage = true;
        return e;
    }

    /** Set by {@link #raise}: the single arg is a message the VM wrote (2.7 makes it a byte string). */
    public boolean builtinMessage;

    /** Attributes the instance gets when it is made (3.10+ AttributeError's name and obj, NameError's name); null for none. */
    private java.util.Map<String, PyObject> attributes;

    /** Gives the exception instance (when it is made) the attribute {@code name}; returns this error. */
    public PyError withAttribute(String name, PyObject value) {
        if (attributes == null) {
            attributes = new java.util.LinkedHashMap<>();
        }
        attributes.put(name, value);
        return this;
    }

    /** The attributes set by {@link #withAttribute}, for the instance made from this error. */
    public java.util.Map<String, PyObject> pendingAttributes() {
        return attributes == null ? java.util.Map.of() : attributes;
    }

    /** An error of the named builtin exception type with these args. */
    public static PyError raiseArgs(String typeName, PyObject... args) {
        return new PyError(typeName, args, null);
    }

    /** An error carrying an existing exception instance. */
    public static PyError of(PyObject exception) {
        return new PyError(null, null, exception);
    }

    /** The builtin type name for a not yet materialised error, else null. */
    public String pendingTypeName() {
        return exception == null ? typeName : null;
    }

    /** The args of a not yet materialised error. */
    public PyObject[] pendingArgs() {
        return args;
    }

    /** The exception instance, once {@link #materialise} has run or when raised with one. */
    public PyObject exception() {
        return exception;
    }

    /** Gives a pending error its exception instance (made by the interpreter from the type name). */
    public void materialise(PyObject instance) {
        if (exception == null) {
            exception = instance;
        }
    }

    public List<TracebackEntry> traceback() {
        return traceback;
    }

    /** True when this error is (a pending) {@code typeName}, by name only: for Java-side checks like StopIteration. */
    public boolean isPending(String name) {
        return exception == null && name.equals(typeName);
    }

    @Override
    public String getMessage() {
        if (exception != null) {
            return exception.typeName(null) + ": " + exception.repr(null);
        }
        StringBuilder sb = new StringBuilder(typeName);
        if (args != null && args.length > 0 && args[0] instanceof PyStr s) {
            sb.append(": ").append(s.value());
        }
        return sb.toString();
    }

    /** The frame that re-raised this error (bare raise, END_FINALLY, RERAISE): it adds no traceback line there. */
    public Object reraisedIn;

    /**
     * Thrown into a generator by its throw(): the exception handled where it arrives gives it no __context__ (CPython
     * restores it as raised, PyErr_Restore, not _PyErr_SetObject, which chains).
     */
    public boolean unchained;

    /** A running frame as a traceback entry keeps it: its Python frame object is made only if a program asks ({@code tb_frame}). */
    public interface FrameHandle {
        PyObject frameObject();
    }

    /**
     * One traceback line's facts: file, line, function, and (null when unknown) the frame it passed through and
     * the byte offset of the instruction that raised there ({@code tb_frame}, {@code tb_lasti}).
     */
    public record TracebackEntry(String filename, int line, String function, FrameHandle frame, int lasti) {
        public TracebackEntry(String filename, int line, String function) {
            this(filename, line, function, null, -1);
        }

        /** The same printed line (file, line, function), whichever frame: what a traceback collapses when repeated. */
        public boolean sameLine(TracebackEntry o) {
            return o != null && line == o.line && filename.equals(o.filename) && function.equals(o.function);
        }
    }
}
