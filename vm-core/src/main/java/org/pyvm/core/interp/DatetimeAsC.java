package org.pyvm.core.interp;

import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
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
