package org.pyvm.core.builtins;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.FormatSpec;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;
import org.pyvm.spi.LanguageFeature;

/**
 * Methods of text (str; 2.7 unicode) and, for 2.7, of byte strings (str), which share them: each
 * method works on Java text and gives back the receiver's own kind of string.
 */
final class StrMethods {
    @FunctionalInterface
    private interface TextMethod {
        PyObject call(Runtime rt, PyObject self, String s, Args a);
    }

    private StrMethods() {
    }

    static void install(Runtime rt) {
        install(rt, rt.types.str);
        if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            install(rt, rt.types.bytes);
        }
    }

    private static void install(Runtime rt, PyType t) {
        def(rt, t, "join", (r, self, s, a) -> {
            List<PyObject> items = Ops.toList(r, a.get(0));
            StringBuilder sb = new StringBuilder();
            boolean unicode = self instanceof PyStr;
            for (int i = 0; i < items.size(); i++) {
                PyObject x = items.get(i);
                if (!(x instanceof PyStr || x instanceof PyBytes && r.lang.has(LanguageFeature.STR_IS_BYTES))) {
                    throw PyError.raise("TypeError", r.lang.has(LanguageFeature.STR_IS_BYTES)
                            ? "sequence item " + i + ": expected string, " + Ops.typeName(r, x) + " found"
                            : "sequence item " + i + ": expected str instance, " + Ops.typeName(r, x) + " found");
                }
                unicode |= x instanceof PyStr;
                if (i > 0) {
                    sb.append(s);
                }
                sb.append(Ops.str(r, x));
            }
            return unicode ? PyStr.of(sb.toString()) : wrap(self, sb.toString());
        });
        def(rt, t, "split", (r, self, s, a) -> split(self, s, a.get(0, "sep"), a.get(1, "maxsplit"), false));
        def(rt, t, "rsplit", (r, self, s, a) -> split(self, s, a.get(0, "sep"), a.get(1, "maxsplit"), true));
        def(rt, t, "strip", (r, self, s, a) -> wrap(self, strip(s, a.get(0), true, true)));
        def(rt, t, "lstrip", (r, self, s, a) -> wrap(self, strip(s, a.get(0), true, false)));
        def(rt, t, "rstrip", (r, self, s, a) -> wrap(self, strip(s, a.get(0), false, true)));
        def(rt, t, "upper", (r, self, s, a) -> wrap(self, s.toUpperCase(java.util.Locale.ROOT)));
        def(rt, t, "lower", (r, self, s, a) -> wrap(self, s.toLowerCase(java.util.Locale.ROOT)));
        def(rt, t, "swapcase", (r, self, s, a) -> {
            StringBuilder sb = new StringBuilder();
            s.codePoints().forEach(c -> sb.appendCodePoint(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)));
            return wrap(self, sb.toString());
        });
        def(rt, t, "title", (r, self, s, a) -> wrap(self, title(s)));
        def(rt, t, "capitalize", (r, self, s, a) -> wrap(self, s.isEmpty() ? s
                : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1).toLowerCase(java.util.Locale.ROOT)));
        def(rt, t, "replace", (r, self, s, a) -> {
            String old = Ops.str(r, a.get(0));
            String rep = Ops.str(r, a.get(1));
            long count = a.get(2) == null ? -1 : ((PyInt) a.get(2)).small;
            return wrap(self, replace(s, old, rep, count));
        });
        def(rt, t, "startswith", (r, self, s, a) -> PyBool.of(affix(r, s, a, true)));
        def(rt, t, "endswith", (r, self, s, a) -> PyBool.of(affix(r, s, a, false)));
        def(rt, t, "find", (r, self, s, a) -> PyInt.of(find(r, s, a, false)));
        def(rt, t, "rfind", (r, self, s, a) -> PyInt.of(find(r, s, a, true)));
        def(rt, t, "index", (r, self, s, a) -> {
            int i = find(r, s, a, false);
            if (i < 0) {
                throw PyError.raise("ValueError", "substring not found");
            }
            return PyInt.of(i);
        });
        def(rt, t, "rindex", (r, self, s, a) -> {
            int i = find(r, s, a, true);
            if (i < 0) {
                throw PyError.raise("ValueError", "substring not found");
            }
            return PyInt.of(i);
        });
        def(rt, t, "count", (r, self, s, a) -> {
            String sub = Ops.str(r, a.get(0));
            if (sub.isEmpty()) {
                return PyInt.of(s.codePointCount(0, s.length()) + 1);
            }
            int n = 0;
            for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
                n++;
            }
            return PyInt.of(n);
        });
        def(rt, t, "isdigit", (r, self, s, a) -> PyBool.of(!s.isEmpty() && s.chars().allMatch(Character::isDigit)));
        def(rt, t, "isnumeric", (r, self, s, a) -> PyBool.of(!s.isEmpty() && s.chars().allMatch(Character::isDigit)));
        def(rt, t, "isdecimal", (r, self, s, a) -> PyBool.of(!s.isEmpty() && s.chars().allMatch(Character::isDigit)));
        def(rt, t, "isalpha", (r, self, s, a) -> PyBool.of(!s.isEmpty() && s.codePoints().allMatch(Character::isLetter)));
        def(rt, t, "isalnum", (r, self, s, a) -> PyBool.of(!s.isEmpty() && s.codePoints().allMatch(Character::isLetterOrDigit)));
        def(rt, t, "isspace", (r, self, s, a) -> PyBool.of(!s.isEmpty() && s.codePoints().allMatch(Character::isWhitespace)));
        def(rt, t, "isupper", (r, self, s, a) -> PyBool.of(s.codePoints().anyMatch(Character::isLetter)
                && s.codePoints().noneMatch(Character::isLowerCase)));
        def(rt, t, "islower", (r, self, s, a) -> PyBool.of(s.codePoints().anyMatch(Character::isLetter)
                && s.codePoints().noneMatch(Character::isUpperCase)));
        def(rt, t, "istitle", (r, self, s, a) -> PyBool.of(!s.isEmpty() && title(s).equals(s) && s.codePoints().anyMatch(Character::isLetter)));
        def(rt, t, "center", (r, self, s, a) -> wrap(self, pad(r, s, a, 'c')));
        def(rt, t, "ljust", (r, self, s, a) -> wrap(self, pad(r, s, a, 'l')));
        def(rt, t, "rjust", (r, self, s, a) -> wrap(self, pad(r, s, a, 'r')));
        def(rt, t, "zfill", (r, self, s, a) -> {
            int width = (int) ((PyInt) a.get(0)).small;
            int n = s.codePointCount(0, s.length());
            if (n >= width) {
                return wrap(self, s);
            }
            int sign = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
            return wrap(self, s.substring(0, sign) + "0".repeat(width - n) + s.substring(sign));
        });
        def(rt, t, "splitlines", (r, self, s, a) -> {
            boolean keep = a.get(0, "keepends") != null && Ops.truth(r, a.get(0, "keepends"));
            List<PyObject> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r') {
                    int end = i;
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    out.add(wrap(self, s.substring(start, keep ? i + 1 : end)));
                    start = i + 1;
                }
            }
            if (start < s.length()) {
                out.add(wrap(self, s.substring(start)));
            }
            return PyList.of(out);
        });
        def(rt, t, "partition", (r, self, s, a) -> {
            String sep = Ops.str(r, a.get(0));
            int i = s.indexOf(sep);
            return i < 0 ? PyTuple.of(wrap(self, s), wrap(self, ""), wrap(self, ""))
                    : PyTuple.of(wrap(self, s.substring(0, i)), wrap(self, sep), wrap(self, s.substring(i + sep.length())));
        });
        def(rt, t, "rpartition", (r, self, s, a) -> {
            String sep = Ops.str(r, a.get(0));
            int i = s.lastIndexOf(sep);
            return i < 0 ? PyTuple.of(wrap(self, ""), wrap(self, ""), wrap(self, s))
                    : PyTuple.of(wrap(self, s.substring(0, i)), wrap(self, sep), wrap(self, s.substring(i + sep.length())));
        });
        def(rt, t, "format", (r, self, s, a) -> wrap(self, format(r, s, a)));
        def(rt, t, "encode", (r, self, s, a) -> PyBytes.of(s.getBytes(StandardCharsets.UTF_8)));
        def(rt, t, "decode", (r, self, s, a) -> {
            byte[] b = self instanceof PyBytes by ? by.bytes() : s.getBytes(StandardCharsets.ISO_8859_1);
            return PyStr.of(new String(b, StandardCharsets.UTF_8));
        });
        def(rt, t, "expandtabs", (r, self, s, a) -> {
            int size = a.get(0) == null ? 8 : (int) ((PyInt) a.get(0)).small;
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (char c : s.toCharArray()) {
                if (c == '\t') {
                    int n = size <= 0 ? 0 : size - col % size;
                    sb.append(" ".repeat(n));
                    col += n;
                } else {
                    sb.append(c);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }
            }
            return wrap(self, sb.toString());
        });
    }

    private static void def(Runtime rt, PyType t, String name, TextMethod m) {
        t.dict.put(name, new PyMethodDescriptor(name, t, (self, args, kw) -> m.call(rt, self, text(self), new Args(rt, name, args, kw))));
    }

    static String text(PyObject o) {
        return o instanceof PyStr s ? s.value() : Strings.latin1(((PyBytes) o).bytes());
    }

    static PyObject wrap(PyObject like, String s) {
        return like instanceof PyStr ? PyStr.of(s) : PyBytes.of(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static PyObject split(PyObject self, String s, PyObject sepObj, PyObject maxObj, boolean fromRight) {
        long max = maxObj == null ? -1 : ((PyInt) maxObj).small;
        List<PyObject> out = new ArrayList<>();
        if (sepObj == null || sepObj == PyNone.NONE) {
            List<String> words = new ArrayList<>();
            if (!fromRight) {
                int i = 0;
                int n = s.length();
                while (true) {
                    while (i < n && Character.isWhitespace(s.charAt(i))) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (max >= 0 && words.size() == max) {
                        words.add(s.substring(i).replaceAll("\\s+$", ""));
                        break;
                    }
                    int j = i;
                    while (j < n && !Character.isWhitespace(s.charAt(j))) {
                        j++;
                    }
                    words.add(s.substring(i, j));
                    i = j;
                }
            } else {
                int i = s.length() - 1;
                while (true) {
                    while (i >= 0 && Character.isWhitespace(s.charAt(i))) {
                        i--;
                    }
                    if (i < 0) {
                        break;
                    }
                    if (max >= 0 && words.size() == max) {
                        words.add(0, s.substring(0, i + 1).replaceAll("^\\s+", ""));
                        break;
                    }
                    int j = i;
                    while (j >= 0 && !Character.isWhitespace(s.charAt(j))) {
                        j--;
                    }
                    words.add(0, s.substring(j + 1, i + 1));
                    i = j;
                }
            }
            for (String w : words) {
                out.add(wrap(self, w));
            }
            return PyList.of(out);
        }
        String sep = text(sepObj);
        if (sep.isEmpty()) {
            throw PyError.raise("ValueError", "empty separator");
        }
        List<String> parts = new ArrayList<>();
        if (!fromRight) {
            int start = 0;
            int i;
            while ((max < 0 || parts.size() < max) && (i = s.indexOf(sep, start)) >= 0) {
                parts.add(s.substring(start, i));
                start = i + sep.length();
            }
            parts.add(s.substring(start));
        } else {
            int end = s.length();
            int i;
            while ((max < 0 || parts.size() < max) && (i = s.lastIndexOf(sep, end - sep.length())) >= 0 && end - sep.length() >= 0) {
                parts.add(0, s.substring(i + sep.length(), end));
                end = i;
            }
            parts.add(0, s.substring(0, end));
        }
        for (String p : parts) {
            out.add(wrap(self, p));
        }
        return PyList.of(out);
    }

    private static String strip(String s, PyObject chars, boolean left, boolean right) {
        String set = chars == null || chars == PyNone.NONE ? null : text(chars);
        int start = 0;
        int end = s.length();
        while (left && start < end && (set == null ? Character.isWhitespace(s.charAt(start)) : set.indexOf(s.charAt(start)) >= 0)) {
            start++;
        }
        while (right && end > start && (set == null ? Character.isWhitespace(s.charAt(end - 1)) : set.indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(prevCased ? Character.toLowerCase(c) : Character.toUpperCase(c));
            prevCased = Character.isLetter(c);
        }
        return sb.toString();
    }

    private static String replace(String s, String old, String rep, long count) {
        if (count < 0) {
            return old.isEmpty() ? insertEverywhere(s, rep) : s.replace(old, rep);
        }
        StringBuilder sb = new StringBuilder();
        int start = 0;
        int done = 0;
        int i;
        while (done < count && (i = s.indexOf(old, start)) >= 0) {
            sb.append(s, start, i).append(rep);
            start = i + old.length();
            done++;
            if (old.isEmpty()) {
                if (start < s.length()) {
                    sb.append(s.charAt(start));
                }
                start++;
            }
        }
        if (start <= s.length()) {
            sb.append(s.substring(Math.min(start, s.length())));
        }
        return sb.toString();
    }

    private static String insertEverywhere(String s, String rep) {
        StringBuilder sb = new StringBuilder(rep);
        for (char c : s.toCharArray()) {
            sb.append(c).append(rep);
        }
        return sb.toString();
    }

    private static boolean affix(Runtime rt, String s, Args a, boolean prefix) {
        PyObject what = a.get(0);
        int start = a.get(1) == null ? 0 : clamp((int) ((PyInt) a.get(1)).small, s.length());
        int end = a.get(2) == null ? s.length() : clamp((int) ((PyInt) a.get(2)).small, s.length());
        if (start > end) {
            return false;
        }
        String part = s.substring(start, end);
        if (what instanceof PyTuple t) {
            for (PyObject x : t.items()) {
                if (prefix ? part.startsWith(text(x)) : part.endsWith(text(x))) {
                    return true;
                }
            }
            return false;
        }
        if (!(what instanceof PyStr || what instanceof PyBytes)) {
            throw PyError.raise("TypeError", (prefix ? "startswith" : "endswith") + " first arg must be str or a tuple of str, not "
                    + Ops.typeName(rt, what));
        }
        return prefix ? part.startsWith(text(what)) : part.endsWith(text(what));
    }

    private static int clamp(int i, int n) {
        if (i < 0) {
            i += n;
        }
        return Math.max(0, Math.min(i, n));
    }

    private static int find(Runtime rt, String s, Args a, boolean last) {
        String sub = text(a.get(0));
        int start = a.get(1) == null || a.get(1) == PyNone.NONE ? 0 : clamp((int) ((PyInt) a.get(1)).small, s.length());
        int end = a.get(2) == null || a.get(2) == PyNone.NONE ? s.length() : clamp((int) ((PyInt) a.get(2)).small, s.length());
        if (start > end) {
            return -1;
        }
        String part = s.substring(start, end);
        int i = last ? part.lastIndexOf(sub) : part.indexOf(sub);
        return i < 0 ? -1 : i + start;
    }

    private static String pad(Runtime rt, String s, Args a, char how) {
        int width = (int) ((PyInt) a.get(0)).small;
        String fill = a.get(1) == null ? " " : text(a.get(1));
        int n = s.codePointCount(0, s.length());
        if (n >= width) {
            return s;
        }
        int total = width - n;
        switch (how) {
            case 'l':
                return s + fill.repeat(total);
            case 'r':
                return fill.repeat(total) + s;
            default: {
                int left = total / 2 + (total & width & 1);
                return fill.repeat(left) + s + fill.repeat(total - left);
            }
        }
    }

    /** str.format: {}, {0}, {name}, {0.attr}, {0[key]}, !r/!s/!a conversions and format specs. */
    static String format(Runtime rt, String fmt, Args a) {
        StringBuilder out = new StringBuilder();
        int auto = 0;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int depth = 1;
                int j = i + 1;
                while (j < fmt.length() && depth > 0) {
                    if (fmt.charAt(j) == '{') {
                        depth++;
                    } else if (fmt.charAt(j) == '}') {
                        depth--;
                    }
                    j++;
                }
                if (depth > 0) {
                    throw PyError.raise("ValueError", "expected '}' before end of string");
                }
                String field = fmt.substring(i + 1, j - 1);
                String spec = "";
                char conv = 0;
                int colon = indexOutsideBrackets(field, ':');
                if (colon >= 0) {
                    spec = field.substring(colon + 1);
                    field = field.substring(0, colon);
                }
                int bang = field.indexOf('!');
                if (bang >= 0) {
                    conv = field.charAt(bang + 1);
                    field = field.substring(0, bang);
                }
                if (spec.contains("{")) {
                    spec = format(rt, spec, a);
                }
                int end = 0;
                while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') {
                    end++;
                }
                String head = field.substring(0, end);
                PyObject v;
                if (head.isEmpty()) {
                    v = a.get(auto++);
                    if (v == null) {
                        throw PyError.raise("IndexError", "Replacement index " + (auto - 1) + " out of range for positional args tuple");
                    }
                } else if (Character.isDigit(head.charAt(0))) {
                    v = a.get(Integer.parseInt(head));
                    if (v == null) {
                        throw PyError.raise("IndexError", "Replacement index " + head + " out of range for positional args tuple");
                    }
                } else {
                    v = a.kw(head);
                    if (v == null) {
                        throw PyError.raiseArgs("KeyError", Strings.text(rt, head));
                    }
                }
                String rest = field.substring(end);
                while (!rest.isEmpty()) {
                    if (rest.charAt(0) == '.') {
                        int k = 1;
                        while (k < rest.length() && rest.charAt(k) != '.' && rest.charAt(k) != '[') {
                            k++;
                        }
                        v = Ops.getattr(rt, v, rest.substring(1, k));
                        rest = rest.substring(k);
                    } else {
                        int k = rest.indexOf(']');
                        String key = rest.substring(1, k);
                        v = Ops.getitem(rt, v, key.chars().allMatch(Character::isDigit) && !key.isEmpty()
                                ? PyInt.of(Long.parseLong(key)) : Strings.text(rt, key));
                        rest = rest.substring(k + 1);
                    }
                }
                if (conv == 'r' || conv == 'a') {
                    v = PyStr.of(Ops.repr(rt, v));
                } else if (conv == 's') {
                    v = PyStr.of(Ops.str(rt, v));
                }
                out.append(FormatSpec.format(rt, v, spec));
                i = j;
            } else if (c == '}') {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PyError.raise("ValueError", "Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int indexOutsideBrackets(String s, char target) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == target && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
