package org.pyvm.core.modules;

import java.math.BigInteger;
import java.util.List;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.StructSequence;
import org.pyvm.core.runtime.Strings;

/**
 * {@code time.struct_time}: CPython's struct sequence of nine visible fields; 3.x also carries {@code tm_zone} and
 * {@code tm_gmtoff} as attributes only. Also the reading of a time tuple argument (C's {@code gettmarg} and
 * {@code checktm}) in each version's words.
 */
final class StructTime extends StructSequence {
    static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
        "tm_isdst"};
    private final boolean py2;
    private final PyObject zone;
    private final PyObject gmtoff;

    private StructTime(Runtime rt, PyType type, PyObject[] items, PyObject zone, PyObject gmtoff) {
        super(rt, "time.struct_time", FIELDS, type, items);
        this.py2 = rt.lang.major() == 2;
        this.zone = zone;
        this.gmtoff = gmtoff;
    }

    static PyType newType(Runtime rt) {
        boolean py2 = rt.lang.major() == 2;
        PyType t = StructSequence.newType(rt, "time.struct_time");
        t.dict.put("n_sequence_fields", PyInt.of(9));
        t.dict.put("n_fields", PyInt.of(py2 ? 9 : 11));
        t.dict.put("n_unnamed_fields", PyInt.of(0));
        t.withConstructor((type, a, kw) -> construct(rt, type, a, kw));
        ModuleSupport.method(t, "__reduce__", StructTime.class, (s, a, kw) -> {
            PyDict extra = PyDict.of(rt.lang, List.of());
            if (!s.py2) {
                extra.put(rt.name("tm_zone"), s.zone);
                extra.put(rt.name("tm_gmtoff"), s.gmtoff);
            }
            return PyTuple.of(s.type(), PyTuple.of(PyTuple.of(s.items()), extra));
        });
        return t;
    }

    private static PyObject construct(Runtime rt, PyType type, PyObject[] a, String[] kw) {
        boolean py2 = rt.lang.major() == 2;
        PyObject seq = ModuleSupport.arg(a, kw, 0, "sequence");
        PyObject dict = ModuleSupport.arg(a, kw, 1, "dict");
        if (seq == null) {
            throw PyError.raise("TypeError", rt.lang.minor() >= 10 && !py2 ? "structseq() missing required argument 'sequence' (pos 1)"
                    : "Required argument 'sequence' (pos 1) not found");
        }
        List<PyObject> items;
        try {
            items = Ops.toList(rt, seq);
        } catch (PyError e) {
            throw PyError.raise("TypeError", "constructor requires a sequence");
        }
        if (dict != null && dict != PyNone.NONE && !(dict instanceof PyDict)) {
            throw PyError.raise("TypeError", "time.struct_time() takes a dict as second arg, if any");
        }
        int n = items.size();
        if (py2 && n != 9) {
            throw PyError.raise("TypeError", "time.struct_time() takes a 9-sequence (" + n + "-sequence given)");
        }
        if (n < 9) {
            throw PyError.raise("TypeError", "time.struct_time() takes an at least 9-sequence (" + n + "-sequence given)");
        }
        if (n > 11) {
            throw PyError.raise("TypeError", "time.struct_time() takes an at most 11-sequence (" + n + "-sequence given)");
        }
        PyObject zone = n > 9 ? items.get(9) : extra(rt, dict, "tm_zone");
        PyObject off = n > 10 ? items.get(10) : extra(rt, dict, "tm_gmtoff");
        return new StructTime(rt, type, items.subList(0, 9).toArray(new PyObject[0]), zone, off);
    }

    private static PyObject extra(Runtime rt, PyObject dict, String name) {
        if (dict instanceof PyDict d) {
            PyObject v = d.get(rt.name(name));
            return v == null ? PyNone.NONE : v;
        }
        return PyNone.NONE;
    }

    /** The struct_time of a broken-down time. */
    static StructTime of(Runtime rt, PyType type, CivilTime.Tm tm) {
        PyObject[] items = {PyInt.of(tm.year()), PyInt.of(tm.mon() + 1), PyInt.of(tm.mday()), PyInt.of(tm.hour()), PyInt.of(tm.min()),
            PyInt.of(tm.sec()), PyInt.of((tm.wday() + 6) % 7), PyInt.of(tm.yday() + 1), PyInt.of(tm.isdst())};
        return new StructTime(rt, type, items, tm.zone() == null ? PyNone.NONE : Strings.text(rt, tm.zone()), PyInt.of(tm.gmtoff()));
    }

    @Override
    public PyObject attribute(String name) {
        if (!py2 && name.equals("tm_zone")) {
            return zone;
        }
        if (!py2 && name.equals("tm_gmtoff")) {
            return gmtoff;
        }
        return super.attribute(name);
    }

    /** Messages name the type by its tp_name, {@code time.struct_time}. */
    @Override
    public String typeName(org.pyvm.core.objects.Language lang) {
        return "time.struct_time";
    }

    @Override
    public boolean setAttribute(String name, PyObject value) {
        throw PyError.raise(py2 ? "TypeError" : "AttributeError", "readonly attribute");
    }

    // ------------------------------------------------------------------ time tuple arguments

    /**
     * C's gettmarg: a time tuple argument as a struct tm (month 0-11, weekday Sunday 0, day of year from 0), before
     * checktm. {@code fname} names the function in 3.11's message for a tuple of the wrong length.
     */
    static CivilTime.Tm read(Runtime rt, PyObject arg, String fname, PyObject accept2dyear) {
        boolean py2 = rt.lang.major() == 2;
        List<PyObject> items;
        if (py2) {
            if (!(arg instanceof PyTuple) && !(arg instanceof org.pyvm.core.objects.PyList) && !(arg instanceof StructSequence)) {
                throw PyError.raise("TypeError", "argument must be 9-item sequence, not " + Ops.typeName(rt, arg));
            }
            items = Ops.toList(rt, arg);
            if (items.size() != 9) {
                throw PyError.raise("TypeError", "argument must be sequence of length 9, not " + items.size());
            }
        } else {
            if (!(arg instanceof PyTuple)) {
                throw PyError.raise("TypeError", "Tuple or struct_time argument required");
            }
            items = List.of(((PyTuple) arg).items());
            if (items.size() != 9) {
                throw PyError.raise("TypeError", rt.lang.minor() >= 8 ? fname + "(): illegal time tuple argument"
                        : "function takes exactly 9 arguments (" + items.size() + " given)");
            }
        }
        int[] v = new int[9];
        for (int i = 0; i < 9; i++) {
            v[i] = cInt(rt, items.get(i));
        }
        long year = v[0];
        if (!py2 && year < Integer.MIN_VALUE + 1900L) {
            throw PyError.raise("OverflowError", "year out of range");
        }
        if (py2 && year < 1900) {
            if (accept2dyear == null || !(accept2dyear instanceof PyInt a2) || a2.small == 0 && a2.big == null) {
                throw PyError.raise("ValueError", "year >= 1900 required");
            }
            if (69 <= year && year <= 99) {
                year += 1900;
            } else if (0 <= year && year <= 68) {
                year += 2000;
            } else {
                throw PyError.raise("ValueError", "year out of range");
            }
        }
        String zone = null;
        long gmtoff = 0;
        if (!py2 && arg instanceof StructTime st) {
            if (st.zone instanceof PyStr z) {
                zone = z.value();
            }
            if (st.gmtoff instanceof PyInt g) {
                gmtoff = g.small;
            }
        }
        return new CivilTime.Tm(year, v[1] - 1, v[2], v[3], v[4], v[5], (v[6] + 1) % 7, v[7] - 1, v[8], zone, gmtoff);
    }

    /** An item of a time tuple as a C int, with the version's TypeError/OverflowError. */
    private static int cInt(Runtime rt, PyObject o) {
        boolean py2 = rt.lang.major() == 2;
        BigInteger b;
        if (o instanceof PyInt i) {
            b = i.toBigInteger();
        } else if (o instanceof PyBool x) {
            b = x.value ? BigInteger.ONE : BigInteger.ZERO;
        } else if (o instanceof PyFloat && (py2 || rt.lang.minor() < 10)) {
            throw PyError.raise("TypeError", "integer argument expected, got float");
        } else {
            b = ModuleSupport.integer(rt, o);
            if (b == null) {
                if (py2) {
                    throw PyError.raise("TypeError", "an integer is required");
                }
                throw PyError.raise("TypeError", rt.lang.minor() >= 10 ? "'" + Ops.typeName(rt, o) + "' object cannot be interpreted as an integer"
                        : "an integer is required (got type " + Ops.typeName(rt, o) + ")");
            }
        }
        if (b.bitLength() > 31) {
            if (b.bitLength() >= 64 && !py2) {
                throw PyError.raise("OverflowError", "Python int too large to convert to C long");
            }
            throw PyError.raise("OverflowError", b.signum() < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
        }
        return b.intValue();
    }

    /** C's checktm: fields out of range are ValueErrors; a zero month, day or day of year becomes the first. */
    static CivilTime.Tm check(CivilTime.Tm t) {
        int mon = t.mon();
        if (mon == -1) {
            mon = 0;
        } else if (mon < 0 || mon > 11) {
            throw PyError.raise("ValueError", "month out of range");
        }
        int mday = t.mday();
        if (mday == 0) {
            mday = 1;
        } else if (mday < 0 || mday > 31) {
            throw PyError.raise("ValueError", "day of month out of range");
        }
        if (t.hour() < 0 || t.hour() > 23) {
            throw PyError.raise("ValueError", "hour out of range");
        }
        if (t.min() < 0 || t.min() > 59) {
            throw PyError.raise("ValueError", "minute out of range");
        }
        if (t.sec() < 0 || t.sec() > 61) {
            throw PyError.raise("ValueError", "seconds out of range");
        }
        if (t.wday() < 0) {
            throw PyError.raise("ValueError", "day of week out of range");
        }
        int yday = t.yday();
        if (yday == -1) {
            yday = 0;
        } else if (yday < 0 || yday > 365) {
            throw PyError.raise("ValueError", "day of year out of range");
        }
        return new CivilTime.Tm(t.year(), mon, mday, t.hour(), t.min(), t.sec(), t.wday(), yday, t.isdst(), t.zone(), t.gmtoff());
    }

    /** A format argument's text: 2.7 str (unicode encoded as ASCII), 3.x str. */
    static String formatText(Runtime rt, PyObject o, String fname) {
        if (o instanceof PyStr s) {
            if (rt.lang.major() == 2) {
                for (int i = 0; i < s.value().length(); i++) {
                    if (s.value().charAt(i) > 127) {
                        throw PyError.raiseArgs("UnicodeEncodeError", Strings.text(rt, "ascii"), o, PyInt.of(i), PyInt.of(i + 1),
                                Strings.text(rt, "ordinal not in range(128)"));
                    }
                }
            }
            return s.value();
        }
        if (o instanceof PyBytes b && rt.lang.major() == 2) {
            return Strings.latin1(b.bytes());
        }
        throw PyError.raise("TypeError", fname + "() argument 1 must be " + (rt.lang.major() == 2 ? "string" : "str") + ", not "
                + Ops.argumentTypeName(rt, o));
    }
}
