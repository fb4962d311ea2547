package org.pyvm.core.builtins;

import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.runtime.FormatSpec;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * {@code str.format} and {@code str.format_map}: a format string read as CPython reads it (its
 * MarkupIterator, parse_field and field-name iterator), with each malformed field's ValueError.
 * <ul>
 *   <li>Literal text runs to a brace; {@code {{} and {@code }}} are braces, a single {@code }} is an error.</li>
 *   <li>3.x finds a field's end while reading it: its name ends at {@code :}, {@code !} or {@code }}
 *       (a {@code [...]} may hold any of them), a format spec at its matching brace. 2.7 first finds
 *       the matching brace by counting, then splits what is inside at the first {@code :} or {@code !}.</li>
 *   <li>A field name is a first part (all decimal digits: an index into the positional arguments,
 *       empty: the next one by automatic numbering, else a keyword) then {@code .attr} and
 *       {@code [key]} parts ({@code [digits]} an int key). Automatic and manual numbering may not be
 *       mixed, and a spec may hold fields itself, one level deep.</li>
 * </ul>
 */
final class StrFormat {
    /** PEP 3101: "{0:{1}}" works, "{0:{1:{2}}}" does not. */
    private static final int RECURSION = 2;

    private final Runtime rt;
    private final Args args;
    /** format_map's mapping (names are looked up in it; positional fields are an error), else null. */
    private final PyObject mapping;
    private final boolean py2;
    /** Automatic numbering: 0 before the first numbered field, 1 automatic, 2 manual. */
    private int numbering;
    private long nextAuto;

    private StrFormat(Runtime rt, Args args, PyObject mapping) {
        this.rt = rt;
        this.args = args;
        this.mapping = mapping;
        this.py2 = Level.py2(rt);
    }

    /**
     * {@code fmt.format(*args, **kwargs)}, or {@code fmt.format_map(mapping)} when {@code mapping} is not null;
     * {@code unicode}: the format is text (2.7 converts each field to the format's own kind of string).
     */
    static String format(Runtime rt, String fmt, Args args, PyObject mapping, boolean unicode) {
        StrFormat f = new StrFormat(rt, args, mapping);
        f.unicode = unicode;
        return f.build(fmt, RECURSION);
    }

    /** Whether the format string is text (2.7 unicode), not a byte string. */
    private boolean unicode;

    private String build(String s, int depth) {
        if (depth <= 0) {
            throw valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int start = i;
            char c = 0;
            boolean markup = false;
            while (i < n) {
                c = s.charAt(i++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = i >= n;
            int len = i - start;
            if (c == '}' && (atEnd || s.charAt(i) != '}')) {
                throw valueError("Single '}' encountered in format string");
            }
            if (atEnd && c == '{') {
                throw valueError("Single '{' encountered in format string");
            }
            if (!atEnd) {
                if (s.charAt(i) == c) {
                    i++; // an escaped brace: literal text, no field
                    markup = false;
                } else {
                    len--;
                }
            }
            out.append(s, start, start + len);
            if (markup) {
                i = py2 ? field27(s, i, out, depth) : field3(s, i, out, depth);
            }
        }
        return out.toString();
    }

    /** The field starting at {@code i} (after its '{'), 3.x: written out; returns where the text goes on. */
    private int field3(String s, int i, StringBuilder out, int depth) {
        int n = s.length();
        int nameStart = i;
        char c = 0;
        name:
        while (i < n) {
            c = s.charAt(i++);
            switch (c) {
                case '{':
                    throw valueError("unexpected '{' in field name");
                case '[':
                    while (i < n && s.charAt(i) != ']') {
                        i++;
                    }
                    continue;
                case '}':
                case ':':
                case '!':
                    break name;
                default:
                    continue;
            }
        }
        String name = s.substring(nameStart, Math.max(nameStart, i - 1));
        int conversion = 0;
        String spec = "";
        boolean expand = false;
        if (c == '!' || c == ':') {
            boolean specFollows = true;
            if (c == '!') {
                if (i >= n) {
                    throw valueError("end of string while looking for conversion specifier");
                }
                conversion = s.codePointAt(i);
                i += Character.charCount(conversion);
                if (i < n) {
                    c = s.charAt(i++);
                    if (c == '}') {
                        specFollows = false;
                    } else if (c != ':') {
                        throw valueError("expected ':' after conversion specifier");
                    }
                }
            }
            if (specFollows) {
                int specStart = i;
                int count = 1;
                boolean closed = false;
                while (i < n && !closed) {
                    c = s.charAt(i++);
                    if (c == '{') {
                        expand = true;
                        count++;
                    } else if (c == '}' && --count == 0) {
                        closed = true;
                    }
                }
                if (!closed) {
                    throw valueError("unmatched '{' in format spec");
                }
                spec = s.substring(specStart, i - 1);
            }
        } else if (c != '}') {
            throw valueError("expected '}' before end of string");
        }
        markup(name, conversion, spec, expand, out, depth);
        return i;
    }

    /** 2.7: the field runs to its matching brace (braces counted), then splits at the first ':' or '!'. */
    private int field27(String s, int i, StringBuilder out, int depth) {
        int n = s.length();
        int start = i;
        int count = 1;
        boolean inSpec = false;
        boolean expand = false;
        while (i < n) {
            char c = s.charAt(i++);
            if (c == ':') {
                inSpec = true;
            } else if (c == '{') {
                expand |= inSpec;
                count++;
            } else if (c == '}' && --count <= 0) {
                String field = s.substring(start, i - 1);
                int k = 0;
                char d = 0;
                while (k < field.length()) {
                    d = field.charAt(k++);
                    if (d == ':' || d == '!') {
                        break;
                    }
                }
                String name = field;
                int conversion = 0;
                String spec = "";
                if (d == ':' || d == '!') {
                    name = field.substring(0, k - 1);
                    if (d == '!') {
                        if (k >= field.length()) {
                            throw valueError("end of format while looking for conversion specifier");
                        }
                        conversion = field.charAt(k++);
                        if (k < field.length() && field.charAt(k++) != ':') {
                            throw valueError("expected ':' after format specifier");
                        }
                    }
                    spec = field.substring(k);
                }
                markup(name, conversion, spec, expand, out, depth);
                return i;
            }
        }
        throw valueError("unmatched '{' in format");
    }

    /** One field: its object, converted, formatted by its spec (expanded first when it holds fields). */
    private void markup(String name, int conversion, String spec, boolean expand, StringBuilder out, int depth) {
        PyObject v = fieldObject(name);
        if (conversion != 0) {
            v = convert(v, conversion);
        }
        String fullSpec = expand ? build(spec, depth - 1) : spec;
        PyObject formatted = FormatSpec.formatted(rt, v, fullSpec, py2 && !unicode ? Strings.text(rt, fullSpec) : PyStr.of(fullSpec));
        String text = Ops.str(rt, formatted);
        if (py2 && unicode && (formatted instanceof org.pyvm.core.objects.PyBytes || v instanceof org.pyvm.core.objects.PyBytes)) {
            text = Strings.unicode27(rt, Strings.text(rt, text)); // unicode(field): a byte string decoded as ASCII
        } else if (py2 && !unicode && v instanceof org.pyvm.core.objects.PyStr) {
            Codecs.encode(rt, text, "ascii", "strict"); // str(field): unicode encoded as ASCII, or a UnicodeEncodeError
        }
        out.append(text);
    }

    private PyObject fieldObject(String name) {
        int n = name.length();
        int i = 0;
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        long index = integer(first);
        boolean empty = first.isEmpty();
        if (empty || index != -1) {
            if (numbering == 0) {
                numbering = empty ? 1 : 2;
            }
            if (numbering == 2 && empty) {
                throw valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (numbering != 2 && !empty) {
                throw valueError("cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) {
                index = nextAuto++;
            }
        }
        PyObject v;
        if (index == -1) {
            if (mapping != null) {
                v = Ops.getitem(rt, mapping, Strings.text(rt, first));
            } else {
                v = args.kw(first);
                if (v == null) {
                    throw PyError.raiseArgs("KeyError", Strings.text(rt, first));
                }
            }
        } else {
            if (mapping != null) {
                throw valueError("Format string contains positional fields");
            }
            v = index < args.count() ? args.get((int) index) : null;
            if (v == null) {
                throw PyError.raise("IndexError", Level.modern(rt)
                        ? "Replacement index " + index + " out of range for positional args tuple" : "tuple index out of range");
            }
        }
        while (i < n) {
            char c = name.charAt(i++);
            int start = i;
            boolean attribute = c == '.';
            if (attribute) {
                while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    i++;
                }
            } else if (c == '[') {
                while (i < n && name.charAt(i) != ']') {
                    i++;
                }
                if (i >= n) {
                    throw valueError("Missing ']' in format string");
                }
                i++;
            } else {
                throw valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            String part = name.substring(start, attribute ? i : i - 1);
            long key = attribute ? -1 : integer(part);
            if (part.isEmpty()) {
                throw valueError("Empty attribute in format string");
            }
            v = attribute ? Ops.getattr(rt, v, part) : Ops.getitem(rt, v, key != -1 ? indexKey(rt, v, key) : Strings.text(rt, part));
        }
        return v;
    }

    /**
     * The key of {@code [N]}: an int, except that 2.7's getitem_idx makes a long (PyLong_FromSsize_t) for what is no
     * sequence, a dict: its KeyError then says 0L.
     */
    private static PyObject indexKey(Runtime rt, PyObject container, long key) {
        if (Level.py2(rt) && container instanceof org.pyvm.core.objects.PyDict) {
            return PyInt.longOf(java.math.BigInteger.valueOf(key));
        }
        return PyInt.of(key);
    }

    /** The value of {@code s} when it is all decimal digits, else -1; ValueError past Py_ssize_t. */
    private static long integer(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int digit = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
            if (digit < 0) {
                return -1;
            }
            if (value > (Long.MAX_VALUE - digit) / 10) {
                throw valueError("Too many decimal digits in format string");
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private PyObject convert(PyObject v, int conversion) {
        if (conversion == 'r') {
            return PyStr.of(Ops.repr(rt, v));
        }
        if (conversion == 's') {
            // 2.7: unicode.format's !s is unicode(v) (its __unicode__), str.format's str(v)
            return py2 && unicode ? Ops.call(rt, rt.types.str, v) : PyStr.of(Ops.str(rt, v));
        }
        if (conversion == 'a' && !py2) { // 2.7 has no !a
            return PyStr.of(Functions.asciiEscape(Ops.repr(rt, v)));
        }
        throw valueError(conversion > 32 && conversion < 127 ? "Unknown conversion specifier " + (char) conversion
                : "Unknown conversion specifier \\x" + Integer.toHexString(conversion));
    }

    private static PyError valueError(String message) {
        return PyError.raise("ValueError", message);
    }
}
