package org.pyvm.core.embed;

/**
 * A Python exception that reached the Java host from {@link PyVm#call}: its type name
 * ({@code ValueError}), its message, and the traceback CPython would print.
 */
public final class PythonException extends RuntimeException {
    private final String type;
    private final String traceback;

    PythonException(String type, String message, String traceback) {
        super(message.isEmpty() ? type : type + ": " + message, null, false, false);
        this.type = type;
        this.traceback = traceback;
    }

    /** The exception's class name, e.g. {@code ZeroDivisionError}. */
    public String pythonType() {
        return type;
    }

    /** The whole traceback, as {@code python} would print it, ending in a newline. */
    public String traceback() {
        return traceback;
    }
}
