package org.pyvm.core.modules;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * The {@code time} module (C in CPython): the clocks, {@code struct_time}, gmtime/localtime/mktime, asctime/ctime,
 * strftime in the C locale, strptime through the pure-Python {@code _strptime} as CPython does, and the local zone
 * ({@code timezone}, {@code altzone}, {@code daylight}, {@code tzname}) computed as CPython computes it on glibc.
 * The local zone is the JVM's default zone, which follows the TZ environment variable (an unknown TZ is UTC, as
 * glibc's is); {@code tzset} cannot see a TZ the program sets, since the JVM's environment never changes.
 */
public final class TimeModule {
    private static final long START = System.nanoTime();
    private final Runtime rt;
    private final boolean py2;
    private final PyType structTime;
    private final ZoneId zone = ZoneId.systemDefault();
    private PyModule module;
    private String[] tzname = {"UTC", "UTC"};

    private TimeModule(Runtime rt) {
        this.rt = rt;
        this.py2 = rt.lang.major() == 2;
        this.structTime = StructTime.newType(rt);
    }

    public static PyModule create(Runtime rt) {
        return new TimeModule(rt).build();
    }

    private PyModule build() {
        ModuleBuilder m = new ModuleBuilder(rt, "time");
        clocks(m);
        m.put("struct_time", structTime);
        m.def("gmtime", (a, kw) -> {
            ModuleSupport.count(false, "gmtime", a, kw, 0, 1);
            long t = when(a);
            return StructTime.of(rt, structTime, utc(t));
        });
        m.def("localtime", (a, kw) -> {
            ModuleSupport.count(false, "localtime", a, kw, 0, 1);
            return StructTime.of(rt, structTime, local(when(a)));
        });
        m.def("mktime", (a, kw) -> {
            ModuleSupport.count(false, "mktime", a, kw, 1, 1);
            CivilTime.Tm tm = StructTime.read(rt, a[0], "mktime", accept2dyear());
            return PyFloat.of(mktime(tm));
        });
        m.def("asctime", (a, kw) -> {
            ModuleSupport.count(false, "asctime", a, kw, 0, 1);
            CivilTime.Tm tm = a.length == 0 ? local(now()) : StructTime.check(StructTime.read(rt, a[0], "asctime", accept2dyear()));
            return Strings.text(rt, TimeFormat.asctime(tm));
        });
        m.def("ctime", (a, kw) -> {
            ModuleSupport.count(false, "ctime", a, kw, 0, 1);
            return Strings.text(rt, TimeFormat.asctime(local(when(a))));
        });
        m.def("strftime", (a, kw) -> {
            ModuleSupport.count(false, "strftime", a, kw, 1, 2);
            String fmt = StructTime.formatText(rt, a[0], "strftime");
            CivilTime.Tm tm = a.length == 1 ? local(now()) : StructTime.check(StructTime.read(rt, a[1], "strftime", accept2dyear()));
            return Strings.text(rt, strftime(fmt, tm));
        });
        m.def("strptime", (a, kw) -> {
            PyObject mod = Ops.call(rt, rt.builtins.get(rt.name("__import__")), Strings.text(rt, "_strptime"));
            return Ops.call(rt, Ops.getattr(rt, mod, "_strptime_time"), a, kw);
        });
        m.def("tzset", (a, kw) -> {
            ModuleSupport.count(false, "tzset", a, kw, 0, 0);
            zoneConstants();
            return PyNone.NONE;
        });
        if (py2) {
            m.put("accept2dyear", PyInt.of(1));
        } else {
            m.put("_STRUCT_TM_ITEMS", PyInt.of(11));
        }
        module = m.build();
        zoneConstants();
        return module;
    }

    private void clocks(ModuleBuilder m) {
        m.def("time", (a, kw) -> PyFloat.of(py2 ? microsecondSeconds(epochNanos()) : seconds(epochNanos())));
        m.def("sleep", (a, kw) -> {
            ModuleSupport.count(false, "sleep", a, kw, 1, 1);
            if (!py2 && !(a[0] instanceof PyFloat) && ModuleSupport.integer(rt, a[0]) == null) {
                throw notInteger(a[0]);
            }
            double s = MathModule.real(rt, a[0]);
            if (s < 0) {
                if (py2) {
                    throw PyError.raiseArgs("IOError", PyInt.of(22), Strings.text(rt, "Invalid argument"));
                }
                throw PyError.raise("ValueError", "sleep length must be non-negative");
            }
            try {
                Thread.sleep((long) (s * 1000), (int) ((s * 1e9) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PyNone.NONE;
        });
        if (py2 || rt.lang.minor() < 8) {
            m.def("clock", (a, kw) -> PyFloat.of((System.nanoTime() - START) / 1e9));
        }
        if (!py2) {
            m.def("monotonic", (a, kw) -> PyFloat.of(System.nanoTime() / 1e9));
            m.def("perf_counter", (a, kw) -> PyFloat.of(System.nanoTime() / 1e9));
            m.def("process_time", (a, kw) -> PyFloat.of((System.nanoTime() - START) / 1e9));
            m.def("get_clock_info", (a, kw) -> {
                ModuleSupport.count(rt, "get_clock_info", a, kw, 1, 1);
                String name = org.pyvm.core.runtime.Ops.str(rt, a[0]);
                boolean before37 = rt.lang.minor() < 7;
                String impl;
                boolean monotonic = true;
                double resolution = 1e-09;
                switch (name) {
                    case "time":
                        impl = "clock_gettime(CLOCK_REALTIME)";
                        monotonic = false;
                        break;
                    case "monotonic":
                    case "perf_counter":
                        impl = "clock_gettime(CLOCK_MONOTONIC)";
                        break;
                    case "process_time":
                        impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
                        break;
                    case "thread_time":
                        if (before37) {
                            throw PyError.raise("ValueError", "unknown clock");
                        }
                        impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
                        break;
                    case "clock":
                        if (!before37 && rt.lang.minor() >= 8) {
                            throw PyError.raise("ValueError", "unknown clock");
                        }
                        impl = "clock()";
                        resolution = 1e-06;
                        break;
                    default:
                        throw PyError.raise("ValueError", "unknown clock");
                }
                // a types.SimpleNamespace, as CPython's: made in this order
                org.pyvm.core.objects.PyObject sys = rt.modules.get(rt.name("sys"));
                org.pyvm.core.objects.PyObject ns = rt.types.of(org.pyvm.core.runtime.Ops.getattr(rt, sys, "implementation"));
                return org.pyvm.core.runtime.Ops.call(rt, ns, new org.pyvm.core.objects.PyObject[] {
                    org.pyvm.core.objects.PyStr.of(impl), org.pyvm.core.objects.PyBool.of(monotonic),
                    org.pyvm.core.objects.PyBool.of(!monotonic), PyFloat.of(resolution)},
                    new String[] {"implementation", "monotonic", "adjustable", "resolution"});
            });
            if (rt.lang.minor() >= 7) {
                m.def("time_ns", (a, kw) -> PyInt.of(epochNanos()));
                m.def("monotonic_ns", (a, kw) -> PyInt.of(System.nanoTime()));
                m.def("perf_counter_ns", (a, kw) -> PyInt.of(System.nanoTime()));
                m.def("process_time_ns", (a, kw) -> PyInt.of(System.nanoTime() - START));
            }
        }
    }

    private PyObject accept2dyear() {
        return py2 ? module.dict.get(rt.name("accept2dyear")) : null;
    }

    /**
     * The wall clock as CPython 3 reads it, clock_gettime(CLOCK_REALTIME): nanoseconds since the epoch. (It was
     * System.currentTimeMillis, so time.time() moved in whole milliseconds and timing a short loop gave 0.0.)
     */
    public static long epochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** Nanoseconds as seconds, rounded as CPython's _PyTime_AsSecondsDouble rounds them (whole seconds exactly). */
    private static double seconds(long nanos) {
        return nanos % 1_000_000_000L == 0 ? (double) (nanos / 1_000_000_000L) : nanos / 1e9;
    }

    /** 2.7's floattime: gettimeofday's seconds plus its microseconds times 0.000001. */
    private static double microsecondSeconds(long nanos) {
        return (double) Math.floorDiv(nanos, 1_000_000_000L) + Math.floorMod(nanos, 1_000_000_000L) / 1000 * 0.000001;
    }

    private static long now() {
        return Math.floorDiv(System.currentTimeMillis(), 1000L);
    }

    /** The optional seconds argument of gmtime, localtime and ctime (C's parse_time_t_args), now when absent or None. */
    private long when(PyObject[] a) {
        if (a.length == 0 || a[0] == PyNone.NONE) {
            return now();
        }
        PyObject o = a[0];
        if (py2) {
            double d = MathModule.real(rt, o);
            if (Double.isNaN(d)) {
                throw PyError.raiseArgs("ValueError", PyInt.of(75), Strings.text(rt, "Value too large for defined data type"));
            }
            if (!(d > -9.223372036854776E18 && d < 9.223372036854776E18)) {
                throw PyError.raise("ValueError", "timestamp out of range for platform time_t");
            }
            return (long) d;
        }
        if (o instanceof PyFloat f) {
            if (Double.isNaN(f.value)) {
                throw PyError.raise("ValueError", "Invalid value NaN (not a number)");
            }
            double d = Math.floor(f.value);
            if (!(d >= -9.223372036854776E18 && d < 9.223372036854776E18)) {
                throw PyError.raise("OverflowError", "timestamp out of range for platform time_t");
            }
            return (long) d;
        }
        BigInteger b = ModuleSupport.integer(rt, o);
        if (b == null) {
            throw notInteger(o);
        }
        if (b.bitLength() >= 64) {
            throw PyError.raise("OverflowError", "timestamp out of range for platform time_t");
        }
        return b.longValue();
    }

    /** 3.x's TypeError for a seconds argument that is neither float nor int. */
    private PyError notInteger(PyObject o) {
        return PyError.raise("TypeError", rt.lang.minor() >= 10 ? "'" + Ops.typeName(rt, o) + "' object cannot be interpreted as an integer"
                : "an integer is required (got type " + Ops.typeName(rt, o) + ")");
    }

    /** C's EOVERFLOW when the year does not fit struct tm's int. */
    private CivilTime.Tm fits(CivilTime.Tm tm) {
        if (tm.year() - 1900 > Integer.MAX_VALUE || tm.year() - 1900 < Integer.MIN_VALUE) {
            throw PyError.raiseArgs(py2 ? "ValueError" : "OSError", PyInt.of(75), Strings.text(rt, "Value too large for defined data type"));
        }
        return tm;
    }

    private CivilTime.Tm utc(long t) {
        return fits(CivilTime.breakDown(t, 0, 0, py2 ? null : "GMT"));
    }

    private CivilTime.Tm local(long t) {
        ZoneRules rules = zone.getRules();
        Instant at = Instant.ofEpochSecond(Math.max(Instant.MIN.getEpochSecond(), Math.min(Instant.MAX.getEpochSecond(), t)));
        ZoneOffset off = rules.getOffset(at);
        boolean dst = rules.isDaylightSavings(at);
        return fits(CivilTime.breakDown(t, off.getTotalSeconds(), dst ? 1 : 0, abbreviation(at)));
    }

    private String abbreviation(Instant at) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.ROOT).format(at.atZone(zone));
        } catch (java.time.DateTimeException e) {
            return tzname[0];
        }
    }

    /** C's mktime: the local time of the (normalised) fields as seconds since the epoch. */
    private long mktime(CivilTime.Tm tm) {
        long guess = tm.toEpoch(0);
        ZoneRules rules = zone.getRules();
        long offset;
        if (Math.abs(guess) > 31_000_000_000_000_000L) {
            // past java.time's range: the zone's offset at its far end (no transitions there)
            offset = rules.getOffset(guess < 0 ? Instant.MIN : Instant.MAX).getTotalSeconds();
            return guess - offset;
        }
        try {
            LocalDateTime ldt = LocalDateTime.ofEpochSecond(guess, 0, ZoneOffset.UTC);
            List<ZoneOffset> valid = rules.getValidOffsets(ldt);
            if (valid.size() == 1) {
                offset = valid.get(0).getTotalSeconds();
            } else if (valid.isEmpty()) {
                offset = rules.getTransition(ldt).getOffsetBefore().getTotalSeconds();
            } else {
                offset = (tm.isdst() == 0 ? valid.get(1) : valid.get(0)).getTotalSeconds();
            }
        } catch (java.time.DateTimeException e) {
            throw PyError.raise("OverflowError", "mktime argument out of range");
        }
        long t = guess - offset;
        if (tm.year() + Math.floorDiv((long) tm.mon(), 12L) - 1900 > Integer.MAX_VALUE) {
            throw PyError.raise("OverflowError", "mktime argument out of range");
        }
        return t;
    }

    private String strftime(String fmt, CivilTime.Tm tm) {
        int isdst = Math.max(-1, Math.min(1, tm.isdst()));
        String z = tm.zone() != null ? tm.zone() : isdst < 0 ? "" : tzname[isdst];
        return TimeFormat.strftime(fmt, tm, z, this::mktime);
    }

    /** timezone, altzone, daylight and tzname from January and July of this year, as CPython's init_timezone on glibc. */
    private void zoneConstants() {
        long year = (365L * 24 + 6) * 3600;
        long t = now() / year * year;
        CivilTime.Tm jan = local(t);
        CivilTime.Tm jul = local(t + year / 2);
        long janzone = -jan.gmtoff();
        long julzone = -jul.gmtoff();
        String janname = jan.zone();
        String julname = jul.zone();
        boolean swap = janzone < julzone;
        tzname = swap ? new String[] {julname, janname} : new String[] {janname, julname};
        module.dict.put(rt.name("timezone"), PyInt.of(swap ? julzone : janzone));
        module.dict.put(rt.name("altzone"), PyInt.of(swap ? janzone : julzone));
        module.dict.put(rt.name("daylight"), PyInt.of(janzone != julzone ? 1 : 0));
        module.dict.put(rt.name("tzname"), PyTuple.of(Strings.text(rt, tzname[0]), Strings.text(rt, tzname[1])));
    }
}
