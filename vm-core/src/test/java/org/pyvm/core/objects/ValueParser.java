package org.pyvm.core.objects;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.spi.LanguageFeature;

/** Builds the values of values.txt (see its header) for one language level; mirrors make_goldens.py. */
final class ValueParser {
    private final Language lang;
    private final String[] tokens;
    private int pos;

    ValueParser(Language lang, String line) {
        this.lang = lang;
        this.tokens = line.trim().split("\\s+");
    }

    PyObject parse() {
        return values().get(0);
    }

    private record Item(boolean add, PyObject value) {
    }

    private List<Item> itemsUntil(String close) {
        List<Item> out = new ArrayList<>();
        boolean add = true;
        while (true) {
            String t = tokens[pos];
            if (t.equals(close)) {
                pos++;
                return out;
            }
            if (t.equals("!add") || t.equals("!del")) {
                add = t.equals("!add");
                pos++;
                continue;
            }
            for (PyObject v : values()) {
                out.add(new Item(add, v));
            }
        }
    }

    private List<PyObject> plain(String close) {
        List<PyObject> out = new ArrayList<>();
        for (Item i : itemsUntil(close)) {
            out.add(i.value());
        }
        return out;
    }

    private List<PyObject> values() {
        String t = tokens[pos++];
        List<PyObject> out = new ArrayList<>();
        if (t.startsWith("range:")) {
            String[] a = t.split(":");
            long start = Long.parseLong(a[1]);
            long stop = Long.parseLong(a[2]);
            long step = a.length > 3 ? Long.parseLong(a[3]) : 1;
            for (long i = start; step > 0 ? i < stop : i > stop; i += step) {
                out.add(PyInt.of(i));
            }
            return out;
        }
        if (t.startsWith("strs:")) {
            String[] a = t.split(":");
            String prefix = unescape(a[1]);
            for (int i = 0; i < Integer.parseInt(a[2]); i++) {
                out.add(PyStr.of(prefix + i));
            }
            return out;
        }
        out.add(value(t));
        return out;
    }

    private PyObject value(String t) {
        switch (t) {
            case "none":
                return PyNone.NONE;
            case "true":
                return PyBool.TRUE;
            case "false":
                return PyBool.FALSE;
            case "ellipsis":
                return PyEllipsis.ELLIPSIS;
            case "bytesall": {
                byte[] b = new byte[256];
                for (int i = 0; i < 256; i++) {
                    b[i] = (byte) i;
                }
                return PyBytes.of(b);
            }
            case "(":
                return PyTuple.of(plain(")").toArray(new PyObject[0]));
            case "[":
                return PyList.of(plain("]"));
            case "fs{":
                return PyFrozenSet.of(lang, plain("}"));
            case "set{": {
                PySet s = PySet.of(lang, List.of());
                for (Item i : itemsUntil("}")) {
                    if (i.add()) {
                        s.add(i.value());
                    } else {
                        s.discard(i.value());
                    }
                }
                return s;
            }
            case "dict{":
                return PyDict.of(lang, plain("}"));
            default:
                break;
        }
        int colon = t.indexOf(':');
        String kind = t.substring(0, colon);
        String rest = t.substring(colon + 1);
        switch (kind) {
            case "int":
                return PyInt.of(new BigInteger(rest));
            case "long":
                return lang.has(LanguageFeature.INT_AND_LONG) ? PyInt.longOf(new BigInteger(rest)) : PyInt.of(new BigInteger(rest));
            case "float":
                return PyFloat.of(parseDouble(rest));
            case "floatbits":
                return PyFloat.of(Double.longBitsToDouble(Long.parseUnsignedLong(rest, 16)));
            case "complex": {
                String[] p = rest.split(":");
                return PyComplex.of(parseDouble(p[0]), parseDouble(p[1]));
            }
            case "str":
                return PyStr.of(unescape(rest));
            case "bytes": {
                String s = unescape(rest);
                byte[] b = new byte[s.length()];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) s.charAt(i);
                }
                return PyBytes.of(b);
            }
            default:
                throw new IllegalArgumentException("unknown token " + t);
        }
    }

    static double parseDouble(String s) {
        switch (s) {
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            case "nan":
                return Double.NaN;
            default:
                return Double.parseDouble(s);
        }
    }

    /** \xHH \\uHHHH \\UHHHHHHHH \\ \t \n \r; a lone surrogate stays a lone char. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            char k = s.charAt(i + 1);
            int width = k == 'x' ? 2 : k == 'u' ? 4 : k == 'U' ? 8 : 0;
            if (width > 0) {
                sb.appendCodePoint(Integer.parseInt(s.substring(i + 2, i + 2 + width), 16));
                i += 2 + width;
            } else {
                sb.append(k == 't' ? '\t' : k == 'n' ? '\n' : k == 'r' ? '\r' : k);
                i += 2;
            }
        }
        return sb.toString();
    }
}
