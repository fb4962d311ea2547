package org.pyvm.core.modules.sre;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pyvm.core.objects.Ids;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyCallable;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyIterator;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.Typed;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/** A compiled pattern ({@code _sre.SRE_Pattern}; 3.11 {@code re.Pattern}) and its scanner. */
final class SrePattern extends PyObject implements Typed {
    final SreModule sre;
    final PyObject pattern;
    final int flags;
    final int[] code;
    final int groups;
    final PyObject groupindex;
    final PyObject indexgroup;
    final boolean isBytes;

    SrePattern(SreModule sre, PyObject pattern, int flags, int[] code, int groups, PyObject groupindex, PyObject indexgroup) {
        this.sre = sre;
        this.pattern = pattern;
        this.flags = flags;
        this.code = code;
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        this.isBytes = pattern instanceof PyBytes;
    }

    /** The subject of a match: its characters (code points, or byte values) and the object itself. */
    static final class Subject {
        final PyObject obj;
        final int[] s;
        final boolean bytes;

        Subject(PyObject obj, int[] s, boolean bytes) {
            this.obj = obj;
            this.s = s;
            this.bytes = bytes;
        }

        PyObject slice(int from, int to) {
            if (to < from) {
                to = from; // a group whose marks crossed (SRE keeps such spans) reads as empty text
            }
            if (obj instanceof PyStr str) {
                return PyStr.ofCodePoints(Arrays.copyOfRange(s, from, to), to - from);
            }
            byte[] b = new byte[to - from];
            for (int i = from; i < to; i++) {
                b[i - from] = (byte) s[i];
            }
            return PyBytes.of(b);
        }
    }

    Subject subject(PyObject o) {
        Runtime rt = sre.rt;
        PyObject v = o;
        if (o instanceof org.pyvm.core.objects.UserSubclass u && (o instanceof PyStr || o instanceof PyBytes)) {
            v = u.plain();
        }
        Subject subj;
        if (v == sre.lastText && sre.lastTextChars != null) {
            subj = new Subject(o, sre.lastTextChars, v instanceof PyBytes);
        } else if (v instanceof PyStr str) {
            subj = new Subject(o, str.codePoints(), false);
            sre.remember(v, subj.s);
        } else if (v instanceof PyBytes b) {
            subj = new Subject(o, bytesOf(b.bytes()), true);
            sre.remember(v, subj.s);
        } else if (!sre.py2() && (Ops.typeName(rt, o).equals("bytearray") || Ops.typeName(rt, o).equals("memoryview"))) {
            PyObject b = Ops.call(rt, rt.builtins.get(rt.name("bytes")), o);
            subj = new Subject(o, bytesOf(((PyBytes) b).bytes()), true);
        } else if (sre.py2()) {
            throw PyError.raise("TypeError", "expected string or buffer");
        } else if (sre.ops.version311) {
            throw PyError.raise("TypeError", "expected string or bytes-like object, got '" + Ops.typeName(rt, o) + "'");
        } else {
            throw PyError.raise("TypeError", "expected string or bytes-like object");
        }
        if (!sre.py2() && pattern != PyNone.NONE) {
            if (isBytes && !subj.bytes) {
                throw PyError.raise("TypeError", "cannot use a bytes pattern on a string-like object");
            }
            if (!isBytes && subj.bytes) {
                throw PyError.raise("TypeError", "cannot use a string pattern on a bytes-like object");
            }
        }
        return subj;
    }

    private static int[] bytesOf(byte[] b) {
        int[] s = new int[b.length];
        for (int i = 0; i < b.length; i++) {
            s[i] = b[i] & 0xff;
        }
        return s;
    }

    /** pos/endpos as SRE adjusts them: negatives to 0, beyond the end to the length. */
    static int[] bounds(Subject subj, int pos, int endpos) {
        int n = subj.s.length;
        if (pos < 0) {
            pos = 0;
        } else if (pos > n) {
            pos = n;
        }
        if (endpos < 0) {
            endpos = 0;
        } else if (endpos > n) {
            endpos = n;
        }
        return new int[] {pos, endpos};
    }

    SreEngine engine(Subject subj, int endpos) {
        return new SreEngine(sre.ops, code, subj.s, endpos, flags, groups);
    }

    SreMatch newMatch(SreEngine e, Subject subj, int pos, int endpos, int start, int end) {
        int[] regs = new int[2 * (groups + 1)];
        Arrays.fill(regs, -1);
        regs[0] = start;
        regs[1] = end;
        for (int g = 1; g <= groups; g++) {
            int j = 2 * (g - 1);
            if (j + 1 <= e.lastmark && j + 1 < e.marks.length && e.marks[j] >= 0 && e.marks[j + 1] >= 0) {
                regs[2 * g] = e.marks[j];
                regs[2 * g + 1] = e.marks[j + 1];
            }
        }
        return new SreMatch(this, subj, pos, endpos, regs, e.lastindex);
    }

    private PyObject matchMethod(String name, PyObject[] a, String[] kw, int mode) {
        PyObject[] r = SreArgs.bind(name, a, kw, 1, sre.py2() ? "pattern" : "string", "pos", "endpos");
        if (r[0] == null && kw != null) {
            r = SreArgs.bind(name, a, kw, 1, "string", "pos", "endpos");
        }
        Subject subj = subject(r[0]);
        int[] b = bounds(subj, SreArgs.index(sre.rt, r[1], 0), SreArgs.index(sre.rt, r[2], Integer.MAX_VALUE));
        if (b[0] > b[1]) {
            return PyNone.NONE;
        }
        SreEngine e = engine(subj, b[1]);
        int end;
        int start = b[0];
        if (mode == 2) {
            end = e.search(b[0]);
            start = e.start;
        } else {
            e.matchAll = mode == 1;
            end = e.matchAt(b[0]);
        }
        return end < 0 ? PyNone.NONE : newMatch(e, subj, b[0], b[1], start, end);
    }

    /** The successive matches findall, finditer, sub and split walk through, with the version's empty-match rule. */
    final class Walk {
        final Subject subj;
        final SreEngine e;
        final int pos;
        final int endpos;
        int next;
        boolean done;
        int matchStart;
        int matchEnd;

        Walk(Subject subj, int pos, int endpos) {
            this.subj = subj;
            this.pos = pos;
            this.endpos = endpos;
            this.e = engine(subj, endpos);
            this.next = pos;
            this.done = pos > endpos;
        }

        /** Finds the next match (search, or an anchored match for scanner.match); false at the end. */
        boolean find(boolean anchored) {
            if (done || next > endpos) {
                done = true;
                return false;
            }
            int end;
            if (anchored) {
                end = e.matchAt(next);
                e.mustAdvance = false;
                matchStart = next;
            } else {
                end = e.search(next);
                matchStart = e.start;
            }
            if (end < 0) {
                done = true;
                return false;
            }
            matchEnd = end;
            if (sre.ops.mustAdvance) {
                e.mustAdvance = end == matchStart;
                next = end;
            } else {
                next = end == matchStart ? end + 1 : end;
            }
            return true;
        }

        SreMatch match() {
            return newMatch(e, subj, pos, endpos, matchStart, matchEnd);
        }
    }

    private PyObject findall(PyObject[] a, String[] kw) {
        PyObject[] r = SreArgs.bind("findall", a, kw, 1, sre.py2() ? "source" : "string", "pos", "endpos");
        Subject subj = subject(r[0]);
        int[] b = bounds(subj, SreArgs.index(sre.rt, r[1], 0), SreArgs.index(sre.rt, r[2], Integer.MAX_VALUE));
        Walk w = new Walk(subj, b[0], b[1]);
        List<PyObject> out = new ArrayList<>();
        while (w.find(false)) {
            SreMatch m = w.match();
            if (groups == 0) {
                out.add(subj.slice(w.matchStart, w.matchEnd));
            } else if (groups == 1) {
                out.add(m.groupOr(1, subj.slice(0, 0)));
            } else {
                PyObject[] t = new PyObject[groups];
                for (int g = 1; g <= groups; g++) {
                    t[g - 1] = m.groupOr(g, subj.slice(0, 0));
                }
                out.add(PyTuple.of(t));
            }
        }
        return PyList.of(out);
    }

    private PyObject finditer(PyObject[] a, String[] kw) {
        SreScanner sc = scanner("finditer", a, kw);
        return new PyIterator("callable_iterator") {
            @Override
            public PyObject next() {
                PyObject m = sc.next(false);
                return m == PyNone.NONE ? null : m;
            }
        };
    }

    SreScanner scanner(String name, PyObject[] a, String[] kw) {
        PyObject[] r = SreArgs.bind(name, a, kw, 1, "string", "pos", "endpos");
        Subject subj = subject(r[0]);
        int[] b = bounds(subj, SreArgs.index(sre.rt, r[1], 0), SreArgs.index(sre.rt, r[2], Integer.MAX_VALUE));
        return new SreScanner(this, new Walk(subj, b[0], b[1]));
    }

    private PyObject split(PyObject[] a, String[] kw) {
        PyObject[] r = SreArgs.bind("split", a, kw, 1, sre.py2() ? "source" : "string", "maxsplit");
        Subject subj = subject(r[0]);
        int maxsplit = SreArgs.index(sre.rt, r[1], 0);
        if (!sre.py2() && !sre.ops.mustAdvance && code.length > 4 && sre.ops.op(code[0]) == SreOps.INFO && code[3] == 0
                && code[4] == 0) {
            throw PyError.raise("ValueError", "split() requires a non-empty pattern match.");
        }
        Walk w = new Walk(subj, 0, subj.s.length);
        List<PyObject> out = new ArrayList<>();
        int last = 0;
        int n = 0;
        while (maxsplit == 0 || n < maxsplit) { // a negative maxsplit splits nothing (_sre's !maxsplit || n < maxsplit)
            if (sre.ops.mustAdvance) {
                if (!w.find(false)) {
                    break;
                }
            } else {
                // 2.7/3.6: an empty match splits nothing; the search goes on one character later
                if (w.done || w.next > w.endpos) {
                    break;
                }
                int end = w.e.search(w.next);
                if (end < 0) {
                    break;
                }
                int st = w.e.start;
                if (st == end) {
                    if (last == subj.s.length || end == subj.s.length) {
                        break;
                    }
                    w.next = end + 1;
                    continue;
                }
                w.matchStart = st;
                w.matchEnd = end;
                w.next = end;
            }
            out.add(subj.slice(last, w.matchStart));
            SreMatch m = w.match();
            for (int g = 1; g <= groups; g++) {
                out.add(m.groupOr(g, PyNone.NONE));
            }
            n++;
            last = w.matchEnd;
        }
        out.add(subj.slice(last, subj.s.length));
        return PyList.of(out);
    }

    private PyObject sub(String name, PyObject[] a, String[] kw, boolean subn) {
        PyObject[] r = SreArgs.bind(name, a, kw, 2, "repl", "string", "count");
        Runtime rt = sre.rt;
        PyObject repl = r[0];
        Subject subj = subject(r[1]);
        int count = SreArgs.index(rt, r[2], 0);
        PyObject filter;
        boolean callable;
        if (isCallable(repl)) {
            filter = repl;
            callable = true;
        } else {
            boolean literal = !hasBackslash(repl);
            if (literal) {
                filter = repl;
                callable = false;
            } else {
                PyObject re = Ops.call(rt, rt.builtins.get(rt.name("__import__")), Strings.text(rt, "re"));
                filter = Ops.call(rt, Ops.getattr(rt, re, "_subx"), this, repl);
                callable = isCallable(filter);
            }
        }
        Walk w = new Walk(subj, 0, subj.s.length);
        List<PyObject> pieces = new ArrayList<>();
        int i = 0;
        int n = 0;
        while (count == 0 || n < count) { // a negative count replaces nothing
            if (!w.find(false)) {
                break;
            }
            int b = w.matchStart;
            int e = w.matchEnd;
            if (i < b) {
                pieces.add(subj.slice(i, b));
            }
            boolean skip = !sre.ops.mustAdvance && i == b && i == e && n > 0;
            if (!skip) {
                PyObject item = callable ? Ops.call(rt, filter, w.match()) : filter;
                if (item != PyNone.NONE) {
                    pieces.add(item);
                }
                n++;
            }
            i = e;
        }
        if (i < subj.s.length) {
            pieces.add(subj.slice(i, subj.s.length));
        }
        PyObject result = join(subj, pieces);
        return subn ? PyTuple.of(result, PyInt.of(n)) : result;
    }

    private boolean isCallable(PyObject o) {
        if (o instanceof PyStr || o instanceof PyBytes) {
            return false;
        }
        return o instanceof PyCallable || sre.rt.types.of(o).lookup("__call__") != null;
    }

    private boolean hasBackslash(PyObject t) {
        if (t instanceof PyStr s) {
            return s.value().indexOf('\\') >= 0;
        }
        if (t instanceof PyBytes b) {
            for (byte x : b.bytes()) {
                if (x == '\\') {
                    return true;
                }
            }
            return false;
        }
        return true; // other objects go through re._subx, which reports what is wrong with them
    }

    /** string[:0].join(pieces), with 2.7's promotion to unicode and 3.x's type errors. */
    private PyObject join(Subject subj, List<PyObject> pieces) {
        Runtime rt = sre.rt;
        boolean text = subj.obj instanceof PyStr || !subj.bytes;
        if (sre.py2()) {
            for (PyObject p : pieces) {
                text |= p instanceof PyStr;
            }
            if (text) {
                StringBuilder sb = new StringBuilder();
                for (PyObject p : pieces) {
                    sb.append(piece27(p));
                }
                return PyStr.of(sb.toString());
            }
        }
        if (text) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < pieces.size(); k++) {
                PyObject p = pieces.get(k);
                if (!(p instanceof PyStr s)) {
                    throw PyError.raise("TypeError", "sequence item " + k + ": expected str instance, " + Ops.typeName(rt, p) + " found");
                }
                sb.append(s.value());
            }
            return PyStr.of(sb.toString());
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int k = 0; k < pieces.size(); k++) {
            PyObject p = pieces.get(k);
            if (p instanceof PyBytes b) {
                out.writeBytes(b.bytes());
            } else if (!sre.py2() && (Ops.typeName(rt, p).equals("bytearray") || Ops.typeName(rt, p).equals("memoryview"))) {
                out.writeBytes(((PyBytes) Ops.call(rt, rt.builtins.get(rt.name("bytes")), p)).bytes());
            } else {
                throw PyError.raise("TypeError", sre.py2() ? "sequence item " + k + ": expected string, " + Ops.typeName(rt, p) + " found"
                        : "sequence item " + k + ": expected a bytes-like object, " + Ops.typeName(rt, p) + " found");
            }
        }
        return PyBytes.of(out.toByteArray());
    }

    private String piece27(PyObject p) {
        if (p instanceof PyStr || p instanceof PyBytes) {
            return Strings.unicode27(sre.rt, p);
        }
        throw PyError.raise("TypeError", "sequence item 0: expected string or Unicode, " + Ops.typeName(sre.rt, p) + " found");
    }

    static void install(SreModule sre) {
        PyType t = sre.patternType;
        Runtime rt = sre.rt;
        method(t, "match", (self, a, kw) -> ((SrePattern) self).matchMethod("match", a, kw, 0));
        if (!sre.py2()) {
            method(t, "fullmatch", (self, a, kw) -> ((SrePattern) self).matchMethod("fullmatch", a, kw, 1));
        }
        method(t, "search", (self, a, kw) -> ((SrePattern) self).matchMethod("search", a, kw, 2));
        method(t, "findall", (self, a, kw) -> ((SrePattern) self).findall(a, kw));
        method(t, "finditer", (self, a, kw) -> ((SrePattern) self).finditer(a, kw));
        method(t, "scanner", (self, a, kw) -> ((SrePattern) self).scanner("scanner", a, kw));
        method(t, "split", (self, a, kw) -> ((SrePattern) self).split(a, kw));
        method(t, "sub", (self, a, kw) -> ((SrePattern) self).sub("sub", a, kw, false));
        method(t, "subn", (self, a, kw) -> ((SrePattern) self).sub("subn", a, kw, true));
        copying(sre, t, "pattern");
        t.dict.put("pattern", new org.pyvm.core.runtime.ReadOnlyAttribute("pattern", o -> ((SrePattern) o).pattern));
        t.dict.put("flags", new org.pyvm.core.runtime.ReadOnlyAttribute("flags", o -> PyInt.of(((SrePattern) o).flags)));
        t.dict.put("groups", new org.pyvm.core.runtime.ReadOnlyAttribute("groups", o -> PyInt.of(((SrePattern) o).groups)));
        t.dict.put("groupindex", new org.pyvm.core.runtime.ReadOnlyAttribute("groupindex", o -> {
            PyObject gi = ((SrePattern) o).groupindex;
            if (gi instanceof PyDict d && !sre.py2()) {
                List<PyObject> kv = new ArrayList<>();
                for (PyObject k : d.keys()) {
                    kv.add(k);
                    kv.add(d.get(k));
                }
                return PyDict.of(rt.lang, kv); // a copy, as 3.x's read-only mapping proxy keeps it unchanged
            }
            return gi;
        }));
        if (!sre.py2()) {
            method(t, "__eq__", (self, a, kw) -> PyBool.of(((SrePattern) self).eq(a[0], rt.lang)));
            method(t, "__ne__", (self, a, kw) -> PyBool.of(!((SrePattern) self).eq(a[0], rt.lang)));
        }
        t.withConstructor((type, a, kw) -> {
            throw PyError.raise("TypeError", "cannot create '" + (sre.ops.version311 ? "re.Pattern" : "_sre.SRE_Pattern") + "' instances");
        });
    }

    /** __copy__/__deepcopy__: 3.7+ give the (immutable) object itself; 2.7 and 3.6 refuse. */
    static void copying(SreModule sre, PyType t, String what) {
        PyMethodDescriptor.Body body = (self, a, kw) -> {
            if (!sre.ops.mustAdvance) {
                throw PyError.raise("TypeError", "cannot copy this " + what + " object");
            }
            return self;
        };
        method(t, "__copy__", body);
        method(t, "__deepcopy__", body);
    }

    static void installScanner(SreModule sre) {
        PyType t = sre.scannerType;
        method(t, "match", (self, a, kw) -> ((SreScanner) self).next(true));
        method(t, "search", (self, a, kw) -> ((SreScanner) self).next(false));
        t.dict.put("pattern", new org.pyvm.core.runtime.ReadOnlyAttribute("pattern", o -> ((SreScanner) o).pattern));
    }

    static void method(PyType t, String name, PyMethodDescriptor.Body body) {
        t.dict.put(name, new PyMethodDescriptor(name, t, body));
    }

    @Override
    public PyType type() {
        return sre.patternType;
    }

    @Override
    public String typeName(Language lang) {
        return sre.patternType.name(lang);
    }

    @Override
    public boolean eq(PyObject other, Language lang) {
        if (other == this) {
            return true;
        }
        if (sre.py2() || !(other instanceof SrePattern p)) {
            return false;
        }
        return p.flags == flags && p.isBytes == isBytes && Arrays.equals(p.code, code) && Ops.eq(sre.rt, p.pattern, pattern);
    }

    @Override
    public long hash(Language lang) {
        if (sre.py2()) {
            return super.hash(lang);
        }
        long h = Ops.hash(sre.rt, pattern) ^ Arrays.hashCode(code) ^ flags;
        return h == -1 ? -2 : h;
    }

    private static final String[] FLAG_NAMES = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL",
        "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};

    @Override
    public String repr(Language lang) {
        if (sre.py2()) {
            return "<_sre.SRE_Pattern object at 0x" + Long.toHexString(Ids.address(this)) + ">";
        }
        String p = Ops.repr(sre.rt, pattern);
        if (p.length() > 200) {
            p = p.substring(0, 200);
        }
        int f = flags;
        if (!isBytes && (f & (SreOps.FLAG_LOCALE | SreOps.FLAG_UNICODE | SreOps.FLAG_ASCII)) == SreOps.FLAG_UNICODE) {
            f &= ~SreOps.FLAG_UNICODE;
        }
        if (f == 0) {
            return "re.compile(" + p + ")";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((f & (1 << i)) != 0) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append(FLAG_NAMES[i]);
                f &= ~(1 << i);
            }
        }
        if (f != 0) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append("0x").append(Integer.toHexString(f));
        }
        return "re.compile(" + p + ", " + sb + ")";
    }
}
