package org.pyvm.core.modules.sre;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.Ids;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.Typed;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/** A match ({@code _sre.SRE_Match}; 3.11 {@code re.Match}): the spans of group 0 and of each group. */
final class SreMatch extends PyObject implements Typed {
    final SrePattern pattern;
    final SrePattern.Subject subj;
    final int pos;
    final int endpos;
    /** start and end of each group, group 0 first; -1 for a group that did not take part. */
    final int[] regs;
    final int lastindex;

    SreMatch(SrePattern pattern, SrePattern.Subject subj, int pos, int endpos, int[] regs, int lastindex) {
        this.pattern = pattern;
        this.subj = subj;
        this.pos = pos;
        this.endpos = endpos;
        this.regs = regs;
        this.lastindex = lastindex;
    }

    private Runtime rt() {
        return pattern.sre.rt;
    }

    /** The group number an argument names (an int, or a name in groupindex); IndexError "no such group" otherwise. */
    int groupNumber(PyObject g) {
        Runtime rt = rt();
        if (g instanceof PyInt || g instanceof PyBool) {
            long v = g instanceof PyBool b ? (b.value ? 1 : 0) : ((PyInt) g).big != null ? -1 : ((PyInt) g).small;
            if (v >= 0 && v <= pattern.groups) {
                return (int) v;
            }
            throw PyError.raise("IndexError", "no such group");
        }
        if (pattern.groupindex instanceof PyDict d) {
            PyObject v = null;
            try {
                v = d.get(g);
            } catch (PyError e) {
                v = null; // an unhashable key names no group
            }
            if (v instanceof PyInt n && n.big == null && n.small >= 0 && n.small <= pattern.groups) {
                return (int) n.small;
            }
        } else if (pattern.groupindex != null && pattern.groupindex != PyNone.NONE) {
            PyObject v = Ops.getitem(rt, pattern.groupindex, g);
            if (v instanceof PyInt n) {
                return (int) n.small;
            }
        }
        throw PyError.raise("IndexError", "no such group");
    }

    PyObject groupOr(int g, PyObject dflt) {
        int a = regs[2 * g];
        int b = regs[2 * g + 1];
        if (a < 0 || b < 0) {
            return dflt;
        }
        return subj.slice(a, b);
    }

    private PyObject group(PyObject[] a) {
        if (a.length == 0) {
            return groupOr(0, PyNone.NONE);
        }
        if (a.length == 1) {
            return groupOr(groupNumber(a[0]), PyNone.NONE);
        }
        PyObject[] r = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = groupOr(groupNumber(a[i]), PyNone.NONE);
        }
        return PyTuple.of(r);
    }

    private PyObject groups(PyObject dflt) {
        PyObject[] r = new PyObject[pattern.groups];
        for (int g = 1; g <= pattern.groups; g++) {
            r[g - 1] = groupOr(g, dflt);
        }
        return PyTuple.of(r);
    }

    private PyObject groupdict(PyObject dflt) {
        List<PyObject> kv = new ArrayList<>();
        if (pattern.groupindex instanceof PyDict d) {
            for (PyObject k : d.keys()) {
                kv.add(k);
                kv.add(groupOr(groupNumber(k), dflt));
            }
        }
        return PyDict.of(rt().lang, kv);
    }

    private PyObject span(int g) {
        return PyTuple.of(PyInt.of(regs[2 * g]), PyInt.of(regs[2 * g + 1]));
    }

    private int groupArg(PyObject[] a, String name) {
        if (a.length > 1) {
            throw PyError.raise("TypeError", name + " expected at most 1 argument" + (pattern.sre.py2() ? "s" : "") + ", got " + a.length);
        }
        return a.length == 0 ? 0 : groupNumber(a[0]);
    }

    static void install(SreModule sre) {
        PyType t = sre.matchType;
        Runtime rt = sre.rt;
        SrePattern.method(t, "group", (self, a, kw) -> ((SreMatch) self).group(a));
        SrePattern.method(t, "groups", (self, a, kw) -> {
            PyObject[] r = SreArgs.bind("groups", a, kw, 0, "default");
            return ((SreMatch) self).groups(r[0] == null ? PyNone.NONE : r[0]);
        });
        SrePattern.method(t, "groupdict", (self, a, kw) -> {
            PyObject[] r = SreArgs.bind("groupdict", a, kw, 0, "default");
            return ((SreMatch) self).groupdict(r[0] == null ? PyNone.NONE : r[0]);
        });
        SrePattern.method(t, "start", (self, a, kw) -> {
            SreMatch m = (SreMatch) self;
            return PyInt.of(m.regs[2 * m.groupArg(a, "start")]);
        });
        SrePattern.method(t, "end", (self, a, kw) -> {
            SreMatch m = (SreMatch) self;
            return PyInt.of(m.regs[2 * m.groupArg(a, "end") + 1]);
        });
        SrePattern.method(t, "span", (self, a, kw) -> {
            SreMatch m = (SreMatch) self;
            return m.span(m.groupArg(a, "span"));
        });
        SrePattern.method(t, "expand", (self, a, kw) -> {
            SreMatch m = (SreMatch) self;
            PyObject[] r = SreArgs.bind("expand", a, kw, 1, "template");
            PyObject re = Ops.call(rt, rt.builtins.get(rt.name("__import__")), Strings.text(rt, "re"));
            return Ops.call(rt, Ops.getattr(rt, re, "_expand"), m.pattern, m, r[0]);
        });
        SrePattern.copying(sre, t, "match");
        if (!sre.py2()) {
            SrePattern.method(t, "__getitem__", (self, a, kw) -> {
                SreMatch m = (SreMatch) self;
                return m.groupOr(m.groupNumber(a[0]), PyNone.NONE);
            });
        }
        t.dict.put("lastindex", new SreGetter("lastindex", o -> {
            int li = ((SreMatch) o).lastindex;
            return li < 0 ? PyNone.NONE : PyInt.of(li);
        }));
        t.dict.put("lastgroup", new SreGetter("lastgroup", o -> {
            SreMatch m = (SreMatch) o;
            PyObject ig = m.pattern.indexgroup;
            if (m.lastindex < 0 || ig == null || ig == PyNone.NONE) {
                return PyNone.NONE;
            }
            try {
                return Ops.getitem(rt, ig, PyInt.of(m.lastindex));
            } catch (PyError e) {
                return PyNone.NONE;
            }
        }));
        t.dict.put("re", new SreGetter("re", o -> ((SreMatch) o).pattern));
        t.dict.put("string", new SreGetter("string", o -> ((SreMatch) o).subj.obj));
        t.dict.put("pos", new SreGetter("pos", o -> PyInt.of(((SreMatch) o).pos)));
        t.dict.put("endpos", new SreGetter("endpos", o -> PyInt.of(((SreMatch) o).endpos)));
        t.dict.put("regs", new SreGetter("regs", o -> {
            SreMatch m = (SreMatch) o;
            PyObject[] r = new PyObject[m.pattern.groups + 1];
            for (int g = 0; g < r.length; g++) {
                r[g] = m.span(g);
            }
            return PyTuple.of(r);
        }));
        t.withConstructor((type, a, kw) -> {
            throw PyError.raise("TypeError", "cannot create '" + (sre.ops.version311 ? "re.Match" : "_sre.SRE_Match") + "' instances");
        });
    }

    @Override
    public PyType type() {
        return pattern.sre.matchType;
    }

    @Override
    public String typeName(Language lang) {
        return pattern.sre.matchType.name(lang);
    }

    @Override
    public String repr(Language lang) {
        if (pattern.sre.py2()) {
            return "<_sre.SRE_Match object at 0x" + Long.toHexString(Ids.address(this)) + ">";
        }
        String g = Ops.repr(rt(), groupOr(0, PyNone.NONE));
        if (g.length() > 50) {
            g = g.substring(0, 50);
        }
        return "<" + (pattern.sre.ops.version311 ? "re.Match" : "_sre.SRE_Match") + " object; span=(" + regs[0] + ", " + regs[1]
                + "), match=" + g + ">";
    }
}
