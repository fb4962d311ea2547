package org.pyvm.core.modules.csv;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.modules.Getter;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Strings;

/**
 * {@code _csv.reader}: CPython's parser, one character at a time through the states of Modules/_csv.c, with
 * the end of each line fed as a sentinel. 2.7 has no AFTER_ESCAPED_CRNL state (an escaped newline ends the
 * record there); 2.7 and 3.6 refuse NUL characters, 3.11 keeps them.
 */
final class CsvReader extends PyInstance {
    private static final int START_RECORD = 0;
    private static final int START_FIELD = 1;
    private static final int ESCAPED_CHAR = 2;
    private static final int IN_FIELD = 3;
    private static final int IN_QUOTED_FIELD = 4;
    private static final int ESCAPE_IN_QUOTED_FIELD = 5;
    private static final int QUOTE_IN_QUOTED_FIELD = 6;
    private static final int EAT_CRNL = 7;
    private static final int AFTER_ESCAPED_CRNL = 8;
    /** The end of a line (3.11's EOL; '\0' before, when NUL could not occur in the text). */
    private static final int EOL = -2;

    private final CsvModule m;
    private final PyObject input;
    final CsvModule.Dialect dialect;
    private List<PyObject> fields;
    private int state;
    private final StringBuilder field = new StringBuilder();
    private int fieldLen;
    private boolean numeric;
    long lineNum;

    CsvReader(CsvModule m, PyObject input, CsvModule.Dialect dialect) {
        super(m.readerType);
        this.m = m;
        this.input = input;
        this.dialect = dialect;
        reset();
    }

    @Override
    public String typeName(Language lang) {
        return "_csv.reader";
    }

    private void reset() {
        fields = new ArrayList<>();
        field.setLength(0);
        fieldLen = 0;
        state = START_RECORD;
        numeric = false;
    }

    private void saveField() {
        PyObject f = m.text(field.toString());
        field.setLength(0);
        fieldLen = 0;
        if (numeric) {
            numeric = false;
            f = Ops.call(m.rt, m.rt.types.of(org.pyvm.core.objects.PyFloat.of(0)), f);
        }
        fields.add(f);
    }

    private void addChar(int c) {
        if (fieldLen >= m.fieldLimit) {
            throw m.error("field larger than field limit (" + m.fieldLimit + ")");
        }
        field.appendCodePoint(c);
        fieldLen++;
    }

    private static boolean eol(int c) {
        return c == '\n' || c == '\r' || c == EOL;
    }

    private void process(int c) {
        CsvModule.Dialect d = dialect;
        switch (state) {
            case START_RECORD:
                if (c == EOL) {
                    return; // empty line: []
                }
                if (c == '\n' || c == '\r') {
                    state = EAT_CRNL;
                    return;
                }
                state = START_FIELD;
                startField(c);
                return;
            case START_FIELD:
                startField(c);
                return;
            case ESCAPED_CHAR:
                if (!m.py2 && (c == '\n' || c == '\r')) {
                    addChar(c);
                    state = AFTER_ESCAPED_CRNL;
                    return;
                }
                addChar(c == EOL ? '\n' : c);
                state = IN_FIELD;
                return;
            case AFTER_ESCAPED_CRNL:
                if (c == EOL) {
                    return;
                }
                inField(c);
                return;
            case IN_FIELD:
                inField(c);
                return;
            case IN_QUOTED_FIELD:
                if (c == EOL) {
                    return;
                } else if (c == d.escapechar) {
                    state = ESCAPE_IN_QUOTED_FIELD;
                } else if (c == d.quotechar && d.quoting != CsvModule.QUOTE_NONE) {
                    state = d.doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
                } else {
                    addChar(c);
                }
                return;
            case ESCAPE_IN_QUOTED_FIELD:
                addChar(c == EOL ? '\n' : c);
                state = IN_QUOTED_FIELD;
                return;
            case QUOTE_IN_QUOTED_FIELD:
                if (d.quoting != CsvModule.QUOTE_NONE && c == d.quotechar) {
                    addChar(c);
                    state = IN_QUOTED_FIELD;
                } else if (c == d.delimiter) {
                    saveField();
                    state = START_FIELD;
                } else if (eol(c)) {
                    saveField();
                    state = c == EOL ? START_RECORD : EAT_CRNL;
                } else if (!d.strict) {
                    addChar(c);
                    state = IN_FIELD;
                } else {
                    throw m.error("'" + new String(Character.toChars(d.delimiter)) + "' expected after '"
                            + new String(Character.toChars(d.quotechar)) + "'");
                }
                return;
            case EAT_CRNL:
                if (c == '\n' || c == '\r') {
                    return;
                }
                if (c == EOL) {
                    state = START_RECORD;
                    return;
                }
                throw m.error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
            default:
                throw new IllegalStateException("csv parser state " + state);
        }
    }

    private void startField(int c) {
        CsvModule.Dialect d = dialect;
        if (eol(c)) {
            saveField();
            state = c == EOL ? START_RECORD : EAT_CRNL;
        } else if (c == d.quotechar && d.quoting != CsvModule.QUOTE_NONE) {
            state = IN_QUOTED_FIELD;
        } else if (c == d.escapechar) {
            state = ESCAPED_CHAR;
        } else if (c == ' ' && d.skipinitialspace) {
            return;
        } else if (c == d.delimiter) {
            saveField();
        } else {
            if (d.quoting == CsvModule.QUOTE_NONNUMERIC) {
                numeric = true;
            }
            addChar(c);
            state = IN_FIELD;
        }
    }

    private void inField(int c) {
        CsvModule.Dialect d = dialect;
        if (eol(c)) {
            saveField();
            state = c == EOL ? START_RECORD : EAT_CRNL;
        } else if (c == d.escapechar) {
            state = ESCAPED_CHAR;
        } else if (c == d.delimiter) {
            saveField();
            state = START_FIELD;
        } else {
            addChar(c);
            state = IN_FIELD;
        }
    }

    /** The next record, or null at the end of the input. */
    PyObject next() {
        reset();
        do {
            PyObject line = Ops.next(m.rt, input);
            if (line == null) {
                if (fieldLen != 0 || state == IN_QUOTED_FIELD) {
                    if (dialect.strict) {
                        throw m.error("unexpected end of data");
                    }
                    saveField();
                    break;
                }
                return null;
            }
            String s = lineText(line);
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                if (c == 0 && !m.v311) {
                    throw m.error(m.py2 ? "line contains NUL" : "line contains NULL byte");
                }
                process(c);
            }
            process(EOL);
        } while (state != START_RECORD);
        PyList r = PyList.of(fields);
        fields = new ArrayList<>();
        return r;
    }

    private String lineText(PyObject line) {
        if (m.py2) {
            lineNum++;
            if (line instanceof PyBytes b) {
                return Strings.latin1(b.bytes());
            }
            if (line instanceof PyStr s) {
                PyObject enc = Ops.callMethod(m.rt, s, "encode", Strings.text(m.rt, "ascii")); // the default encoding
                return Strings.latin1(((PyBytes) enc).bytes());
            }
            throw PyError.raise("TypeError", "expected string or Unicode object, " + Ops.typeName(m.rt, line) + " found");
        }
        if (!(line instanceof PyStr s)) {
            throw m.error("iterator should return strings, not " + Ops.typeName(m.rt, line)
                    + (m.v311 ? " (the file should be opened in text mode)" : " (did you open the file in text mode?)"));
        }
        lineNum++;
        return s.value();
    }

    static void install(CsvModule m) {
        m.method(m.readerType, "__iter__", CsvReader.class, (self, a, kw) -> self);
        m.method(m.readerType, m.py2 ? "next" : "__next__", CsvReader.class, (self, a, kw) -> {
            PyObject r = ((CsvReader) self).next();
            if (r == null) {
                throw PyError.raiseArgs("StopIteration");
            }
            return r;
        });
        m.readerType.dict.put("dialect", new Getter(o -> ((CsvReader) o).dialect));
        m.readerType.dict.put("line_num", new Getter(o -> m.py2 ? PyInt.longOf(java.math.BigInteger.valueOf(((CsvReader) o).lineNum))
                : PyInt.of(((CsvReader) o).lineNum)));
    }
}
