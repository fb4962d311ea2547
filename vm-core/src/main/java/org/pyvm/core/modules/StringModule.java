package org.pyvm.core.modules;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyIterator;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * {@code _string} (3.x), which string.Formatter uses: {@code formatter_parser} splits a format string into
 * (literal, field name, format spec, conversion) pieces and {@code formatter_field_name_split} a field name into
 * its first part and the (is attribute, key) steps after it, with str.format's parsing rules and errors.
 */
public final class StringModule {
    private StringModule() {
    }

    public static PyModule create(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "_string");
        m.def("formatter_parser", (a, kw) -> {
            String s = text(rt, a, "formatter_parser");
            int[] pos = {0};
            // lazy, as CPython's: the pieces before a malformed one come out before its ValueError
            return new PyIterator("formatteriterator") {
                @Override
                public PyObject next() {
                    return pos[0] < s.length() ? piece(s, pos) : null;
                }
            };
        });
        m.def("formatter_field_name_split", (a, kw) -> {
            String s = text(rt, a, "formatter_field_name_split");
            return splitFieldName(s);
        });
        return m.build();
    }

    private static String text(Runtime rt, PyObject[] a, String fn) {
        if (a.length != 1) {
            throw PyError.raise("TypeError", fn + "() takes exactly one argument (" + a.length + " given)");
        }
        if (!(a[0] instanceof PyStr s)) {
            throw PyError.raise("TypeError", "expected str, got " + Ops.typeName(rt, a[0]));
        }
        return s.value();
    }

    private static PyIterator iterator(String name, List<PyObject> items) {
        return new PyIterator(name) {
            private int next;

            @Override
            public PyObject next() {
                return next < items.size() ? items.get(next++) : null;
            }
        };
    }

    /** The next piece of a format string from {@code at[0]} on, as CPython's MarkupIterator reads it. */
    static PyObject piece(String s, int[] at) {
        int pos = at[0];
        int end = s.length();
        int start = pos;
        boolean markup = false;
        char c = 0;
        while (pos < end) {
            c = s.charAt(pos++);
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        boolean atEnd = pos >= end;
        int len = pos - start;
        if (c == '}' && markup && (atEnd || c != s.charAt(pos))) {
            throw PyError.raise("ValueError", "Single '}' encountered in format string");
        }
        if (atEnd && c == '{' && markup) {
            throw PyError.raise("ValueError", "Single '{' encountered in format string");
        }
        if (!atEnd && markup) {
            if (c == s.charAt(pos)) {
                pos++; // a doubled brace: one of it belongs to the literal
                markup = false;
            } else {
                len--;
            }
        }
        PyStr literal = PyStr.of(s.substring(start, start + len));
        if (!markup) {
            at[0] = pos;
            return PyTuple.of(literal, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
        // the replacement field: its name up to '!', ':' or '}' (brackets skipped), then conversion and spec
        int nameStart = pos;
        c = 0;
        while (pos < end) {
            c = s.charAt(pos++);
            if (c == '{') {
                throw PyError.raise("ValueError", "unexpected '{' in field name");
            }
            if (c == '[') {
                while (pos < end && s.charAt(pos) != ']') {
                    pos++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        PyStr name = PyStr.of(s.substring(nameStart, Math.max(nameStart, pos - 1)));
        PyObject conversion = PyNone.NONE;
        if (c == '!' || c == ':') {
            if (c == '!') {
                if (pos >= end) {
                    throw PyError.raise("ValueError", "end of string while looking for conversion specifier");
                }
                conversion = PyStr.of(String.valueOf(s.charAt(pos++)));
                if (pos < end) {
                    c = s.charAt(pos++);
                    if (c == '}') {
                        at[0] = pos;
                        return PyTuple.of(literal, name, PyStr.of(""), conversion);
                    }
                    if (c != ':') {
                        throw PyError.raise("ValueError", "expected ':' after conversion specifier");
                    }
                }
            }
            int specStart = pos;
            int count = 1;
            while (pos < end) {
                c = s.charAt(pos++);
                if (c == '{') {
                    count++;
                } else if (c == '}' && --count == 0) {
                    at[0] = pos;
                    return PyTuple.of(literal, name, PyStr.of(s.substring(specStart, pos - 1)), conversion);
                }
            }
            throw PyError.raise("ValueError", "unmatched '{' in format spec");
        }
        if (c != '}') {
            throw PyError.raise("ValueError", "expected '}' before end of string");
        }
        at[0] = pos;
        return PyTuple.of(literal, name, PyStr.of(""), conversion);
    }

    /** (first, iterator of (is_attribute, key)): a part of only digits is an int. */
    static PyObject splitFieldName(String s) {
        int pos = 0;
        int end = s.length();
        while (pos < end && s.charAt(pos) != '.' && s.charAt(pos) != '[') {
            pos++;
        }
        PyObject first = key(s.substring(0, pos));
        List<PyObject> rest = new ArrayList<>();
        while (pos < end) {
            char c = s.charAt(pos++);
            String name;
            boolean attr;
            if (c == '.') {
                attr = true;
                int start = pos;
                while (pos < end && s.charAt(pos) != '.' && s.charAt(pos) != '[') {
                    pos++;
                }
                name = s.substring(start, pos);
            } else if (c == '[') {
                attr = false;
                int start = pos;
                while (pos < end && s.charAt(pos) != ']') {
                    pos++;
                }
                if (pos >= end) {
                    throw PyError.raise("ValueError", "Missing ']' in format string");
                }
                name = s.substring(start, pos);
                pos++;
                if (pos < end && s.charAt(pos) != '.' && s.charAt(pos) != '[') {
                    throw PyError.raise("ValueError", "Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw PyError.raise("ValueError", "Only '.' or '[' may follow ']' in format field specifier");
            }
            if (name.isEmpty()) {
                throw PyError.raise("ValueError", "Empty attribute in format string");
            }
            rest.add(PyTuple.of(PyBool.of(attr), attr ? PyStr.of(name) : key(name)));
        }
        return PyTuple.of(first, iterator("fieldnameiterator", rest));
    }

    private static PyObject key(String part) {
        if (part.isEmpty() || part.length() > 18) {
            return PyStr.of(part);
        }
        for (int i = 0; i < part.length(); i++) {
            if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                return PyStr.of(part);
            }
        }
        return PyInt.of(Long.parseLong(part));
    }
}
