package org.pyvm.core.modules.datetime27;

import java.math.BigInteger;
import org.pyvm.core.modules.CivilTime;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Strings;

/** 2.7's {@code datetime.time} and the abstract {@code datetime.tzinfo}. */
final class TimeTypes {
    private static final String[] TIME_ARGS = {"hour", "minute", "second", "microsecond", "tzinfo"};

    private TimeTypes() {
    }

    static void install(DatetimeModule m) {
        installTime(m);
        installTzinfo(m);
    }

    static String clock(int h, int mi, int s, int us) {
        String c = String.format("%02d:%02d:%02d", h, mi, s);
        return us == 0 ? c : c + String.format(".%06d", us);
    }

    private static void installTime(DatetimeModule m) {
        PyType t = m.timeType;
        m.constructor(t, (type, a, kw) -> {
            Values.TimeV v;
            byte[] state = (a.length == 1 || a.length == 2) && (kw == null || kw.length == 0) && a[0] instanceof PyBytes b ? b.bytes() : null;
            if (state != null && state.length == 6 && (state[0] & 0xff) < 24) {
                v = m.time(type, state[0], state[1], state[2], (state[3] & 0xff) << 16 | (state[4] & 0xff) << 8 | state[5] & 0xff,
                        m.tzArg(a.length == 2 ? a[1] : null));
            } else {
                PyObject[] x = Args.parse(null, TIME_ARGS, 0, a, kw);
                v = m.time(type, Args.cint(m.rt, x[0], 0), Args.cint(m.rt, x[1], 0), Args.cint(m.rt, x[2], 0), Args.cint(m.rt, x[3], 0),
                        m.tzArg(x[4]));
            }
            return v;
        });
        t.dict.put("min", m.time(t, 0, 0, 0, 0, null));
        t.dict.put("max", m.time(t, 23, 59, 59, 999_999, null));
        t.dict.put("resolution", m.delta(BigInteger.ONE));
        m.<Values.TimeV>getter(t, "hour", d -> PyInt.of(d.hour));
        m.<Values.TimeV>getter(t, "minute", d -> PyInt.of(d.minute));
        m.<Values.TimeV>getter(t, "second", d -> PyInt.of(d.second));
        m.<Values.TimeV>getter(t, "microsecond", d -> PyInt.of(d.us));
        m.<Values.TimeV>getter(t, "tzinfo", d -> d.tz == null ? PyNone.NONE : d.tz);
        m.method(t, "__repr__", Values.TimeV.class, (d, a, kw) -> {
            StringBuilder s = new StringBuilder(m.typeName(d)).append('(').append(d.hour).append(", ").append(d.minute);
            if (d.us != 0) {
                s.append(", ").append(d.second).append(", ").append(d.us);
            } else if (d.second != 0) {
                s.append(", ").append(d.second);
            }
            if (d.tz != null) {
                s.append(", tzinfo=").append(Ops.repr(m.rt, d.tz));
            }
            return m.text(s.append(')').toString());
        });
        m.method(t, "isoformat", Values.TimeV.class, (d, a, kw) -> {
            Args.none("isoformat", a, kw);
            Integer off = m.offset(d.tz, "utcoffset", PyNone.NONE);
            return m.text(clock(d.hour, d.minute, d.second, d.us) + (off == null ? "" : DatetimeModule.formatOffset(off, ":")));
        });
        m.method(t, "__str__", Values.TimeV.class, (d, a, kw) -> m.call(d, "isoformat"));
        m.method(t, "strftime", Values.TimeV.class, (d, a, kw) -> {
            PyObject[] v = Args.parse("strftime", new String[] {"format"}, 1, a, kw);
            String fmt = m.formatArg(v[0]);
            CivilTime.Tm x = DatetimeModule.tm(1900, 1, 1, d.hour, d.minute, d.second, -1);
            return m.strftime(fmt, x, d.us, d.tz, PyNone.NONE);
        });
        m.method(t, "__format__", Values.TimeV.class, (d, a, kw) -> {
            PyObject f = Args.one("__format__", a, kw);
            if (Ops.str(m.rt, f).isEmpty()) {
                return Strings.text(m.rt, Ops.str(m.rt, d));
            }
            return m.call(d, "strftime", f);
        });
        m.method(t, "utcoffset", Values.TimeV.class, (d, a, kw) -> {
            Args.none("utcoffset", a, kw);
            return m.offsetDelta(m.offset(d.tz, "utcoffset", PyNone.NONE));
        });
        m.method(t, "dst", Values.TimeV.class, (d, a, kw) -> {
            Args.none("dst", a, kw);
            return m.offsetDelta(m.offset(d.tz, "dst", PyNone.NONE));
        });
        m.method(t, "tzname", Values.TimeV.class, (d, a, kw) -> {
            Args.none("tzname", a, kw);
            String n = m.tzname(d.tz, PyNone.NONE);
            return n == null ? PyNone.NONE : m.text(n);
        });
        m.method(t, "replace", Values.TimeV.class, (d, a, kw) -> {
            PyObject[] v = Args.parse("replace", TIME_ARGS, 0, a, kw);
            PyObject tz = v[4] == null ? d.tz : m.tzArg(v[4]);
            return m.time(d.type(), Args.cint(m.rt, v[0], d.hour), Args.cint(m.rt, v[1], d.minute), Args.cint(m.rt, v[2], d.second),
                    Args.cint(m.rt, v[3], d.us), tz);
        });
        m.method(t, "__nonzero__", Values.TimeV.class, (d, a, kw) -> {
            Integer off = m.offset(d.tz, "utcoffset", PyNone.NONE);
            long total = (d.minute - (off == null ? 0 : off)) * 60L + d.hour * 3600L + d.second;
            return DatetimeModule.bool(total != 0 || d.us != 0);
        });
        m.method(t, "__reduce__", Values.TimeV.class, (d, a, kw) -> PyTuple.of(d.type(), d.tz == null
                ? PyTuple.of(PyBytes.of(d.state())) : PyTuple.of(PyBytes.of(d.state()), d.tz)));
        for (String op : DatetimeModule.COMPARISONS) {
            m.method(t, op, Values.TimeV.class, (d, a, kw) -> {
                if (!(a[0] instanceof Values.TimeV o)) {
                    if (op.equals("__eq__") || op.equals("__ne__")) {
                        return DatetimeModule.bool(op.equals("__ne__"));
                    }
                    throw m.cmpError(d, a[0]);
                }
                long sa = ((d.hour * 60L + d.minute) * 60 + d.second) * 1_000_000L + d.us;
                long sb = ((o.hour * 60L + o.minute) * 60 + o.second) * 1_000_000L + o.us;
                if (d.tz != o.tz) {
                    Integer oa = m.offset(d.tz, "utcoffset", PyNone.NONE);
                    Integer ob = m.offset(o.tz, "utcoffset", PyNone.NONE);
                    if ((oa == null) != (ob == null)) {
                        throw PyError.raise("TypeError", "can't compare offset-naive and offset-aware times");
                    }
                    if (oa != null) {
                        sa -= oa * 60_000_000L;
                        sb -= ob * 60_000_000L;
                    }
                }
                return DatetimeModule.compared(op, Long.compare(sa, sb));
            });
        }
        t.dict.put("__hash__", new org.pyvm.core.objects.PyMethodDescriptor("__hash__", t, (o, a, kw) -> PyInt.of(o.hash(m.rt.lang))));
    }

    private static void installTzinfo(DatetimeModule m) {
        PyType t = m.tzinfoType;
        m.constructor(t, (type, a, kw) -> {
            Values.TzInfoV v = new Values.TzInfoV(type);
            return v;
        });
        for (String name : new String[] {"tzname", "utcoffset", "dst"}) {
            m.method(t, name, Values.TzInfoV.class, (d, a, kw) -> {
                Args.one(name, a, kw);
                throw PyError.raise("NotImplementedError", "a tzinfo subclass must implement " + name + "()");
            });
        }
        m.method(t, "fromutc", Values.TzInfoV.class, (self, a, kw) -> {
            PyObject arg = Args.one("fromutc", a, kw);
            if (!(arg instanceof Values.DateTimeV dt)) {
                throw PyError.raise("TypeError", "fromutc: argument must be a datetime");
            }
            if (dt.tz != self) {
                throw PyError.raise("ValueError", "fromutc: dt.tzinfo is not self");
            }
            Integer off = m.offset(self, "utcoffset", dt);
            if (off == null) {
                throw PyError.raise("ValueError", "fromutc: non-None utcoffset() result required");
            }
            Integer dst = m.offset(self, "dst", dt);
            if (dst == null) {
                throw PyError.raise("ValueError", "fromutc: non-None dst() result required");
            }
            Values.DateTimeV shifted = m.datetimeFromStamp(m.datetimeType, dt.stamp().add(BigInteger.valueOf((off - dst) * 60_000_000L)), self);
            Integer dst2 = m.offset(self, "dst", shifted);
            if (dst2 == null) {
                throw PyError.raise("ValueError", "fromutc: tz.dst() gave inconsistent results; cannot convert");
            }
            return m.datetimeFromStamp(m.datetimeType, shifted.stamp().add(BigInteger.valueOf(dst2 * 60_000_000L)), self);
        });
        m.method(t, "__reduce__", Values.TzInfoV.class, (self, a, kw) -> {
            PyObject gi = Ops.getattrOrNull(m.rt, self, "__getinitargs__");
            PyObject args = gi == null ? PyTuple.of() : Ops.call(m.rt, gi);
            PyObject gs = Ops.getattrOrNull(m.rt, self, "__getstate__");
            PyObject state;
            if (gs != null) {
                state = Ops.call(m.rt, gs);
            } else {
                state = self.dict.isEmpty() ? PyNone.NONE : self.exposeDict(m.rt.lang);
            }
            return state == PyNone.NONE ? PyTuple.of(self.type(), args) : PyTuple.of(self.type(), args, state);
        });
    }
}
