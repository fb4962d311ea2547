package org.pyvm.core.interp;

import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import java.util.List;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNotImplemented;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * Where the pure-Python datetime module (3.x), which pyvm runs for CPython's C _datetime, shows: the field checks,
 * in _datetime's words (check_date_args and check_time_args say "day is out of range for month" and "year 0 is out
 * of range" where datetime.py raises ValueError('day must be in 1..28', 30)), and a date's hash, which _datetime takes
 * of the 4 bytes of its state where datetime.py hashes a tuple holding them (a set of dates is ordered by it).
 */
final class DatetimeAsC {
    private DatetimeAsC() {
    }

    static void install(Runtime rt, PyModule m) {
        if (m.dict.get(PyStr.of("date")) instanceof org.pyvm.core.objects.PyType date && date.dict.get("_getstate") != null) {
            date.dict.put("__hash__", new org.pyvm.core.objects.PyMethodDescriptor("__hash__", date, (self, a, kw) -> {
                PyObject state = Ops.call(rt, Ops.getattr(rt, self, "_getstate"));
                return PyInt.of(Ops.hash(rt, state instanceof PyTuple t && t.size() == 1 ? t.get(0) : state));
            }));
        }
        installFieldChecks(rt, m);
        readOnlyAttributes(m);
        cMessages(rt, m);
    }

    /** A datetime.py method's errors: the message it raised, and _datetime's words for it (null: the same). */
    private interface Rewording {
        String of(String type, String message);
    }

    /**
     * What datetime.py raises or answers where _datetime says otherwise: naive against aware values, a date minus a
     * datetime (_datetime's date_subtract leaves that to the datetime, which refuses it), results past the range of
     * dates, ordering a time or (3.6) a timedelta against another type
     * (NotImplemented there, so the message is the interpreter's), and comparing a datetime with a date.
     */
    private static void cMessages(Runtime rt, PyModule m) {
        if (!(m.dict.get(PyStr.of("date")) instanceof PyType date) || !(m.dict.get(PyStr.of("datetime")) instanceof PyType datetime)
                || !(m.dict.get(PyStr.of("time")) instanceof PyType time) || !(m.dict.get(PyStr.of("timedelta")) instanceof PyType timedelta)) {
            return;
        }
        Rewording naiveAware = (type, message) -> !type.equals("TypeError") ? null
                : message.equals("cannot compare naive and aware datetimes") ? "can't compare offset-naive and offset-aware datetimes"
                : message.equals("cannot compare naive and aware times") ? "can't compare offset-naive and offset-aware times"
                : message.equals("cannot mix naive and timezone-aware time") ? "can't subtract offset-naive and offset-aware datetimes"
                : null;
        reword(rt, datetime, "_cmp", naiveAware);
        reword(rt, time, "_cmp", naiveAware);
        reword(rt, datetime, "__sub__", naiveAware);
        Rewording range = (type, message) -> type.equals("OverflowError") && message.equals("result out of range") ? "date value out of range" : null;
        for (PyType t : List.of(date, datetime)) {
            for (String name : List.of("__add__", "__radd__", "__sub__")) {
                reword(rt, t, name, range);
            }
        }
        PyObject dateSub = date.dict.get("__sub__");
        if (dateSub != null) {
            date.dict.put("__sub__", new PyMethodDescriptor("__sub__", date, (self, a, kw) ->
                    a.length == 1 && !rt.types.of(self).isSubtypeOf(datetime) && rt.types.of(a[0]).isSubtypeOf(datetime)
                            ? PyNotImplemented.NOT_IMPLEMENTED : call(rt, dateSub, self, a, kw)));
        }
        for (PyType t : List.of(time, timedelta)) {
            for (String name : List.of("__lt__", "__le__", "__gt__", "__ge__")) {
                PyObject own = t.dict.get(name);
                if (own != null) {
                    t.dict.put(name, new PyMethodDescriptor(name, t, (self, a, kw) -> a.length == 1 && !rt.types.of(a[0]).isSubtypeOf(t)
                            ? PyNotImplemented.NOT_IMPLEMENTED : call(rt, own, self, a, kw)));
                }
            }
        }
        String tooLarge = "timedelta # of days is too large: ";
        rewordConstructor(timedelta, (type, message, args) -> {
            if (!type.equals("OverflowError") || !message.startsWith(tooLarge)) {
                return null;
            }
            String days = message.substring(tooLarge.length());
            boolean cInt = new java.math.BigInteger(days).bitLength() < 32; // _datetime holds the days in a C int
            return cInt ? "days=" + days + "; must have magnitude <= 999999999" : "Python int too large to convert to C int";
        }, rt);
        if (m.dict.get(PyStr.of("timezone")) instanceof PyType timezone) {
            String offsetRange = "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).";
            rewordConstructor(timezone, (type, message, args) -> type.equals("ValueError") && message.equals(offsetRange) && args.length > 0
                    ? offsetRange.substring(0, offsetRange.length() - 1) + ", not " + Ops.repr(rt, args[0]) + "." : null, rt);
        }
        requiredDateFields(rt, date);
        requiredDateFields(rt, datetime);
        if (m.dict.get(PyStr.of("_IsoCalendarDate")) instanceof PyType iso && iso.dict.get("__repr__") != null) {
            PyObject own = iso.dict.get("__repr__");
            iso.dict.put("__repr__", new PyMethodDescriptor("__repr__", iso, (self, a, kw) -> { // its C type is datetime.IsoCalendarDate
                PyObject r = call(rt, own, self, a, kw);
                return rt.types.of(self) == iso ? PyStr.of("datetime." + Ops.str(rt, r)) : r;
            }));
        }
        if (m.dict.get(PyStr.of("_cmperror")) != null) {
            m.dict.put(PyStr.of("_cmperror"), new PyBuiltinFunction("_cmperror", (a, kw) -> {
                throw PyError.raise("TypeError", "can't compare " + Ops.typeName(rt, a[0]) + " to " + Ops.typeName(rt, a[1]));
            }));
        }
    }

    /**
     * date(2020, 1) and datetime(2020, 1): datetime.py's month and day default to None (for its pickle form) and fail
     * as None converted to an int, where _datetime's argument parsing says which required argument is missing.
     */
    private static void requiredDateFields(Runtime rt, PyType t) {
        PyType.Constructor own = t.constructor();
        if (own == null) {
            return;
        }
        String[] names = {"year", "month", "day"};
        t.withConstructor((type, args, kwnames) -> {
            int positional = args.length - (kwnames == null ? 0 : kwnames.length);
            boolean pickled = positional > 0 && (args[0] instanceof org.pyvm.core.objects.PyBytes || args[0] instanceof PyStr);
            if (type == t && !pickled) {
                for (int i = 0; i < names.length; i++) {
                    if (i >= positional && (kwnames == null || !List.of(kwnames).contains(names[i]))) {
                        throw PyError.raise("TypeError", rt.lang.minor() >= 7
                                ? "function missing required argument '" + names[i] + "' (pos " + (i + 1) + ")"
                                : "Required argument '" + names[i] + "' (pos " + (i + 1) + ") not found");
                    }
                }
            }
            return own.construct(type, args, kwnames);
        });
    }

    private static PyObject call(Runtime rt, PyObject function, PyObject self, PyObject[] a, String[] kw) {
        PyObject[] all = new PyObject[a.length + 1];
        all[0] = self;
        System.arraycopy(a, 0, all, 1, a.length);
        return Ops.call(rt, function, all, kw);
    }

    /** Method {@code name} of {@code t} as it was, its errors reworded. */
    private static void reword(Runtime rt, PyType t, String name, Rewording words) {
        PyObject own = t.dict.get(name);
        if (own != null) {
            t.dict.put(name, new PyMethodDescriptor(name, t, (self, a, kw) -> {
                try {
                    return call(rt, own, self, a, kw);
                } catch (PyError e) {
                    throw reworded(rt, e, words);
                }
            }));
        }
    }

    /** What a class's constructor raised, and _datetime's words for it given the arguments (null: the same). */
    private interface ConstructorRewording {
        String of(String type, String message, PyObject[] args);
    }

    /** Calling class {@code t} (also from datetime.py's own arithmetic, which makes its results so) with its errors reworded. */
    private static void rewordConstructor(PyType t, ConstructorRewording words, Runtime rt) {
        PyType.Constructor own = t.constructor();
        if (own == null) {
            return;
        }
        t.withConstructor((type, args, kwnames) -> {
            try {
                return own.construct(type, args, kwnames);
            } catch (PyError e) {
                throw reworded(rt, e, (type1, message) -> words.of(type1, message, args));
            }
        });
    }

    private static PyError reworded(Runtime rt, PyError e, Rewording words) {
        PyObject exc = rt.exception(e);
        String type = rt.types.of(exc).name(rt.lang);
        String c = words.of(type, Ops.str(rt, exc));
        return c == null ? e : PyError.raise(type, c);
    }

    /**
     * _datetime's fields are getset descriptors without a setter (a date's year, a time's tzinfo) and, a timedelta's
     * days, seconds and microseconds, read-only members: set or deleted they say "attribute 'year' of 'datetime.date'
     * objects is not writable" and "readonly attribute", where datetime.py's properties say "can't set attribute"
     * (3.6) or "property 'year' of 'date' object has no setter" (3.11).
     */
    private static void readOnlyAttributes(PyModule m) {
        for (String cls : java.util.List.of("date", "time", "datetime", "timedelta")) {
            if (!(m.dict.get(PyStr.of(cls)) instanceof org.pyvm.core.objects.PyType t)) {
                continue;
            }
            for (java.util.Map.Entry<String, PyObject> e : java.util.List.copyOf(t.dict.entrySet())) {
                if (!(e.getValue() instanceof Property p)) {
                    continue;
                }
                String message = cls.equals("timedelta") ? "readonly attribute"
                        : "attribute '" + e.getKey() + "' of 'datetime." + cls + "' objects is not writable";
                Property readOnly = p.readOnlyAs(new PyBuiltinFunction(e.getKey(), (a, kw) -> {
                    throw PyError.raise("AttributeError", message);
                }));
                if (readOnly != null) {
                    t.dict.put(e.getKey(), readOnly);
                }
            }
        }
    }

    /**
     * _check_date_fields and _check_time_fields in _datetime's words. Each converts its arguments with the module's
     * own helper first (3.11's _index, 3.6's _check_int_field), so their TypeErrors stay the module's.
     */
    private static void installFieldChecks(Runtime rt, PyModule m) {
        PyObject convert = m.dict.get(PyStr.of("_index"));
        if (convert == null) {
            convert = m.dict.get(PyStr.of("_check_int_field"));
        }
        PyObject dateChecks = m.dict.get(PyStr.of("_check_date_fields"));
        PyObject timeChecks = m.dict.get(PyStr.of("_check_time_fields"));
        if (convert == null || dateChecks == null || timeChecks == null) {
            return; // another datetime.py than 3.6's and 3.11's: left as it is
        }
        PyObject toInt = convert;
        m.dict.put(PyStr.of("_check_date_fields"), new PyBuiltinFunction("_check_date_fields", (a, kw) -> {
            if (a.length != 3 || kw != null && kw.length > 0) {
                return Ops.call(rt, dateChecks, a, kw);
            }
            PyObject[] v = converted(rt, toInt, a);
            Long year = small(v[0]);
            Long month = small(v[1]);
            Long day = small(v[2]);
            if (year == null || month == null || day == null) {
                return Ops.call(rt, dateChecks, v, null); // past a C int: datetime.py's own answer
            }
            if (year < 1 || year > 9999) {
                throw PyError.raise("ValueError", "year " + year + " is out of range");
            }
            if (month < 1 || month > 12) {
                throw PyError.raise("ValueError", "month must be in 1..12");
            }
            if (day < 1 || day > daysInMonth(year, month)) {
                throw PyError.raise("ValueError", "day is out of range for month");
            }
            return PyTuple.of(v);
        }));
        m.dict.put(PyStr.of("_check_time_fields"), new PyBuiltinFunction("_check_time_fields", (a, kw) -> {
            if (a.length != 5 || kw != null && kw.length > 0) {
                return Ops.call(rt, timeChecks, a, kw);
            }
            PyObject[] v = converted(rt, toInt, java.util.Arrays.copyOf(a, 4));
            String[] what = {"hour must be in 0..23", "minute must be in 0..59", "second must be in 0..59",
                "microsecond must be in 0..999999"};
            long[] top = {23, 59, 59, 999999};
            for (int i = 0; i < 4; i++) {
                Long x = small(v[i]);
                if (x == null) {
                    return Ops.call(rt, timeChecks, a, null);
                }
                if (x < 0 || x > top[i]) {
                    throw PyError.raise("ValueError", what[i]);
                }
            }
            if (!Ops.eq(rt, a[4], PyInt.of(0)) && !Ops.eq(rt, a[4], PyInt.of(1))) { // datetime.py's "fold not in (0, 1)"
                throw PyError.raise("ValueError", "fold must be either 0 or 1");
            }
            return PyTuple.of(v[0], v[1], v[2], v[3], a[4]);
        }));
    }

    private static PyObject[] converted(Runtime rt, PyObject toInt, PyObject[] a) {
        PyObject[] v = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            v[i] = Ops.call(rt, toInt, a[i]);
        }
        return v;
    }

    /** The value of an int that fits a C long, else null. */
    private static Long small(PyObject o) {
        return o instanceof PyInt i && i.big == null ? i.small : o instanceof org.pyvm.core.objects.PyBool b ? (b.value ? 1L : 0L) : null;
    }

    private static long daysInMonth(long year, long month) {
        if (month == 2) {
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }
}
