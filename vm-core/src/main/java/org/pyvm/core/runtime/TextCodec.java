package org.pyvm.core.runtime;

/** How a standard stream turns the program's text into bytes and its input back into text ({@link PyStream}). */
public interface TextCodec {
    /** Text in the stream's encoding, or the codec's UnicodeEncodeError. */
    byte[] encode(String text);

    /** A line of input as the program reads it, or the codec's UnicodeDecodeError. */
    String decode(byte[] data);
}
