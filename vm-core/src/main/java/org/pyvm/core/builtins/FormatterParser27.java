package org.pyvm.core.builtins;

import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyIterator;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;

/**
 * 2.7's {@code str._formatter_parser()} and {@code str._formatter_field_name_split()} (and unicode's), which
 * string.Formatter calls: 2.7's own format-string grammar (Objects/stringlib/string_format.h of 2.7), which
 * differs from 3.x's {@code _string}: a replacement field ends at the brace that balances its opening one
 * (brackets are not skipped), its name ends at the first ':' or '!', the messages are 2.7's, indexes are
 * longs, and both iterators are lazy (the pieces before a malformed one come out first). The pieces are of the
 * receiver's kind (str or unicode).
 */
final class FormatterParser27 {
    private FormatterParser27() {
    }

    /** {@code s._formatter_parser()}: an iterator of (literal, field name, format spec, conversion). */
    static PyObject parser(PyObject self, String s, Args a) {
        noArguments(a, "_formatter_parser");
        int[] pos = {0};
        return new PyIterator("formatteriterator") {
            @Override
            public PyObject next() {
                return pos[0] < s.length() ? piece(self, s, pos) : null;
            }
        };
    }

    /** {@code s._formatter_field_name_split()}: (first, iterator of (is attribute, key)). */
    static PyObject fieldNameSplit(PyObject self, String s, Args a) {
        noArguments(a, "_formatter_field_name_split");
        int p = 0;
        while (p < s.length() && s.charAt(p) != '.' && s.charAt(p) != '[') {
            p++;
        }
        String first = s.substring(0, p);
        long index = integer(self, first);
        PyObject firstObj = index >= 0 ? PyInt.longOf(java.math.BigInteger.valueOf(index)) : StrMethods.wrap(self, first);
        int[] at = {p};
        return PyTuple.of(firstObj, new PyIterator("fieldnameiterator") {
            @Override
            public PyObject next() {
                return at[0] < s.length() ? step(self, s, at) : null;
            }
        });
    }

    /** METH_NOARGS: neither positional nor keyword arguments. */
    private static void noArguments(Args a, String name) {
        if (a.keywordNames().length > 0) {
            throw PyError.raise("TypeError", name + "() takes no keyword arguments");
        }
        if (a.count() > 0) {
            throw PyError.raise("TypeError", name + "() takes no arguments (" + a.count() + " given)");
        }
    }

    /** MarkupIterator_next: literal text up to a single brace, then the balanced replacement field after it. */
    private static PyObject piece(PyObject self, String s, int[] at) {
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
        if (c == '}' && markup && (atEnd || s.charAt(pos) != c)) {
            throw PyError.raise("ValueError", "Single '}' encountered in format string");
        }
        if (atEnd && c == '{' && markup) {
            throw PyError.raise("ValueError", "Single '{' encountered in format string");
        }
        if (!atEnd && markup) {
            if (s.charAt(pos) == c) {
                pos++; // an escaped brace: one of it is literal text, and no field follows
                markup = false;
            } else {
                len--;
            }
        }
        PyObject literal = StrMethods.wrap(self, s.substring(start, start + len));
        if (!markup) {
            at[0] = pos;
            return PyTuple.of(literal, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
        int fieldStart = pos;
        int count = 1;
        while (pos < end) {
            c = s.charAt(pos++);
            if (c == '{') {
                count++;
            } else if (c == '}' && --count <= 0) {
                at[0] = pos;
                return field(self, literal, s.substring(fieldStart, pos - 1));
            }
        }
        throw PyError.raise("ValueError", "unmatched '{' in format");
    }

    /** parse_field: the name up to the first ':' or '!', an optional one-character conversion, then the spec. */
    private static PyObject field(PyObject self, PyObject literal, String f) {
        int p = 0;
        char c = 0;
        while (p < f.length()) {
            c = f.charAt(p++);
            if (c == ':' || c == '!') {
                break;
            }
        }
        if (c != ':' && c != '!') {
            return PyTuple.of(literal, StrMethods.wrap(self, f), StrMethods.wrap(self, ""), PyNone.NONE);
        }
        String name = f.substring(0, p - 1);
        PyObject conversion = PyNone.NONE;
        if (c == '!') {
            if (p >= f.length()) {
                throw PyError.raise("ValueError", "end of format while looking for conversion specifier");
            }
            conversion = StrMethods.wrap(self, String.valueOf(f.charAt(p++)));
            if (p < f.length() && f.charAt(p++) != ':') {
                throw PyError.raise("ValueError", "expected ':' after format specifier");
            }
        }
        return PyTuple.of(literal, StrMethods.wrap(self, name), StrMethods.wrap(self, f.substring(p)), conversion);
    }

    /** FieldNameIterator_next: {@code .name} or {@code [key]} (a key of decimal digits is a long). */
    private static PyObject step(PyObject self, String s, int[] at) {
        int p = at[0];
        int end = s.length();
        char c = s.charAt(p++);
        boolean attribute;
        String name;
        long index = -1;
        if (c == '.') {
            attribute = true;
            int start = p;
            while (p < end && s.charAt(p) != '.' && s.charAt(p) != '[') {
                p++;
            }
            name = s.substring(start, p);
        } else if (c == '[') {
            attribute = false;
            int start = p;
            while (p < end && s.charAt(p) != ']') {
                p++;
            }
            if (p >= end) {
                at[0] = p;
                throw PyError.raise("ValueError", "Missing ']' in format string");
            }
            name = s.substring(start, p++);
            index = integer(self, name);
        } else {
            at[0] = p;
            throw PyError.raise("ValueError", "Only '.' or '[' may follow ']' in format field specifier");
        }
        at[0] = p;
        if (name.isEmpty()) {
            throw PyError.raise("ValueError", "Empty attribute in format string");
        }
        PyObject key = index >= 0 ? PyInt.longOf(java.math.BigInteger.valueOf(index)) : StrMethods.wrap(self, name);
        return PyTuple.of(PyBool.of(attribute), key);
    }

    /**
     * get_integer: the value of a part made only of decimal digits (unicode's include other scripts' digits),
     * else -1; a value past the largest Py_ssize_t is a ValueError.
     */
    private static long integer(PyObject self, String part) {
        if (part.isEmpty()) {
            return -1;
        }
        long acc = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            int digit = self instanceof PyStr
                    ? (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1)
                    : (c >= '0' && c <= '9' ? c - '0' : -1);
            if (digit < 0) {
                return -1;
            }
            if (acc > (Long.MAX_VALUE - digit) / 10) {
                throw PyError.raise("ValueError", "Too many decimal digits in format string");
            }
            acc = acc * 10 + digit;
        }
        return acc;
    }
}
