package org.pyvm.core.runtime;

/** How a standard stream turns the program's text into bytes and its input back into text ({@link PyStream}). */
public interface TextCodec {
    /** The encoding as the stream's {@code .encoding} shows it; null for 2.7's None. */
    String encoding();

    /** The error handler as the stream's {@code .errors} shows it; null for 2.7's None. */
    String errors();

    /** Text in the stream's encoding, or the codec's UnicodeEncodeError. */
    byte[] encode(String text);

    /** A line of input as the program reads it, or the codec's UnicodeDecodeError. */
    String decode(byte[] data);
}
