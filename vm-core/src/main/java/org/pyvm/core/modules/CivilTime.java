package org.pyvm.core.modules;

/**
 * Proleptic Gregorian calendar arithmetic on plain longs (no java.time range limits), shared by
 * {@code time} and 2.7's {@code datetime}: days since 1970-01-01 to and from year, month and day.
 */
public final class CivilTime {
    public static final String[] WEEKDAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    public static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private CivilTime() {
    }

    public static boolean isLeap(long y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    public static int daysInMonth(long y, int month) {
        switch (month) {
            case 2:
                return isLeap(y) ? 29 : 28;
            case 4: case 6: case 9: case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Days from 1970-01-01 to the given date (month 1-12, day 1-31). */
    public static long daysFromCivil(long y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** {year, month, day} of the day {@code z} days after 1970-01-01. */
    public static long[] civilFromDays(long z) {
        z += 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        return new long[] {m <= 2 ? y + 1 : y, m, d};
    }

    /** Day of the week, Monday 0, of the day {@code z} days after 1970-01-01 (a Thursday). */
    public static int weekday(long z) {
        return (int) Math.floorMod(z + 3, 7L);
    }

    /** Day of the year, 1 for January 1st. */
    public static int dayOfYear(long y, int m, int d) {
        return (int) (daysFromCivil(y, m, d) - daysFromCivil(y, 1, 1)) + 1;
    }

    /** The broken-down time (C struct tm conventions) of {@code secs} seconds after the epoch shifted by {@code offset}. */
    public static Tm breakDown(long secs, long offset, int isdst, String zone) {
        long local = secs + offset;
        long days = Math.floorDiv(local, 86400L);
        long rem = Math.floorMod(local, 86400L);
        long[] ymd = civilFromDays(days);
        int wdayC = (weekday(days) + 1) % 7;
        int yday0 = dayOfYear(ymd[0], (int) ymd[1], (int) ymd[2]) - 1;
        return new Tm(ymd[0], (int) ymd[1] - 1, (int) ymd[2], (int) (rem / 3600), (int) (rem / 60 % 60), (int) (rem % 60),
                wdayC, yday0, isdst, zone, offset);
    }

    /**
     * A C {@code struct tm}: the actual year, month 0-11, weekday with Sunday 0, day of year from 0; {@code zone}
     * null when unknown.
     */
    public record Tm(long year, int mon, int mday, int hour, int min, int sec, int wday, int yday, int isdst, String zone,
            long gmtoff) {
        /** Seconds since the epoch of this local time read with {@code offset} (fields normalised as C's timegm does). */
        public long toEpoch(long offset) {
            long y = year + Math.floorDiv((long) mon, 12L);
            int m = (int) Math.floorMod((long) mon, 12L) + 1;
            long days = daysFromCivil(y, m, 1) + mday - 1;
            return days * 86400L + hour * 3600L + min * 60L + sec - offset;
        }
    }
}
