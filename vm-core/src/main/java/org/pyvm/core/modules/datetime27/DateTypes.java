package org.pyvm.core.modules.datetime27;

import java.math.BigInteger;
import org.pyvm.core.modules.CivilTime;
import org.pyvm.core.modules.TimeFormat;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyNotImplemented;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Strings;

/** 2.7's {@code datetime.date} and {@code datetime.datetime}. */
final class DateTypes {
    private static final String[] DATE_ARGS = {"year", "month", "day"};
    private static final String[] DATETIME_ARGS = {"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"};

    private DateTypes() {
    }

    static void install(DatetimeModule m) {
        installDate(m);
        installDatetime(m);
    }

    // ------------------------------------------------------------------ date

    private static void installDate(DatetimeModule m) {
        PyType t = m.dateType;
        m.constructor(t, (type, a, kw) -> {
            Values.DateV d;
            byte[] state = a.length == 1 && (kw == null || kw.length == 0) && a[0] instanceof PyBytes b ? b.bytes() : null;
            if (state != null && state.length == 4 && state[2] >= 1 && state[2] <= 12) {
                d = new Values.DateV(m.rt, type, (state[0] & 0xff) << 8 | state[1] & 0xff, state[2], state[3]);
            } else {
                PyObject[] v = Args.parse(null, DATE_ARGS, 3, a, kw);
                d = m.date(type, Args.cint(m.rt, v[0], 0), Args.cint(m.rt, v[1], 0), Args.cint(m.rt, v[2], 0));
            }
            return d;
        });
        t.dict.put("min", m.date(t, 1, 1, 1));
        t.dict.put("max", m.date(t, 9999, 12, 31));
        t.dict.put("resolution", m.delta(Values.US_PER_DAY));
        m.<Values.DateV>getter(t, "year", d -> PyInt.of(d.year));
        m.<Values.DateV>getter(t, "month", d -> PyInt.of(d.month));
        m.<Values.DateV>getter(t, "day", d -> PyInt.of(d.day));
        m.method(t, "__repr__", Values.DateV.class, (d, a, kw) -> m.text(m.typeName(d) + "(" + d.year + ", " + d.month + ", " + d.day + ")"));
        m.method(t, "isoformat", Values.DateV.class, (d, a, kw) -> {
            Args.none("isoformat", a, kw);
            return m.text(iso(d));
        });
        m.method(t, "__str__", Values.DateV.class, (d, a, kw) -> m.call(d, "isoformat"));
        m.method(t, "ctime", Values.DateV.class, (d, a, kw) -> {
            Args.none("ctime", a, kw);
            return m.text(TimeFormat.asctime(tm(d, -1)));
        });
        m.method(t, "timetuple", Values.DateV.class, (d, a, kw) -> {
            Args.none("timetuple", a, kw);
            return m.structTime(tm(d, -1));
        });
        m.method(t, "strftime", Values.DateV.class, (d, a, kw) -> {
            PyObject[] v = Args.parse("strftime", new String[] {"format"}, 1, a, kw);
            String fmt = m.formatArg(v[0]);
            if (d.year < 1900) {
                throw PyError.raise("ValueError", "year=" + d.year + " is before 1900; the datetime strftime() methods require year >= 1900");
            }
            PyObject tt = m.call(d, "timetuple");
            java.util.List<PyObject> f = Ops.toList(m.rt, tt);
            CivilTime.Tm x = tm(d, (int) ((PyInt) f.get(8)).small);
            if (d instanceof Values.DateTimeV dt) {
                return m.strftime(fmt, x, dt.us, dt.tz, dt);
            }
            return m.strftime(fmt, x, 0, null, PyNone.NONE);
        });
        m.method(t, "__format__", Values.DateV.class, (d, a, kw) -> {
            PyObject f = Args.one("__format__", a, kw);
            if (Ops.str(m.rt, f).isEmpty()) {
                return Strings.text(m.rt, Ops.str(m.rt, d));
            }
            return m.call(d, "strftime", f);
        });
        m.method(t, "toordinal", Values.DateV.class, (d, a, kw) -> {
            Args.none("toordinal", a, kw);
            return PyInt.of(d.ordinal());
        });
        m.method(t, "weekday", Values.DateV.class, (d, a, kw) -> {
            Args.none("weekday", a, kw);
            return PyInt.of(d.weekday());
        });
        m.method(t, "isoweekday", Values.DateV.class, (d, a, kw) -> {
            Args.none("isoweekday", a, kw);
            return PyInt.of(d.weekday() + 1);
        });
        m.method(t, "isocalendar", Values.DateV.class, (d, a, kw) -> {
            Args.none("isocalendar", a, kw);
            long year = d.year;
            long today = d.ordinal();
            long w1 = week1Monday(year);
            long week = Math.floorDiv(today - w1, 7L);
            long day = Math.floorMod(today - w1, 7L);
            if (week < 0) {
                year--;
                w1 = week1Monday(year);
                week = Math.floorDiv(today - w1, 7L);
                day = Math.floorMod(today - w1, 7L);
            } else if (week >= 52 && today >= week1Monday(year + 1)) {
                year++;
                week = 0;
            }
            return PyTuple.of(PyInt.of(year), PyInt.of(week + 1), PyInt.of(day + 1));
        });
        m.method(t, "replace", Values.DateV.class, (d, a, kw) -> {
            PyObject[] v = Args.parse("replace", DATE_ARGS, 0, a, kw);
            return m.date(d.type(), Args.cint(m.rt, v[0], d.year), Args.cint(m.rt, v[1], d.month), Args.cint(m.rt, v[2], d.day));
        });
        m.method(t, "__reduce__", Values.DateV.class, (d, a, kw) -> PyTuple.of(d.type(), PyTuple.of(PyBytes.of(d.state()))));
        m.method(t, "__add__", Values.DateV.class, (d, a, kw) -> addDays(m, d, a[0], 1));
        m.method(t, "__radd__", Values.DateV.class, (d, a, kw) -> addDays(m, d, a[0], 1));
        m.method(t, "__sub__", Values.DateV.class, (d, a, kw) -> {
            if (a[0] instanceof Values.Delta) {
                return addDays(m, d, a[0], -1);
            }
            if (a[0] instanceof Values.DateV o && !(o instanceof Values.DateTimeV) && !(d instanceof Values.DateTimeV)) {
                return m.delta(BigInteger.valueOf(d.ordinal() - o.ordinal()).multiply(Values.US_PER_DAY));
            }
            return PyNotImplemented.NOT_IMPLEMENTED;
        });
        for (String op : DatetimeModule.COMPARISONS) {
            m.method(t, op, Values.DateV.class, (d, a, kw) -> {
                PyObject other = a[0];
                if (other instanceof Values.DateTimeV o) {
                    if (op.equals("__eq__") || op.equals("__ne__")) {
                        return DatetimeModule.bool(op.equals("__ne__"));
                    }
                    throw m.cmpError(o, d);
                }
                if (other instanceof Values.DateV o) {
                    return DatetimeModule.compared(op, Long.compare(d.ordinal(), o.ordinal()));
                }
                return otherCompare(m, d, other, op);
            });
        }
        t.dict.put("__hash__", new org.pyvm.core.objects.PyMethodDescriptor("__hash__", t, (o, a, kw) -> PyInt.of(o.hash(m.rt.lang))));
        m.classMethod(t, "today", (cls, a, kw) -> {
            Args.none("today", a, kw);
            long[] now = DatetimeModule.now();
            return m.call(cls, "fromtimestamp", org.pyvm.core.objects.PyFloat.of(now[0] + now[1] / 1e6));
        });
        m.classMethod(t, "fromtimestamp", (cls, a, kw) -> {
            PyObject ts = Args.one("fromtimestamp", a, kw);
            CivilTime.Tm x = m.breakDown(DatetimeModule.split(m.timestamp(ts))[0], false);
            return Ops.call(m.rt, cls, PyInt.of(x.year()), PyInt.of(x.mon() + 1), PyInt.of(x.mday()));
        });
        m.classMethod(t, "fromordinal", (cls, a, kw) -> {
            PyObject o = Args.one("fromordinal", a, kw);
            int ord = Args.cint(m.rt, o, 0);
            if (ord < 1) {
                throw PyError.raise("ValueError", "ordinal must be >= 1");
            }
            Values.DateV d = m.dateFromOrdinal(m.dateType, ord);
            return Ops.call(m.rt, cls, PyInt.of(d.year), PyInt.of(d.month), PyInt.of(d.day));
        });
    }

    /** Comparing with something that is no date: a hook for date-like objects, equality is False, order a TypeError. */
    static PyObject otherCompare(DatetimeModule m, PyObject self, PyObject other, String op) {
        if (Ops.getattrOrNull(m.rt, other, "timetuple") != null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (op.equals("__eq__") || op.equals("__ne__")) {
            return DatetimeModule.bool(op.equals("__ne__"));
        }
        throw m.cmpError(self, other);
    }

    private static PyObject addDays(DatetimeModule m, Values.DateV d, PyObject other, int sign) {
        if (d instanceof Values.DateTimeV || !(other instanceof Values.Delta delta)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return m.dateFromOrdinal(m.dateType, d.ordinal() + sign * delta.days);
    }

    private static long week1Monday(long year) {
        long first = CivilTime.daysFromCivil(year, 1, 1) + 719_163L;
        long wd = Math.floorMod(first + 6, 7L);
        long monday = first - wd;
        return wd > 3 ? monday + 7 : monday;
    }

    static String iso(Values.DateV d) {
        return String.format("%04d-%02d-%02d", d.year, d.month, d.day);
    }

    static CivilTime.Tm tm(Values.DateV d, int isdst) {
        if (d instanceof Values.DateTimeV dt) {
            return DatetimeModule.tm(d.year, d.month, d.day, dt.hour, dt.minute, dt.second, isdst);
        }
        return DatetimeModule.tm(d.year, d.month, d.day, 0, 0, 0, isdst);
    }

    // ------------------------------------------------------------------ datetime

    private static void installDatetime(DatetimeModule m) {
        PyType t = m.datetimeType;
        m.constructor(t, (type, a, kw) -> {
            Values.DateTimeV d;
            byte[] state = (a.length == 1 || a.length == 2) && (kw == null || kw.length == 0) && a[0] instanceof PyBytes b ? b.bytes() : null;
            if (state != null && state.length == 10 && state[2] >= 1 && state[2] <= 12) {
                d = m.datetime(type, (state[0] & 0xff) << 8 | state[1] & 0xff, state[2], state[3], state[4], state[5], state[6],
                        (state[7] & 0xff) << 16 | (state[8] & 0xff) << 8 | state[9] & 0xff, m.tzArg(a.length == 2 ? a[1] : null));
            } else {
                PyObject[] v = Args.parse(null, DATETIME_ARGS, 3, a, kw);
                int[] f = new int[7];
                for (int i = 0; i < 7; i++) {
                    f[i] = Args.cint(m.rt, v[i], 0);
                }
                PyObject tz = m.tzArg(v[7]);
                d = m.datetime(type, f[0], f[1], f[2], f[3], f[4], f[5], f[6], tz);
            }
            return d;
        });
        t.dict.put("min", m.datetime(t, 1, 1, 1, 0, 0, 0, 0, null));
        t.dict.put("max", m.datetime(t, 9999, 12, 31, 23, 59, 59, 999_999, null));
        t.dict.put("resolution", m.delta(BigInteger.ONE));
        m.<Values.DateTimeV>getter(t, "hour", d -> PyInt.of(d.hour));
        m.<Values.DateTimeV>getter(t, "minute", d -> PyInt.of(d.minute));
        m.<Values.DateTimeV>getter(t, "second", d -> PyInt.of(d.second));
        m.<Values.DateTimeV>getter(t, "microsecond", d -> PyInt.of(d.us));
        m.<Values.DateTimeV>getter(t, "tzinfo", d -> d.tz == null ? PyNone.NONE : d.tz);
        m.method(t, "__repr__", Values.DateTimeV.class, (d, a, kw) -> {
            StringBuilder s = new StringBuilder(m.typeName(d)).append('(').append(d.year).append(", ").append(d.month).append(", ")
                    .append(d.day).append(", ").append(d.hour).append(", ").append(d.minute);
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
        m.method(t, "isoformat", Values.DateTimeV.class, (d, a, kw) -> {
            PyObject[] v = Args.parse("isoformat", new String[] {"sep"}, 0, a, kw);
            String sep = "T";
            if (v[0] != null) {
                String s = v[0] instanceof PyBytes b ? Strings.latin1(b.bytes()) : v[0] instanceof PyStr u ? u.value() : null;
                if (s == null || s.length() != 1) {
                    throw PyError.raise("TypeError", "isoformat() argument 1 must be char, not " + Ops.argumentTypeName(m.rt, v[0]));
                }
                sep = s;
            }
            return m.text(iso(d) + sep + TimeTypes.clock(d.hour, d.minute, d.second, d.us) + offsetSuffix(m, d));
        });
        m.method(t, "__str__", Values.DateTimeV.class, (d, a, kw) -> m.call(d, "isoformat", m.text(" ")));
        m.method(t, "timetuple", Values.DateTimeV.class, (d, a, kw) -> {
            Args.none("timetuple", a, kw);
            Integer dst = m.offset(d.tz, "dst", d);
            return m.structTime(tm(d, dst == null ? -1 : dst != 0 ? 1 : 0));
        });
        m.method(t, "utctimetuple", Values.DateTimeV.class, (d, a, kw) -> {
            Args.none("utctimetuple", a, kw);
            Integer off = m.offset(d.tz, "utcoffset", d);
            Values.DateTimeV u = off == null ? d
                    : m.datetimeFromStamp(m.datetimeType, d.stamp().subtract(BigInteger.valueOf(off * 60_000_000L)), null);
            return m.structTime(tm(u, 0));
        });
        m.method(t, "date", Values.DateTimeV.class, (d, a, kw) -> {
            Args.none("date", a, kw);
            return m.date(m.dateType, d.year, d.month, d.day);
        });
        m.method(t, "time", Values.DateTimeV.class, (d, a, kw) -> {
            Args.none("time", a, kw);
            return m.time(m.timeType, d.hour, d.minute, d.second, d.us, null);
        });
        m.method(t, "timetz", Values.DateTimeV.class, (d, a, kw) -> {
            Args.none("timetz", a, kw);
            return m.time(m.timeType, d.hour, d.minute, d.second, d.us, d.tz);
        });
        m.method(t, "utcoffset", Values.DateTimeV.class, (d, a, kw) -> {
            Args.none("utcoffset", a, kw);
            return m.offsetDelta(m.offset(d.tz, "utcoffset", d));
        });
        m.method(t, "dst", Values.DateTimeV.class, (d, a, kw) -> {
            Args.none("dst", a, kw);
            return m.offsetDelta(m.offset(d.tz, "dst", d));
        });
        m.method(t, "tzname", Values.DateTimeV.class, (d, a, kw) -> {
            Args.none("tzname", a, kw);
            String n = m.tzname(d.tz, d);
            return n == null ? PyNone.NONE : m.text(n);
        });
        m.method(t, "replace", Values.DateTimeV.class, (d, a, kw) -> {
            PyObject[] v = Args.parse("replace", DATETIME_ARGS, 0, a, kw);
            PyObject tz = v[7] == null ? d.tz : m.tzArg(v[7]);
            return m.datetime(d.type(), Args.cint(m.rt, v[0], d.year), Args.cint(m.rt, v[1], d.month), Args.cint(m.rt, v[2], d.day),
                    Args.cint(m.rt, v[3], d.hour), Args.cint(m.rt, v[4], d.minute), Args.cint(m.rt, v[5], d.second),
                    Args.cint(m.rt, v[6], d.us), tz);
        });
        m.method(t, "astimezone", Values.DateTimeV.class, (d, a, kw) -> {
            PyObject[] v = Args.parse("astimezone", new String[] {"tz"}, 1, a, kw);
            if (!m.rt.types.of(v[0]).isSubtypeOf(m.tzinfoType)) {
                throw PyError.raise("TypeError", "astimezone() argument 1 must be datetime.tzinfo, not " + Ops.argumentTypeName(m.rt, v[0]));
            }
            if (d.tz == null) {
                throw PyError.raise("ValueError", "astimezone() cannot be applied to a naive datetime");
            }
            if (d.tz == v[0]) {
                return d;
            }
            Integer off = m.offset(d.tz, "utcoffset", d);
            if (off == null) {
                throw PyError.raise("ValueError", "astimezone() cannot be applied to a naive datetime");
            }
            Values.DateTimeV utc = m.datetimeFromStamp(m.datetimeType, d.stamp().subtract(BigInteger.valueOf(off * 60_000_000L)), v[0]);
            return m.call(v[0], "fromutc", utc);
        });
        m.method(t, "ctime", Values.DateTimeV.class, (d, a, kw) -> {
            Args.none("ctime", a, kw);
            return m.text(TimeFormat.asctime(tm(d, -1)));
        });
        m.method(t, "__reduce__", Values.DateTimeV.class, (d, a, kw) -> PyTuple.of(d.type(), d.tz == null
                ? PyTuple.of(PyBytes.of(d.state())) : PyTuple.of(PyBytes.of(d.state()), d.tz)));
        m.method(t, "__add__", Values.DateTimeV.class, (d, a, kw) -> shift(m, d, a[0], 1));
        m.method(t, "__radd__", Values.DateTimeV.class, (d, a, kw) -> shift(m, d, a[0], 1));
        m.method(t, "__sub__", Values.DateTimeV.class, (d, a, kw) -> {
            if (a[0] instanceof Values.Delta) {
                return shift(m, d, a[0], -1);
            }
            if (a[0] instanceof Values.DateTimeV o) {
                BigInteger[] s = aligned(m, d, o, "subtract");
                return m.delta(s[0].subtract(s[1]));
            }
            return PyNotImplemented.NOT_IMPLEMENTED;
        });
        for (String op : DatetimeModule.COMPARISONS) {
            m.method(t, op, Values.DateTimeV.class, (d, a, kw) -> {
                PyObject other = a[0];
                if (other instanceof Values.DateTimeV o) {
                    BigInteger[] s = aligned(m, d, o, "compare");
                    return DatetimeModule.compared(op, s[0].compareTo(s[1]));
                }
                if (other instanceof Values.DateV) {
                    if (op.equals("__eq__") || op.equals("__ne__")) {
                        return DatetimeModule.bool(op.equals("__ne__"));
                    }
                    throw m.cmpError(d, other);
                }
                return otherCompare(m, d, other, op);
            });
        }
        t.dict.put("__hash__", new org.pyvm.core.objects.PyMethodDescriptor("__hash__", t, (o, a, kw) -> PyInt.of(o.hash(m.rt.lang))));
        m.classMethod(t, "now", (cls, a, kw) -> {
            PyObject[] v = Args.parse("now", new String[] {"tz"}, 0, a, kw);
            long[] now = DatetimeModule.now();
            return fromTimestamp(m, cls, now[0], now[1], v[0]);
        });
        m.classMethod(t, "utcnow", (cls, a, kw) -> {
            Args.none("utcnow", a, kw);
            long[] now = DatetimeModule.now();
            return fromTime(m, cls, m.breakDown(now[0], true), now[1], null);
        });
        m.classMethod(t, "fromtimestamp", (cls, a, kw) -> {
            PyObject[] v = Args.parse("fromtimestamp", new String[] {"timestamp", "tz"}, 1, a, kw);
            long[] st = DatetimeModule.split(m.timestamp(v[0]));
            return fromTimestamp(m, cls, st[0], st[1], v[1]);
        });
        m.classMethod(t, "utcfromtimestamp", (cls, a, kw) -> {
            PyObject[] v = Args.parse("utcfromtimestamp", new String[] {"timestamp"}, 1, a, kw);
            long[] st = DatetimeModule.split(m.timestamp(v[0]));
            return fromTime(m, cls, m.breakDown(st[0], true), st[1], null);
        });
        m.classMethod(t, "combine", (cls, a, kw) -> {
            PyObject[] v = Args.parse("combine", new String[] {"date", "time"}, 2, a, kw);
            if (!(v[0] instanceof Values.DateV d)) {
                throw PyError.raise("TypeError", "combine() argument 1 must be datetime.date, not " + Ops.argumentTypeName(m.rt, v[0]));
            }
            if (!(v[1] instanceof Values.TimeV tv)) {
                throw PyError.raise("TypeError", "combine() argument 2 must be datetime.time, not " + Ops.argumentTypeName(m.rt, v[1]));
            }
            return Ops.call(m.rt, cls, PyInt.of(d.year), PyInt.of(d.month), PyInt.of(d.day), PyInt.of(tv.hour), PyInt.of(tv.minute),
                    PyInt.of(tv.second), PyInt.of(tv.us), tv.tz == null ? PyNone.NONE : tv.tz);
        });
        m.classMethod(t, "strptime", (cls, a, kw) -> {
            PyObject[] v = Args.parse("strptime", new String[] {"date_string", "format"}, 2, a, kw);
            PyObject mod = Ops.call(m.rt, m.rt.builtins.get(m.rt.name("__import__")), m.text("_strptime"));
            PyObject r = Ops.call(m.rt, Ops.getattr(m.rt, mod, "_strptime"), v[0], v[1]);
            java.util.List<PyObject> parts = Ops.toList(m.rt, r);
            java.util.List<PyObject> st = Ops.toList(m.rt, parts.get(0));
            return Ops.call(m.rt, cls, st.get(0), st.get(1), st.get(2), st.get(3), st.get(4), st.get(5), parts.get(1));
        });
    }

    private static PyObject fromTimestamp(DatetimeModule m, PyType cls, long secs, long us, PyObject tzArg) {
        PyObject tz = m.tzArg(tzArg);
        if (tz == null) {
            return fromTime(m, cls, m.breakDown(secs, false), us, null);
        }
        PyObject utc = fromTime(m, cls, m.breakDown(secs, true), us, tz);
        return m.call(tz, "fromutc", utc);
    }

    private static PyObject fromTime(DatetimeModule m, PyType cls, CivilTime.Tm x, long us, PyObject tz) {
        return Ops.call(m.rt, cls, PyInt.of(x.year()), PyInt.of(x.mon() + 1), PyInt.of(x.mday()), PyInt.of(x.hour()), PyInt.of(x.min()),
                PyInt.of(Math.min(x.sec(), 59)), PyInt.of(us), tz == null ? PyNone.NONE : tz);
    }

    /** The two datetimes' microsecond stamps on one scale: naive with naive, aware with aware (2.7's words otherwise). */
    private static BigInteger[] aligned(DatetimeModule m, Values.DateTimeV a, Values.DateTimeV b, String what) {
        BigInteger sa = a.stamp();
        BigInteger sb = b.stamp();
        if (a.tz == b.tz) {
            return new BigInteger[] {sa, sb};
        }
        Integer oa = m.offset(a.tz, "utcoffset", a);
        Integer ob = m.offset(b.tz, "utcoffset", b);
        if ((oa == null) != (ob == null)) {
            throw PyError.raise("TypeError", "can't " + what + " offset-naive and offset-aware datetimes");
        }
        if (oa != null) {
            sa = sa.subtract(BigInteger.valueOf(oa * 60_000_000L));
            sb = sb.subtract(BigInteger.valueOf(ob * 60_000_000L));
        }
        return new BigInteger[] {sa, sb};
    }

    private static PyObject shift(DatetimeModule m, Values.DateTimeV d, PyObject other, int sign) {
        if (!(other instanceof Values.Delta delta)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        BigInteger by = sign > 0 ? delta.total() : delta.total().negate();
        return m.datetimeFromStamp(m.datetimeType, d.stamp().add(by), d.tz);
    }

    private static String offsetSuffix(DatetimeModule m, Values.DateTimeV d) {
        Integer off = m.offset(d.tz, "utcoffset", d);
        return off == null ? "" : DatetimeModule.formatOffset(off, ":");
    }
}
