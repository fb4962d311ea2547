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

    public PyStream(PyType type, String name, OutputStream out, InputStream in) {
        this.type = type;
        this.name = name;
        this.out = out;
        this.in = in;
    }

    public void write(String text) {
        writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public void writeBytes(byte[] b) {
        softspace = false;
        try {
            out.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** One line of input without its newline, or null at end of input. */
    public String readLine(boolean keepNewline) {
        try {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            int c;
            while ((c = in.read()) >= 0) {
                line.write(c);
                if (c == '\n') {
                    break;
                }
            }
            if (c < 0 && line.size() == 0) {
                return null;
            }
            String s = line.toString(StandardCharsets.UTF_8);
            if (!keepNewline && s.endsWith("\n")) {
                s = s.substring(0, s.length() - 1);
            }
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return "<_io.TextIOWrapper name='<" + name + ">' mode='" + (in != null ? "r" : "w") + "' encoding='utf-8'>";
    }
}
