package org.pyvm.core.interp;

import java.nio.charset.StandardCharsets;
import org.pyvm.core.builtins.Builtins;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.TextCodec;

/**
 * A standard stream's encoding and error handler at work ({@link StdioSettings} decides them). UTF-8 text is written
 * by Java's encoder unless it holds a surrogate (which the codec refuses, or surrogateescape turns back into its
 * byte), and ASCII input read as it is; everything else goes through the codec, as CPython's TextIOWrapper does. 2.7:
 * no encoding (None) writes unicode as PyFile_WriteObject then does, ASCII strict, and input is its bytes as they are.
 * A class, not lambdas: a lambda the start-up cache's training did not link is spun at run time, milliseconds of
 * every start in an environment other than the training's.
 */
final class StdioCodec implements TextCodec {
    private final Runtime rt;
    private final boolean py2;
    /** null: 2.7's None */
    private final String encoding;
    /** null: 2.7's None, which encodes as strict */
    private final String errors;
    private final boolean utf8;

    StdioCodec(Runtime rt, boolean py2, String encoding, String errors) {
        this.rt = rt;
        this.py2 = py2;
        this.encoding = encoding;
        this.errors = errors;
        this.utf8 = encoding != null && (encoding.equalsIgnoreCase("utf-8") || encoding.equalsIgnoreCase("utf8"));
    }

    @Override
    public String encoding() {
        return encoding;
    }

    @Override
    public String errors() {
        return errors;
    }

    private String handler() {
        return errors == null ? "strict" : errors;
    }

    @Override
    public byte[] encode(String text) {
        if (encoding == null) {
            return Builtins.encodeAscii27(rt, text);
        }
        return utf8 && !hasSurrogate(text) ? text.getBytes(StandardCharsets.UTF_8) : Builtins.encodeText(rt, text, encoding, handler());
    }

    @Override
    public String decode(byte[] data) {
        if (py2 || isAscii(data)) {
            return new String(data, StandardCharsets.ISO_8859_1);
        }
        return Builtins.decodeText(rt, data, encoding, handler());
    }

    private static boolean isAscii(byte[] b) {
        for (byte c : b) {
            if (c < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
