package org.pyvm.core.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.pyvm.core.objects.Ids;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.Typed;

/**
 * sys.stdin, sys.stdout, sys.stderr: the host's streams as Python file objects. Text is written as
 * UTF-8; 2.7's byte strings are written as they are. Keeps 2.7's softspace flag for the print statement.
 */
public final class PyStream extends PyObject implements Typed {
    private final PyType type;
    private final String name;
    private final OutputStream out;
    private final InputStream in;
    /** 2.7: a space is due before the next print item. Any write clears it. */
    public boolean softspace;

    /** When a write reaches the host's stream at once instead of waiting in its buffer. */
    public enum Flushing {
        /** at the host stream's own pace (the run's end, a traceback, input()) */
        HOST,
        /** after a write holding a line break: CPython's line_buffering */
        LINE,
        /** after every write: unbuffered (2.7's -u), write_through (3.7+'s -u) */
        EVERY_WRITE
    }

    private Flushing flushing = Flushing.HOST;

    /** 2.7: next() has read ahead and the read methods refuse to run until the iteration reaches the end. */
    public boolean readingAhead;

    /** Makes writes reach the host stream as {@code f} says. */
    public void flushing(Flushing f) {
        flushing = f;
    }

    /** Its text to bytes and input back; null: UTF-8 both ways, shown as {@code utf-8}. */
    private TextCodec codec;

    /** Sets how text is written and read, and what {@code .encoding} and {@code .errors} show. */
    public void codec(TextCodec codec) {
        this.codec = codec;
    }

    /** {@code .encoding}: null for 2.7's None. */
    public String encoding() {
        return codec != null ? codec.encoding() : "utf-8";
    }

    /** {@code .errors}: null for 2.7's None. */
    public String errors() {
        return codec != null ? codec.errors() : null;
    }

    /** Whether a line break flushes it ({@code sys.stdout.line_buffering}). */
    public boolean lineBuffered() {
        return flushing == Flushing.LINE;
    }

    public PyStream(PyType type, String name, OutputStream out, InputStream in) {
        this.type = type;
        this.name = name;
        this.out = out;
        this.in = in;
    }

    /** The stream's name as its file object shows it: {@code <stdout>}. */
    public String name() {
        return "<" + name + ">";
    }

    /** Whether it is the input stream. */
    public boolean reads() {
        return in != null;
    }

    /** The file descriptor CPython's stream has: 0, 1 or 2. */
    public int fileno() {
        return in != null ? 0 : name.equals("stderr") ? 2 : 1;
    }

    private PyStream buffer;

    /** 3.x {@code sys.stdout.buffer}: the same host stream as a binary file object of {@code type}, made once. */
    public PyStream buffer(PyType bufferType) {
        if (buffer == null) {
            buffer = new PyStream(bufferType, name, out, in);
            // the binary layer under a text stream that was asked to be unbuffered is itself unbuffered (3.6's -u)
            buffer.flushing = flushing == Flushing.HOST ? Flushing.HOST : Flushing.EVERY_WRITE;
        }
        return buffer;
    }

    /** Up to {@code n} bytes of input (all of it when n is negative). */
    public byte[] readBytes(long n) {
        try {
            return n < 0 ? in.readAllBytes() : in.readNBytes((int) Math.min(n, Integer.MAX_VALUE - 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of input as bytes, its newline kept; empty at end of input. */
    public byte[] readLineBytes() {
        try {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            for (int c = in.read(); c >= 0; c = in.read()) {
                line.write(c);
                if (c == '\n') {
                    break;
                }
            }
            return line.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes text the VM makes (2.7: a byte string's characters, reprs, separators) as UTF-8. */
    public void write(String text) {
        writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a program's text (3.x str, 2.7 unicode) in the stream's encoding: what that cannot encode raises as the
     * codec does (UnicodeEncodeError), as CPython's TextIOWrapper and 2.7's PyFile_WriteObject do.
     */
    public void writeText(String text) {
        writeBytes(encode(text));
    }

    /** Text in the stream's encoding, or the codec's UnicodeEncodeError. */
    public byte[] encode(String text) {
        return codec != null ? codec.encode(text) : text.getBytes(StandardCharsets.UTF_8);
    }

    public void writeBytes(byte[] b) {
        softspace = false;
        try {
            out.write(b);
            if (flushing == Flushing.EVERY_WRITE || flushing == Flushing.LINE && breaksLine(b)) {
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** TextIOWrapper's test for line buffering: the text holds a newline or a carriage return. */
    private static boolean breaksLine(byte[] b) {
        for (byte c : b) {
            if (c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    public void flush() {
        try {
            if (out != null) {
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of input, its newline kept or not, decoded by the stream's codec; null at end of input. */
    public String readLine(boolean keepNewline) {
        String s;
        int nl = pending.indexOf('\n');
        if (nl >= 0) {
            s = pending.substring(0, nl + 1);
            pending = pending.substring(nl + 1);
        } else {
            String more = decodedLine();
            s = pending.isEmpty() ? more : more == null ? pending : pending + more;
            pending = "";
            if (s == null) {
                return null;
            }
        }
        return !keepNewline && s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * Input taken from the host but not yet given to the program: what a read(n) or a readline(size) left of the
     * line it read (in characters, as a text file counts them; 2.7's bytes are its characters).
     */
    private String pending = "";

    private String decodedLine() {
        byte[] line = readLineBytes();
        if (line.length == 0) {
            return null;
        }
        return codec != null ? codec.decode(line) : new String(line, StandardCharsets.UTF_8);
    }

    /** read(n): up to {@code n} characters of input, or all that is left when n is negative; empty at its end. */
    public String readText(long n) {
        StringBuilder sb = new StringBuilder(pending);
        pending = "";
        long have = sb.codePointCount(0, sb.length()); // counted line by line as they come: read(n) stays linear
        for (String line = have >= n && n >= 0 ? null : decodedLine(); line != null; line = decodedLine()) {
            sb.append(line);
            have += line.codePointCount(0, line.length());
            if (n >= 0 && have >= n) {
                break;
            }
        }
        if (n < 0 || have <= n) {
            return sb.toString();
        }
        int cut = sb.offsetByCodePoints(0, (int) n);
        pending = sb.substring(cut);
        return sb.substring(0, cut);
    }

    /** readline(size): one line, newline kept, at most {@code size} characters of it when size is not negative. */
    public String readLine(long size) {
        if (size == 0) {
            return "";
        }
        String line = readLine(true);
        if (line == null || size < 0 || line.codePointCount(0, line.length()) <= size) {
            return line == null ? "" : line;
        }
        int cut = line.offsetByCodePoints(0, (int) size);
        pending = line.substring(cut) + pending;
        return line.substring(0, cut);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String typeName(Language lang) {
        return type.name(lang);
    }

    @Override
    public String repr(Language lang) {
        if (lang != null && lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            return "<open file '<" + name + ">', mode '" + (in != null ? "r" : "w") + "' at 0x" + Long.toHexString(Ids.address(this)) + ">";
        }
        return "<_io.TextIOWrapper name='<" + name + ">' mode='" + (in != null ? "r" : "w") + "' encoding='" + encoding() + "'>";
    }
}
