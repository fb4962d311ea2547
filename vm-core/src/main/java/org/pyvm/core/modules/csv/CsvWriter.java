package org.pyvm.core.modules.csv;

import java.util.List;
import org.pyvm.core.modules.Getter;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyComplex;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Strings;

/**
 * {@code _csv.writer}: joins a row's fields as Modules/_csv.c's join_append does (quoting, doubled quotes,
 * escapes) and passes the line to the file's {@code write}, returning what {@code write} returned. 3.11
 * escapes the escapechar itself where 2.7 and 3.6 quote the field; 2.7 writes floats by their repr and
 * takes only sequences.
 */
final class CsvWriter extends PyInstance {
    private final CsvModule m;
    private final PyObject write;
    final CsvModule.Dialect dialect;

    CsvWriter(CsvModule m, PyObject write, CsvModule.Dialect dialect) {
        super(m.writerType);
        this.m = m;
        this.write = write;
        this.dialect = dialect;
    }

    @Override
    public String typeName(Language lang) {
        return "_csv.writer";
    }

    private boolean isNumber(PyObject f) {
        if (f instanceof PyInt || f instanceof PyBool || f instanceof PyFloat || f instanceof PyComplex) {
            return true;
        }
        if (f instanceof PyInstance) {
            org.pyvm.core.objects.PyType t = m.rt.types.of(f);
            return t.lookup("__int__") != null || t.lookup("__float__") != null || !m.py2 && t.lookup("__index__") != null;
        }
        return false;
    }

    PyObject writerow(PyObject seq) {
        CsvModule.Dialect d = dialect;
        List<PyObject> items;
        if (m.py2) {
            boolean sequence = !(seq instanceof PyDict) && m.rt.types.of(seq).lookup("__getitem__") != null;
            if (!sequence) {
                throw m.error("sequence expected");
            }
            items = Ops.toList(m.rt, seq);
        } else {
            PyObject it;
            try {
                it = Ops.iter(m.rt, seq);
            } catch (PyError e) {
                throw m.error("iterable expected, not " + Ops.typeName(m.rt, seq));
            }
            items = Ops.toList(m.rt, it);
        }
        StringBuilder rec = new StringBuilder();
        int numFields = 0;
        for (PyObject f : items) {
            boolean quoted = switch (d.quoting) {
                case CsvModule.QUOTE_NONNUMERIC -> !isNumber(f);
                case CsvModule.QUOTE_ALL -> true;
                default -> false;
            };
            String s;
            if (f == PyNone.NONE) {
                s = null;
            } else if (m.isText(f) && !(m.py2 && f instanceof PyStr)) {
                s = m.chars(f);
            } else if (m.py2 && f instanceof PyStr u) {
                s = Strings.latin1(((PyBytes) Ops.callMethod(m.rt, u, "encode", Strings.text(m.rt, "ascii"))).bytes());
            } else if (m.py2 && f instanceof PyFloat) {
                s = Ops.repr(m.rt, f);
            } else {
                s = Ops.str(m.rt, f);
            }
            append(rec, numFields, s, quoted);
            numFields++;
        }
        if (numFields > 0 && rec.length() == 0) {
            if (d.quoting == CsvModule.QUOTE_NONE) {
                throw m.error("single empty field record must be quoted");
            }
            append(rec, 0, null, true);
        }
        rec.append(d.lineterminator);
        return Ops.call(m.rt, write, m.text(rec.toString()));
    }

    private void append(StringBuilder rec, int numFields, String field, boolean quoted) {
        CsvModule.Dialect d = dialect;
        StringBuilder out = new StringBuilder();
        if (numFields > 0) {
            out.appendCodePoint(d.delimiter);
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; field != null && i < field.length(); ) {
            int c = field.codePointAt(i);
            i += Character.charCount(c);
            boolean wantEscape = false;
            if (c == d.delimiter || c == d.escapechar || c == d.quotechar || d.lineterminator.indexOf(c) >= 0 && c < 0x10000
                    || c >= 0x10000 && d.lineterminator.contains(new String(Character.toChars(c)))) {
                if (d.quoting == CsvModule.QUOTE_NONE) {
                    wantEscape = true;
                } else {
                    if (c == d.quotechar) {
                        if (d.doublequote) {
                            body.appendCodePoint(d.quotechar);
                        } else {
                            wantEscape = true;
                        }
                    } else if (m.v311 && c == d.escapechar) {
                        wantEscape = true;
                    }
                    if (!wantEscape) {
                        quoted = true;
                    }
                }
                if (wantEscape) {
                    if (d.escapechar == CsvModule.NOT_SET) {
                        throw m.error("need to escape, but no escapechar set");
                    }
                    body.appendCodePoint(d.escapechar);
                }
            }
            body.appendCodePoint(c);
        }
        if (quoted) {
            out.appendCodePoint(d.quotechar).append(body).appendCodePoint(d.quotechar);
        } else {
            out.append(body);
        }
        rec.append(out);
    }

    static void install(CsvModule m) {
        m.method(m.writerType, "writerow", CsvWriter.class, (self, a, kw) -> {
            PyObject row = m.one("writerow", a, kw);
            return ((CsvWriter) self).writerow(row);
        });
        m.method(m.writerType, "writerows", CsvWriter.class, (self, a, kw) -> {
            PyObject rows = m.one("writerows", a, kw);
            PyObject it;
            if (m.v311) {
                it = Ops.iter(m.rt, rows);
            } else {
                try {
                    it = Ops.iter(m.rt, rows);
                } catch (PyError e) {
                    throw PyError.raise("TypeError", "writerows() argument must be iterable");
                }
            }
            for (PyObject row = Ops.next(m.rt, it); row != null; row = Ops.next(m.rt, it)) {
                ((CsvWriter) self).writerow(row);
            }
            return PyNone.NONE;
        });
        m.writerType.dict.put("dialect", new Getter(o -> ((CsvWriter) o).dialect));
    }
}
