package org.pyvm.spi;

/**
 * A program file a pack accepted but cannot load: malformed, or naming something that does not
 * exist. The message is one line for the user; the core prefixes the file name.
 */
public final class ProgramFormatException extends Exception {
    public ProgramFormatException(String message) {
        super(message, null, false, false);
    }
}
