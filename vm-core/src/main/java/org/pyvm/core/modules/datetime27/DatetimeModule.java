package org.pyvm.core.modules.datetime27;

import org.pyvm.core.modules.Getter;
import java.math.BigInteger;
import java.util.List;
import org.pyvm.core.modules.CivilTime;
import org.pyvm.core.modules.TimeFormat;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * CPython 2.7's {@code datetime} (a C module there): date, datetime, time, timedelta and tzinfo with 2.7's
 * semantics, reprs and messages (offsets in whole minutes, strftime only from 1900 on, no timezone class).
 * The types live in {@link DeltaType}, {@link DateTypes} and {@link TimeTypes}; this class holds what they share.
 */
public final class DatetimeModule {
    static final int MAXORDINAL = 3_652_059;
    final Runtime rt;
    final PyType deltaType;
    final PyType dateType;
    final PyType datetimeType;
    final PyType timeType;
    final PyType tzinfoType;

    private DatetimeModule(Runtime rt) {
        this.rt = rt;
        this.deltaType = type("timedelta", rt.types.object);
        this.dateType = type("date", rt.types.object);
        this.datetimeType = type("datetime", dateType);
        this.timeType = type("time", rt.types.object);
        this.tzinfoType = type("tzinfo", rt.types.object);
    }

    private static PyType type(String name, PyType base) {
        PyType t = PyType.builtin(name, null, base);
        t.dict.put("__module__", PyStr.of("datetime"));
        return t;
    }

    /** The module for a 2.7 VM. */
    public static PyModule create(Runtime rt) {
        return new DatetimeModule(rt).build();
    }

    private PyModule build() {
        PyModule m = new PyModule("datetime", PyDict.of(rt.lang, List.of()));
        put(m, "__name__", text("datetime"));
        put(m, "__doc__", text("Fast implementation of the datetime type."));
        put(m, "__package__", PyNone.NONE);
        put(m, "MINYEAR", PyInt.of(1));
        put(m, "MAXYEAR", PyInt.of(9999));
        DeltaType.install(this);
        DateTypes.install(this);
        TimeTypes.install(this);
        put(m, "timedelta", deltaType);
        put(m, "date", dateType);
        put(m, "datetime", datetimeType);
        put(m, "time", timeType);
        put(m, "tzinfo", tzinfoType);
        return m;
    }

    private void put(PyModule m, String name, PyObject v) {
        m.dict.put(rt.name(name), v);
    }

    PyObject text(String s) {
        return Strings.text(rt, s);
    }

    // ------------------------------------------------------------------ defining the types

    @FunctionalInterface
    interface Body<T> {
        PyObject call(T self, PyObject[] args, String[] kw);
    }

    /** Puts method {@code name} into the type's dict. */
    @SuppressWarnings("unchecked")
    <T> void method(PyType t, String name, Class<T> self, Body<T> body) {
        t.dict.put(name, new PyMethodDescriptor(name, t, (o, a, kw) -> {
            if (!self.isInstance(o)) {
                throw PyError.raise("TypeError", "descriptor '" + name + "' requires a 'datetime." + t.name(null) + "' object but received a '"
                        + Ops.typeName(rt, o) + "'");
            }
            return body.call((T) o, a, kw);
        }));
    }

    void classMethod(PyType t, String name, Native.ClassMethod.Body body) {
        t.dict.put(name, new Native.ClassMethod(name, t, body));
    }

    /** A field of the type's values: read-only, set or deleted it names the type that defines it (a getset of C's). */
    @SuppressWarnings("unchecked")
    <T> void getter(PyType t, String name, java.util.function.Function<T, PyObject> get) {
        t.dict.put(name, Getter.readOnly(name, "datetime." + t.name(null), o -> get.apply((T) o)));
    }

    /** A field that C keeps as a read-only member (a timedelta's days): set or deleted, a TypeError "readonly attribute". */
    @SuppressWarnings("unchecked")
    <T> void member(PyType t, String name, java.util.function.Function<T, PyObject> get) {
        t.dict.put(name, Getter.readOnlyMember("TypeError", o -> get.apply((T) o)));
    }

    /**
     * Installs a type's constructor as {@code type.__call__} would run it: a program subclass's own {@code __new__}
     * (which reaches {@code make} through the type's builtin {@code __new__}), then its own {@code __init__}.
     */
    void constructor(PyType t, PyType.Constructor make) {
        org.pyvm.core.objects.PyBuiltinFunction builtinNew = new org.pyvm.core.objects.PyBuiltinFunction("__new__", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls)) {
                throw PyError.raise("TypeError", "datetime." + t.name(rt.lang) + ".__new__(X): X is not a type object ("
                        + (a.length == 0 ? "NULL" : Ops.typeName(rt, a[0])) + ")");
            }
            if (!cls.isSubtypeOf(t)) {
                throw PyError.raise("TypeError", "datetime." + t.name(rt.lang) + ".__new__(" + cls.name(rt.lang) + "): "
                        + cls.name(rt.lang) + " is not a subtype of datetime." + t.name(rt.lang));
            }
            return make.construct(cls, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        });
        t.dict.put("__new__", builtinNew);
        t.withConstructor((type, a, kw) -> {
            PyObject own = type.builtin ? null : type.lookup("__new__");
            PyObject made;
            if (own != null && !(own instanceof org.pyvm.core.objects.PyBuiltinFunction)) {
                PyObject[] all = new PyObject[a.length + 1];
                all[0] = type;
                System.arraycopy(a, 0, all, 1, a.length);
                made = Ops.call(rt, Ops.getattr(rt, type, "__new__"), all, kw);
                if (!rt.types.of(made).isSubtypeOf(type)) {
                    return made;
                }
            } else {
                made = make.construct(type, a, kw);
            }
            initSubclass(t, type, made, a, kw);
            return made;
        });
    }

    /** Calls a program subclass's own {@code __init__} after its instance was made by a Java constructor. */
    void initSubclass(PyType base, PyType type, PyObject self, PyObject[] a, String[] kw) {
        if (type.builtin) {
            return;
        }
        PyObject init = type.lookup("__init__");
        if (init == null || init instanceof PyMethodDescriptor d && d.owner().builtin) {
            return;
        }
        Ops.callInit(rt, init, self, a, kw);
    }

    static PyObject bool(boolean b) {
        return b ? PyBool.TRUE : PyBool.FALSE;
    }

    /** The result of a comparison, from the sign of a difference. */
    static PyObject compared(String op, int c) {
        switch (op) {
            case "__eq__":
                return bool(c == 0);
            case "__ne__":
                return bool(c != 0);
            case "__lt__":
                return bool(c < 0);
            case "__le__":
                return bool(c <= 0);
            case "__gt__":
                return bool(c > 0);
            default:
                return bool(c >= 0);
        }
    }

    static final String[] COMPARISONS = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};

    /** 2.7's cmperror. */
    PyError cmpError(PyObject a, PyObject b) {
        return PyError.raise("TypeError", "can't compare " + typeName(a) + " to " + typeName(b));
    }

    // ------------------------------------------------------------------ values

    Values.Delta delta(BigInteger us) {
        return delta(deltaType, us);
    }

    Values.Delta delta(PyType type, BigInteger us) {
        BigInteger[] dr = us.divideAndRemainder(Values.US_PER_DAY);
        BigInteger days = dr[0];
        long rem = dr[1].longValue();
        if (rem < 0) {
            rem += 86_400_000_000L;
            days = days.subtract(BigInteger.ONE);
        }
        if (days.bitLength() > 31) {
            throw PyError.raise("OverflowError", "Python int too large to convert to C int");
        }
        if (days.abs().compareTo(BigInteger.valueOf(999_999_999L)) > 0) {
            throw PyError.raise("OverflowError", "days=" + days + "; must have magnitude <= 999999999");
        }
        return new Values.Delta(rt, type, days.longValue(), (int) (rem / 1_000_000L), (int) (rem % 1_000_000L));
    }

    static void checkDate(long y, long m, long d) {
        if (y < 1 || y > 9999) {
            throw PyError.raise("ValueError", "year is out of range");
        }
        if (m < 1 || m > 12) {
            throw PyError.raise("ValueError", "month must be in 1..12");
        }
        if (d < 1 || d > CivilTime.daysInMonth(y, (int) m)) {
            throw PyError.raise("ValueError", "day is out of range for month");
        }
    }

    static void checkTime(int h, int mi, int s, int us) {
        if (h < 0 || h > 23) {
            throw PyError.raise("ValueError", "hour must be in 0..23");
        }
        if (mi < 0 || mi > 59) {
            throw PyError.raise("ValueError", "minute must be in 0..59");
        }
        if (s < 0 || s > 59) {
            throw PyError.raise("ValueError", "second must be in 0..59");
        }
        if (us < 0 || us > 999_999) {
            throw PyError.raise("ValueError", "microsecond must be in 0..999999");
        }
    }

    /** A tzinfo argument: None (null) or a tzinfo instance. */
    PyObject tzArg(PyObject tz) {
        if (tz == null || tz == PyNone.NONE) {
            return null;
        }
        if (!rt.types.of(tz).isSubtypeOf(tzinfoType)) {
            throw PyError.raise("TypeError", "tzinfo argument must be None or of a tzinfo subclass, not type '" + Ops.typeName(rt, tz) + "'");
        }
        return tz;
    }

    Values.DateV date(PyType type, long y, long m, long d) {
        checkDate(y, m, d);
        return new Values.DateV(rt, type, (int) y, (int) m, (int) d);
    }

    Values.DateV dateFromOrdinal(PyType type, long ord) {
        if (ord < 1 || ord > MAXORDINAL) {
            throw PyError.raise("OverflowError", "date value out of range");
        }
        long[] ymd = CivilTime.civilFromDays(ord - 719_163L);
        return date(type, ymd[0], ymd[1], ymd[2]);
    }

    Values.DateTimeV datetime(PyType type, long y, long m, long d, int h, int mi, int s, int us, PyObject tz) {
        checkDate(y, m, d);
        checkTime(h, mi, s, us);
        Values.DateTimeV v = new Values.DateTimeV(rt, type, (int) y, (int) m, (int) d, h, mi, s, us, tz);
        v.hasher = this::hashDateTime;
        return v;
    }

    /** The datetime {@code us} microseconds after the start of ordinal day 0 (proleptic). */
    Values.DateTimeV datetimeFromStamp(PyType type, BigInteger us, PyObject tz) {
        BigInteger[] dr = us.divideAndRemainder(Values.US_PER_DAY);
        long ord = dr[0].longValue();
        long rem = dr[1].longValue();
        if (rem < 0) {
            rem += 86_400_000_000L;
            ord--;
        }
        if (dr[0].bitLength() > 40 || ord < 1 || ord > MAXORDINAL) {
            throw PyError.raise("OverflowError", "date value out of range");
        }
        long[] ymd = CivilTime.civilFromDays(ord - 719_163L);
        long secs = rem / 1_000_000L;
        return datetime(type, ymd[0], ymd[1], ymd[2], (int) (secs / 3600), (int) (secs / 60 % 60), (int) (secs % 60),
                (int) (rem % 1_000_000L), tz);
    }

    Values.TimeV time(PyType type, int h, int mi, int s, int us, PyObject tz) {
        checkTime(h, mi, s, us);
        Values.TimeV v = new Values.TimeV(rt, type, h, mi, s, us, tz);
        v.hasher = this::hashTime;
        return v;
    }

    // ------------------------------------------------------------------ tzinfo calls

    /**
     * {@code tz.<which>(arg)} as whole minutes, null for None: 2.7 insists on a timedelta of whole minutes under a day.
     */
    Integer offset(PyObject tz, String which, PyObject arg) {
        if (tz == null) {
            return null;
        }
        PyObject r = Ops.call(rt, Ops.getattr(rt, tz, which), arg);
        if (r == PyNone.NONE) {
            return null;
        }
        if (!(r instanceof Values.Delta d)) {
            throw PyError.raise("TypeError", "tzinfo." + which + "() must return None or timedelta, not '" + Ops.typeName(rt, r) + "'");
        }
        if (d.us != 0 || d.seconds % 60 != 0) {
            throw PyError.raise("ValueError", "tzinfo." + which + "() must return a whole number of minutes");
        }
        long minutes = d.days * 1440 + d.seconds / 60;
        if (minutes < -1439 || minutes > 1439) {
            throw PyError.raise("ValueError", "tzinfo." + which + "() returned " + minutes + "; must be in -1439 .. 1439");
        }
        return (int) minutes;
    }

    /** {@code tz.tzname(arg)}: None (null) or a str. */
    String tzname(PyObject tz, PyObject arg) {
        if (tz == null) {
            return null;
        }
        PyObject r = Ops.call(rt, Ops.getattr(rt, tz, "tzname"), arg);
        if (r == PyNone.NONE) {
            return null;
        }
        if (r instanceof PyBytes b) {
            return Strings.latin1(b.bytes());
        }
        if (r instanceof PyStr s) {
            return s.value();
        }
        throw PyError.raise("TypeError", "tzinfo.tzname() must return None or a string, not '" + Ops.typeName(rt, r) + "'");
    }

    PyObject offsetDelta(Integer minutes) {
        return minutes == null ? PyNone.NONE : delta(BigInteger.valueOf(minutes * 60_000_000L));
    }

    /** {@code +HH:MM} (or with no separator) for an offset in minutes. */
    static String formatOffset(int minutes, String sep) {
        char sign = minutes < 0 ? '-' : '+';
        int a = Math.abs(minutes);
        return String.format("%c%02d%s%02d", sign, a / 60, sep, a % 60);
    }

    private long hashDateTime(Values.DateTimeV v) {
        Integer off = offset(v.tz, "utcoffset", v);
        if (off == null) {
            return PyBytes.of(v.state()).hash(rt.lang);
        }
        long seconds = v.hour * 3600L + (v.minute - off) * 60L + v.second;
        return org.pyvm.core.objects.PyTuple.of(PyInt.of(v.ordinal()), PyInt.of(seconds), PyInt.of(v.us)).hash(rt.lang);
    }

    private long hashTime(Values.TimeV v) {
        Integer off = offset(v.tz, "utcoffset", PyNone.NONE);
        if (off == null || off == 0) {
            return PyBytes.of(v.state()).hash(rt.lang);
        }
        int total = v.hour * 60 + v.minute - off;
        int h = Math.floorDiv(total, 60);
        int mi = Math.floorMod(total, 60);
        if (h >= 0 && h < 24) {
            return PyBytes.of(new byte[] {(byte) h, (byte) mi, (byte) v.second, (byte) (v.us >> 16), (byte) (v.us >> 8), (byte) v.us})
                    .hash(rt.lang);
        }
        return org.pyvm.core.objects.PyTuple.of(PyInt.of(h), PyInt.of(mi), PyInt.of(v.second), PyInt.of(v.us)).hash(rt.lang);
    }

    // ------------------------------------------------------------------ clocks and formatting

    /** A timestamp argument as 2.7 reads it (a float), with its errors. */
    double timestamp(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        BigInteger b = Args.integer(o);
        if (b != null) {
            return b.doubleValue();
        }
        PyObject m = Ops.getattrOrNull(rt, o, "__float__");
        if (m == null || o instanceof PyBytes || o instanceof PyStr) {
            throw PyError.raise("TypeError", "a float is required");
        }
        PyObject v = Ops.call(rt, m);
        if (v instanceof PyFloat f) {
            return f.value;
        }
        throw PyError.raise("TypeError", "a float is required");
    }

    /** {seconds, microseconds} of a timestamp, rounded as 2.7's datetime_from_timestamp does. */
    static long[] split(double ts) {
        if (!(ts > -9.223372036854776E18 && ts < 9.223372036854776E18)) {
            throw PyError.raise("ValueError", "timestamp out of range for platform time_t");
        }
        long t = (long) ts;
        double frac = ts - t;
        double x = frac * 1e6;
        long us = (long) (x < 0 ? Math.ceil(x - 0.5) : Math.floor(x + 0.5));
        if (us < 0) {
            t -= 1;
            us += 1_000_000;
        }
        if (us == 1_000_000) {
            t += 1;
            us = 0;
        }
        return new long[] {t, us};
    }

    /** The broken-down time of {@code t}: in UTC, or in the host's zone. */
    CivilTime.Tm breakDown(long t, boolean utc) {
        if (Math.abs(t) > 67_767_976_233_316_800L) {
            throw PyError.raise("ValueError", "timestamp out of range for platform localtime()/gmtime() function");
        }
        if (utc) {
            return CivilTime.breakDown(t, 0, 0, null);
        }
        java.time.zone.ZoneRules rules = java.time.ZoneId.systemDefault().getRules();
        java.time.Instant at = java.time.Instant.ofEpochSecond(Math.max(java.time.Instant.MIN.getEpochSecond(),
                Math.min(java.time.Instant.MAX.getEpochSecond(), t)));
        return CivilTime.breakDown(t, rules.getOffset(at).getTotalSeconds(), rules.isDaylightSavings(at) ? 1 : 0, null);
    }

    /** The current time as {seconds, microseconds}. */
    static long[] now() {
        java.time.Instant n = java.time.Instant.now();
        return new long[] {n.getEpochSecond(), n.getNano() / 1000};
    }

    /** A strftime format argument's text. */
    String formatArg(PyObject o) {
        if (o instanceof PyBytes b) {
            return Strings.latin1(b.bytes());
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyError.raise("TypeError", "strftime() argument 1 must be string or read-only buffer, not " + Ops.argumentTypeName(rt, o));
    }

    /**
     * 2.7's wrap_strftime: %z, %Z and %f are replaced from the object, then time.strftime formats the rest with the
     * time tuple.
     */
    PyObject strftime(String fmt, CivilTime.Tm tm, int us, PyObject tz, PyObject tzArg) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                out.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            if (d == 'z') {
                Integer off = offset(tz, "utcoffset", tzArg);
                if (off != null) {
                    out.append(formatOffset(off, ""));
                }
            } else if (d == 'Z') {
                String name = tzname(tz, tzArg);
                if (name != null) {
                    out.append(name.replace("%", "%%"));
                }
            } else if (d == 'f') {
                out.append(String.format("%06d", us));
            } else {
                out.append('%').append(d);
            }
        }
        String zone = "";
        PyObject time = Ops.call(rt, rt.builtins.get(rt.name("__import__")), text("time"));
        PyObject tzn = Ops.getattrOrNull(rt, time, "tzname");
        if (tzn instanceof org.pyvm.core.objects.PyTuple t && t.size() == 2) {
            zone = Ops.str(rt, t.get(tm.isdst() > 0 ? 1 : 0));
        }
        return text(TimeFormat.strftime(out.toString(), tm, zone, x -> x.toEpoch(0)));
    }

    /** The struct_time of a value's time tuple. */
    PyObject structTime(CivilTime.Tm tm) {
        PyObject time = Ops.call(rt, rt.builtins.get(rt.name("__import__")), text("time"));
        PyObject st = Ops.getattr(rt, time, "struct_time");
        return Ops.call(rt, st, org.pyvm.core.objects.PyTuple.of(PyInt.of(tm.year()), PyInt.of(tm.mon() + 1), PyInt.of(tm.mday()),
                PyInt.of(tm.hour()), PyInt.of(tm.min()), PyInt.of(tm.sec()), PyInt.of((tm.wday() + 6) % 7), PyInt.of(tm.yday() + 1),
                PyInt.of(tm.isdst())));
    }

    /** A struct tm for the given fields (weekday and day of year computed). */
    static CivilTime.Tm tm(int y, int m, int d, int h, int mi, int s, int isdst) {
        long days = CivilTime.daysFromCivil(y, m, d);
        int wdayC = (CivilTime.weekday(days) + 1) % 7;
        return new CivilTime.Tm(y, m - 1, d, h, mi, s, wdayC, CivilTime.dayOfYear(y, m, d) - 1, isdst, null, 0);
    }

    /** A value's type by CPython's tp_name ({@code datetime.date}; a program's subclass by its own name), as reprs and
     * datetime's own messages give it. */
    String typeName(PyObject o) {
        return o instanceof Native n ? n.typeName(rt.lang) : Ops.typeName(rt, o);
    }

    /** {@code o.name(args...)}. */
    PyObject call(PyObject o, String name, PyObject... args) {
        return Ops.call(rt, Ops.getattr(rt, o, name), args);
    }

}
