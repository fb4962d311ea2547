package org.pyvm.core.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * 2.7's {@code cStringIO} (C in CPython's Modules/cStringIO.c): {@code StringIO()} gives a writable
 * {@code cStringIO.StringO}, {@code StringIO(s)} a read-only {@code cStringIO.StringI} over {@code s}'s bytes.
 * Both hold bytes: unicode is encoded with the default (ASCII) codec, so non-ASCII text is the
 * UnicodeEncodeError CPython raises. Seeking past the end and writing pads with NUL bytes; a negative seek
 * goes to 0; a negative truncate is IOError(22).
 */
public final class CStringIOModule {
    private final Runtime rt;
    private PyType inputType;
    private PyType outputType;

    private CStringIOModule(Runtime rt) {
        this.rt = rt;
    }

    public static PyModule create(Runtime rt) {
        return new CStringIOModule(rt).build();
    }

    /** One StringI or StringO: its bytes [0, size), the position, and whether it is closed. */
    static final class Buffer extends ModuleSupport.NativeInstance {
        byte[] buf;
        int size;
        int pos;
        boolean closed;
        final boolean output;

        Buffer(PyType type, byte[] initial, boolean output) {
            super(type);
            this.buf = initial;
            this.size = initial.length;
            this.output = output;
        }
    }

    private PyModule build() {
        ModuleBuilder m = new ModuleBuilder(rt, "cStringIO");
        inputType = ModuleSupport.type(rt, "cStringIO", "StringI", rt.types.object);
        outputType = ModuleSupport.type(rt, "cStringIO", "StringO", rt.types.object);
        for (PyType t : new PyType[] {inputType, outputType}) {
            String name = t.name(rt.lang);
            t.withConstructor((type, a, kw) -> {
                throw PyError.raise("TypeError", "cannot create 'cStringIO." + name + "' instances");
            });
            common(t);
        }
        outputMethods(outputType);
        m.def("StringIO", (a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyError.raise("TypeError", "StringIO() takes no keyword arguments");
            }
            if (a.length > 1) {
                throw PyError.raise("TypeError", "StringIO expected at most 1 arguments, got " + a.length);
            }
            if (a.length == 0) {
                Buffer b = new Buffer(outputType, new byte[128], true);
                b.size = 0;
                Ops.setattr(rt, b, "softspace", PyInt.of(0));
                return b;
            }
            return new Buffer(inputType, data("StringIO", a[0]), false);
        });
        m.put("InputType", inputType);
        m.put("OutputType", outputType);
        m.put("__doc__", org.pyvm.core.runtime.Strings.text(rt, "A simple fast partial StringIO replacement.\n\n"
                + "This module provides a simple useful replacement for\n"
                + "the StringIO module that is written in C.  It does not provide the\n"
                + "full generality of StringIO, but it provides enough for most\n"
                + "applications and is especially useful in conjunction with the\n"
                + "pickle module.\n\n"
                + "Usage:\n\n"
                + "  from cStringIO import StringIO\n\n"
                + "  an_output_stream=StringIO()\n"
                + "  an_output_stream.write(some_stuff)\n"
                + "  ...\n"
                + "  value=an_output_stream.getvalue()\n\n"
                + "  an_input_stream=StringIO(a_string)\n"
                + "  spam=an_input_stream.readline()\n"
                + "  spam=an_input_stream.read(5)\n"
                + "  an_input_stream.seek(0)           # OK, start over\n"
                + "  spam=an_input_stream.read()       # and read it all\n"
                + "  \n"
                + "If someone else wants to provide a more complete implementation,\n"
                + "go for it. :-)  \n\n"
                + "cStringIO.c,v 1.29 1999/06/15 14:10:27 jim Exp\n"));
        return m.build();
    }

    /** The bytes of a str, buffer or bytearray; unicode through the default (ASCII) codec. */
    private byte[] data(String fname, PyObject o) {
        if (o instanceof PyStr) {
            o = Ops.callMethod(rt, o, "encode");
        }
        byte[] b = ModuleSupport.bytes(rt, o);
        if (b == null) {
            throw PyError.raise("TypeError", fname + "() argument 1 must be string or buffer, not " + Ops.argumentTypeName(rt, o));
        }
        return b;
    }

    private static Buffer open(Buffer b) {
        if (b.closed) {
            throw PyError.raise("ValueError", "I/O operation on closed file");
        }
        return b;
    }

    private static PyBytes slice(Buffer b, int from, int to) {
        return PyBytes.of(Arrays.copyOfRange(b.buf, from, to));
    }

    private long intArg(PyObject o, long dflt) {
        if (o == null || o == PyNone.NONE && dflt != Long.MIN_VALUE) {
            return dflt;
        }
        return ModuleSupport.index(rt, o);
    }

    private static PyBytes readline(Buffer b, long limit) {
        int end = b.pos;
        while (end < b.size && b.buf[end] != '\n') {
            end++;
        }
        if (end < b.size) {
            end++;
        }
        if (limit >= 0 && end - b.pos > limit) {
            end = b.pos + (int) limit;
        }
        PyBytes line = slice(b, b.pos, end);
        b.pos = end;
        return line;
    }

    private void common(PyType t) {
        ModuleSupport.method(t, "flush", Buffer.class, (b, a, kw) -> {
            ModuleSupport.count(rt, "flush", a, kw, 0, 0);
            open(b);
            return PyNone.NONE;
        });
        ModuleSupport.method(t, "getvalue", Buffer.class, (b, a, kw) -> {
            ModuleSupport.count(rt, "getvalue", a, kw, 0, 1);
            open(b);
            boolean upToPos = a.length == 1 && Ops.truth(rt, a[0]);
            return slice(b, 0, upToPos ? Math.min(b.pos, b.size) : b.size);
        });
        ModuleSupport.method(t, "isatty", Buffer.class, (b, a, kw) -> {
            ModuleSupport.count(rt, "isatty", a, kw, 0, 0);
            open(b);
            return PyBool.FALSE;
        });
        ModuleSupport.method(t, "read", Buffer.class, (b, a, kw) -> {
            ModuleSupport.count(rt, "read", a, kw, 0, 1);
            open(b);
            long n = a.length == 1 ? intArg(a[0], -1) : -1;
            int start = Math.min(b.pos, b.size);
            int end = n < 0 || n > b.size - start ? b.size : start + (int) n;
            b.pos = end;
            return slice(b, start, end);
        });
        ModuleSupport.method(t, "readline", Buffer.class, (b, a, kw) -> {
            ModuleSupport.count(rt, "readline", a, kw, 0, 1);
            open(b);
            return readline(b, a.length == 1 ? intArg(a[0], -1) : -1);
        });
        ModuleSupport.method(t, "readlines", Buffer.class, (b, a, kw) -> {
            ModuleSupport.count(rt, "readlines", a, kw, 0, 1);
            open(b);
            long hint = a.length == 1 ? intArg(a[0], 0) : 0;
            List<PyObject> lines = new ArrayList<>();
            long total = 0;
            while (b.pos < b.size) {
                PyBytes line = readline(b, -1);
                lines.add(line);
                total += line.bytes().length;
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return PyList.of(lines);
        });
        ModuleSupport.method(t, "reset", Buffer.class, (b, a, kw) -> {
            ModuleSupport.count(rt, "reset", a, kw, 0, 0);
            open(b).pos = 0;
            return PyNone.NONE;
        });
        ModuleSupport.method(t, "tell", Buffer.class, (b, a, kw) -> {
            ModuleSupport.count(rt, "tell", a, kw, 0, 0);
            return PyInt.of(open(b).pos);
        });
        ModuleSupport.method(t, "seek", Buffer.class, (b, a, kw) -> {
            ModuleSupport.count(rt, "seek", a, kw, 1, 2);
            open(b);
            long where = intArg(a[0], Long.MIN_VALUE);
            long mode = a.length == 2 ? intArg(a[1], 0) : 0;
            if (mode == 2) {
                where += b.size;
            } else if (mode == 1) {
                where += b.pos;
            }
            where = Math.max(0, where);
            if (where > Integer.MAX_VALUE - 8) {
                throw PyError.raise("OverflowError", "position too large");
            }
            if (b.output && where > b.size) {
                grow(b, (int) where);
                Arrays.fill(b.buf, b.size, (int) where, (byte) 0);
                b.size = (int) where;
            }
            b.pos = b.output ? (int) where : (int) Math.min(where, b.size);
            return PyNone.NONE;
        });
        ModuleSupport.method(t, "truncate", Buffer.class, (b, a, kw) -> {
            ModuleSupport.count(rt, "truncate", a, kw, 0, 1);
            open(b);
            long n = a.length == 1 ? intArg(a[0], b.pos) : b.pos;
            if (n < 0) {
                throw PyError.of(Ops.call(rt, rt.builtins.get(rt.name("IOError")), PyInt.of(22),
                        org.pyvm.core.runtime.Strings.text(rt, "Invalid argument")));
            }
            if (n < b.size) {
                b.size = (int) n;
            }
            b.pos = Math.min(b.pos, b.size);
            return PyNone.NONE;
        });
        ModuleSupport.method(t, "close", Buffer.class, (b, a, kw) -> {
            ModuleSupport.count(rt, "close", a, kw, 0, 0);
            b.closed = true;
            b.buf = new byte[0];
            b.size = 0;
            b.pos = 0;
            return PyNone.NONE;
        });
        ModuleSupport.method(t, "__iter__", Buffer.class, (b, a, kw) -> {
            ModuleSupport.count(rt, "__iter__", a, kw, 0, 0);
            return open(b);
        });
        ModuleSupport.method(t, "next", Buffer.class, (b, a, kw) -> {
            ModuleSupport.count(rt, "next", a, kw, 0, 0);
            PyBytes line = readline(open(b), -1);
            if (line.bytes().length == 0) {
                throw PyError.raiseArgs("StopIteration");
            }
            return line;
        });
        t.dict.put("closed", new Getter(o -> PyBool.of(((Buffer) o).closed)));
    }

    private static void grow(Buffer b, int needed) {
        if (needed > b.buf.length) {
            b.buf = Arrays.copyOf(b.buf, Math.max(needed, b.buf.length * 2));
        }
    }

    private void write(Buffer b, byte[] d) {
        open(b);
        int end = b.pos + d.length;
        grow(b, end);
        if (b.pos > b.size) {
            Arrays.fill(b.buf, b.size, b.pos, (byte) 0);
        }
        System.arraycopy(d, 0, b.buf, b.pos, d.length);
        b.pos = end;
        b.size = Math.max(b.size, end);
    }

    private void outputMethods(PyType t) {
        ModuleSupport.method(t, "write", Buffer.class, (b, a, kw) -> {
            ModuleSupport.count(rt, "write", a, kw, 1, 1);
            open(b);
            write(b, data("write", a[0]));
            return PyNone.NONE;
        });
        ModuleSupport.method(t, "writelines", Buffer.class, (b, a, kw) -> {
            ModuleSupport.count(rt, "writelines", a, kw, 1, 1);
            PyObject it = Ops.iter(rt, a[0]);
            for (PyObject item = Ops.next(rt, it); item != null; item = Ops.next(rt, it)) {
                open(b);
                write(b, data("write", item));
            }
            return PyNone.NONE;
        });
    }
}
