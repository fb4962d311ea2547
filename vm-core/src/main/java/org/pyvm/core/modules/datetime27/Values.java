package org.pyvm.core.modules.datetime27;

import java.math.BigInteger;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Runtime;

/** The values of 2.7's datetime types. */
final class Values {
    static final BigInteger US_PER_DAY = BigInteger.valueOf(86_400_000_000L);
    static final BigInteger US_PER_SECOND = BigInteger.valueOf(1_000_000L);

    private Values() {
    }

    /** A timedelta, normalised: 0 <= seconds < 86400, 0 <= us < 1000000. */
    static final class Delta extends Native {
        final Runtime rt;
        final long days;
        final int seconds;
        final int us;

        Delta(Runtime rt, PyType type, long days, int seconds, int us) {
            super(type);
            this.rt = rt;
            this.days = days;
            this.seconds = seconds;
            this.us = us;
        }

        BigInteger total() {
            return BigInteger.valueOf(days).multiply(US_PER_DAY).add(BigInteger.valueOf(seconds * 1_000_000L + us));
        }

        @Override
        long valueHash() {
            return PyTuple.of(PyInt.of(days), PyInt.of(seconds), PyInt.of(us)).hash(rt.lang);
        }
    }

    /** A date; a datetime is one too. */
    static class DateV extends Native {
        final Runtime rt;
        final int year;
        final int month;
        final int day;

        DateV(Runtime rt, PyType type, int year, int month, int day) {
            super(type);
            this.rt = rt;
            this.year = year;
            this.month = month;
            this.day = day;
        }

        long ordinal() {
            return org.pyvm.core.modules.CivilTime.daysFromCivil(year, month, day) + 719_163L;
        }

        int weekday() {
            return (int) Math.floorMod(ordinal() + 6, 7L);
        }

        byte[] state() {
            return new byte[] {(byte) (year >> 8), (byte) year, (byte) month, (byte) day};
        }

        /** 2.7 hashes a date as the tuple of its pickled state. */
        @Override
        long valueHash() {
            return PyTuple.of(org.pyvm.core.objects.PyBytes.of(state())).hash(rt.lang);
        }
    }

    /** A datetime: a date with a time of day and an optional tzinfo (null when naive). */
    static final class DateTimeV extends DateV {
        final int hour;
        final int minute;
        final int second;
        final int us;
        final PyObject tz;
        /** Set by the module: the hash of an aware value depends on its offset. */
        java.util.function.ToLongFunction<DateTimeV> hasher;

        DateTimeV(Runtime rt, PyType type, int year, int month, int day, int hour, int minute, int second, int us, PyObject tz) {
            super(rt, type, year, month, day);
            this.hour = hour;
            this.minute = minute;
            this.second = second;
            this.us = us;
            this.tz = tz;
        }

        @Override
        byte[] state() {
            return new byte[] {(byte) (year >> 8), (byte) year, (byte) month, (byte) day, (byte) hour, (byte) minute, (byte) second,
                (byte) (us >> 16), (byte) (us >> 8), (byte) us};
        }

        /** Microseconds since 0001-01-01 00:00 minus one day (ordinal-based), ignoring the zone. */
        BigInteger stamp() {
            return BigInteger.valueOf(ordinal()).multiply(US_PER_DAY)
                    .add(BigInteger.valueOf((hour * 3600L + minute * 60L + second) * 1_000_000L + us));
        }

        @Override
        long valueHash() {
            return hasher.applyAsLong(this);
        }
    }

    /** A time of day with an optional tzinfo (null when naive). */
    static final class TimeV extends Native {
        final Runtime rt;
        final int hour;
        final int minute;
        final int second;
        final int us;
        final PyObject tz;
        java.util.function.ToLongFunction<TimeV> hasher;

        TimeV(Runtime rt, PyType type, int hour, int minute, int second, int us, PyObject tz) {
            super(type);
            this.rt = rt;
            this.hour = hour;
            this.minute = minute;
            this.second = second;
            this.us = us;
            this.tz = tz;
        }

        byte[] state() {
            return new byte[] {(byte) hour, (byte) minute, (byte) second, (byte) (us >> 16), (byte) (us >> 8), (byte) us};
        }

        @Override
        long valueHash() {
            return hasher.applyAsLong(this);
        }
    }

    /** A tzinfo (abstract: a program's subclass gives utcoffset, dst and tzname); hashed by identity. */
    static final class TzInfoV extends Native {
        TzInfoV(PyType type) {
            super(type);
        }

        @Override
        long valueHash() {
            return System.identityHashCode(this);
        }
    }
}
