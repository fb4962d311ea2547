package org.pyvm.core.errors;

/**
 * Input pyvm cannot load or decode: a missing or unreadable file, an unknown magic number,
 * truncated or corrupt marshal data, invalid bytecode. Its message is the one line the user sees
 * (the command prefixes the file name); it carries no Java stack trace.
 */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message, null, false, false);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
