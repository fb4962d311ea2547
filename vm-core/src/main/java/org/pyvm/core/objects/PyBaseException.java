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
