package org.pyvm.core.modules;

import java.util.function.ToLongFunction;

/**
 * The C library's {@code strftime} and {@code asctime} in the C locale, as glibc writes them (flags
 * {@code _ - 0 ^ #}, a field width, the {@code E}/{@code O} modifiers; an unknown directive is copied as it is).
 * {@code time.strftime} and 2.7's {@code datetime} format through it.
 */
public final class TimeFormat {
    private static final String[] DAY_ABBR = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] MON_ABBR = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private TimeFormat() {
    }

    /** asctime's text: {@code Sun Jan  1 00:00:00 2020}. */
    public static String asctime(CivilTime.Tm tm) {
        return String.format("%s %s%3d %02d:%02d:%02d %d", DAY_ABBR[tm.wday()], MON_ABBR[tm.mon()], tm.mday(), tm.hour(),
                tm.min(), tm.sec(), tm.year());
    }

    /**
     * Formats {@code tm} (checked already: month, weekday in range). {@code zone} is what %Z prints; {@code mktime}
     * gives %s.
     */
    public static String strftime(String fmt, CivilTime.Tm tm, String zone, ToLongFunction<CivilTime.Tm> mktime) {
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i++;
            char pad = 0;
            boolean upper = false;
            boolean swap = false;
            while (i < n && "_-0^#".indexOf(fmt.charAt(i)) >= 0) {
                char f = fmt.charAt(i++);
                if (f == '^') {
                    upper = true;
                } else if (f == '#') {
                    swap = true;
                } else {
                    pad = f;
                }
            }
            int width = -1;
            while (i < n && Character.isDigit(fmt.charAt(i))) {
                width = Math.max(width, 0) * 10 + (fmt.charAt(i++) - '0');
            }
            while (i < n && (fmt.charAt(i) == 'E' || fmt.charAt(i) == 'O')) {
                i++;
            }
            if (i >= n) {
                out.append(fmt, start, n);
                break;
            }
            char d = fmt.charAt(i++);
            String s = directive(d, tm, zone, mktime, pad, width);
            if (s == null) {
                out.append(fmt, start, i);
                continue;
            }
            if (Character.isLetter(s.isEmpty() ? '0' : s.charAt(0)) || d == 'c' || d == 'x' || d == 'X' || d == 'r' || d == 'Z') {
                if (upper) {
                    s = s.toUpperCase(java.util.Locale.ROOT);
                } else if (swap) {
                    s = d == 'p' ? s.toLowerCase(java.util.Locale.ROOT) : s.toUpperCase(java.util.Locale.ROOT);
                }
                if (width > s.length()) {
                    s = (pad == '0' ? "0" : " ").repeat(width - s.length()) + s;
                }
            }
            out.append(s);
        }
        return out.toString();
    }

    private static String num(long v, int digits, char defaultPad, char pad, int width) {
        int w = width >= 0 ? width : digits;
        char p = pad == 0 ? defaultPad : pad;
        if (p == '-') {
            return Long.toString(v);
        }
        String body = Long.toString(Math.abs(v));
        String sign = v < 0 ? "-" : "";
        int fill = w - body.length() - sign.length();
        if (fill <= 0) {
            return sign + body;
        }
        if (p == '_' || p == ' ') {
            return " ".repeat(fill) + sign + body;
        }
        return sign + "0".repeat(fill) + body;
    }

    private static int isoWeekDays(int yday, int wday) {
        int bigEnough = (366 / 7 + 2) * 7;
        return yday - (yday - wday + 4 + bigEnough) % 7 + 4 - 1;
    }

    /** {ISO year, ISO days into its first week} as glibc computes them for %G, %g and %V. */
    private static long[] iso(CivilTime.Tm tm) {
        long year = tm.year();
        int days = isoWeekDays(tm.yday(), tm.wday());
        if (days < 0) {
            year--;
            days = isoWeekDays(tm.yday() + (CivilTime.isLeap(year) ? 366 : 365), tm.wday());
        } else {
            int d = isoWeekDays(tm.yday() - (CivilTime.isLeap(year) ? 366 : 365), tm.wday());
            if (d >= 0) {
                year++;
                days = d;
            }
        }
        return new long[] {year, days};
    }

    private static String directive(char d, CivilTime.Tm tm, String zone, ToLongFunction<CivilTime.Tm> mktime, char pad, int width) {
        int hour12 = tm.hour() % 12 == 0 ? 12 : tm.hour() % 12;
        switch (d) {
            case 'a':
                return DAY_ABBR[tm.wday()];
            case 'A':
                return CivilTime.WEEKDAYS[tm.wday()];
            case 'b':
            case 'h':
                return MON_ABBR[tm.mon()];
            case 'B':
                return CivilTime.MONTHS[tm.mon()];
            case 'c':
                return strftime("%a %b %e %H:%M:%S %Y", tm, zone, mktime);
            case 'C':
                return num(Math.floorDiv(tm.year(), 100L), 1, '0', pad, width);
            case 'd':
                return num(tm.mday(), 2, '0', pad, width);
            case 'D':
                return strftime("%m/%d/%y", tm, zone, mktime);
            case 'e':
                return num(tm.mday(), 2, '_', pad, width);
            case 'F':
                return strftime("%Y-%m-%d", tm, zone, mktime);
            case 'G':
                return num(iso(tm)[0], 1, '0', pad, width);
            case 'g':
                return num(Math.floorMod(iso(tm)[0], 100L), 2, '0', pad, width);
            case 'H':
                return num(tm.hour(), 2, '0', pad, width);
            case 'I':
                return num(hour12, 2, '0', pad, width);
            case 'j':
                return num(tm.yday() + 1, 3, '0', pad, width);
            case 'k':
                return num(tm.hour(), 2, '_', pad, width);
            case 'l':
                return num(hour12, 2, '_', pad, width);
            case 'm':
                return num(tm.mon() + 1, 2, '0', pad, width);
            case 'M':
                return num(tm.min(), 2, '0', pad, width);
            case 'n':
                return "\n";
            case 'p':
                return tm.hour() >= 12 ? "PM" : "AM";
            case 'P':
                return tm.hour() >= 12 ? "pm" : "am";
            case 'r':
                return strftime("%I:%M:%S %p", tm, zone, mktime);
            case 'R':
                return strftime("%H:%M", tm, zone, mktime);
            case 's':
                return num(mktime.applyAsLong(tm), 1, '0', pad, width);
            case 'S':
                return num(tm.sec(), 2, '0', pad, width);
            case 't':
                return "\t";
            case 'T':
                return strftime("%H:%M:%S", tm, zone, mktime);
            case 'u':
                return num(tm.wday() == 0 ? 7 : tm.wday(), 1, '0', pad, width);
            case 'U':
                return num((tm.yday() - tm.wday() + 7) / 7, 2, '0', pad, width);
            case 'V':
                return num(iso(tm)[1] / 7 + 1, 2, '0', pad, width);
            case 'w':
                return num(tm.wday(), 1, '0', pad, width);
            case 'W':
                return num((tm.yday() - (tm.wday() - 1 + 7) % 7 + 7) / 7, 2, '0', pad, width);
            case 'x':
                return strftime("%m/%d/%y", tm, zone, mktime);
            case 'X':
                return strftime("%H:%M:%S", tm, zone, mktime);
            case 'y':
                return num(Math.floorMod(tm.year(), 100L), 2, '0', pad, width);
            case 'Y':
                return num(tm.year(), 1, '0', pad, width);
            case 'z': {
                long off = tm.gmtoff();
                long a = Math.abs(off) / 60;
                return (off < 0 ? "-" : "+") + num(a / 60 * 100 + a % 60, 4, '0', pad == '-' ? 0 : pad, width);
            }
            case 'Z':
                return zone;
            case '%':
                return "%";
            default:
                return null;
        }
    }
}
