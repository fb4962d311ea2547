package org.pyvm.core.objects;

import java.util.ArrayList;
import java.util.List;

/** An exception instance: its args, and in 3.x its traceback, cause and context. */
public class PyBaseException extends PyInstance {
    public PyTuple args;
    /** Traceback lines, innermost first (frames add themselves as the exception leaves them). */
    public final List<PyError.TracebackEntry> traceback = new ArrayList<>();
    public PyObject cause;
    public PyObject context;
    public boolean suppressContext;

    public PyBaseException(PyType type, PyTuple args) {
        super(type);
        this.args = args;
    }

    /** The traceback object last handed out (see {@link #tracebackObject}). */
    private PyTraceback handedOut;

    /**
     * The traceback object of the frames so far, as sys.exc_info()[2], {@code __traceback__} and a with statement's
     * {@code __exit__} get it: a snapshot, for CPython's traceback objects do not grow when the exception travels
     * further (contextlib's __exit__ puts the one it was given back, and the frames the exception passed since
     * are gone from the report); the same object while the traceback is unchanged.
     */
    public PyTraceback tracebackObject() {
        PyTraceback t = handedOut;
        int n = traceback.size();
        if (t == null || t.entries.size() != n || n > 0 && (t.entries.get(0) != traceback.get(0) || t.entries.get(n - 1) != traceback.get(n - 1))) {
            t = new PyTraceback(List.copyOf(traceback));
            handedOut = t;
        }
        return t;
    }

    /** {@code KeyError('b')}; 2.7 and 3.6 show a one-argument exception like a tuple, {@code KeyError('b',)}. */
    @Override
    public String repr(Language lang) {
        String name = type().name(lang);
        if (args.size() == 1) {
            boolean comma = level(lang).has(org.pyvm.spi.LanguageFeature.EXCEPTION_REPR_TUPLE_COMMA);
            return name + "(" + args.get(0).repr(lang) + (comma ? ",)" : ")");
        }
        return name + args.repr(lang);
    }
}
