package org.pyvm.core.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The calendar arithmetic under time and 2.7's datetime, against java.time and glibc's strftime outputs. */
class CivilTimeTest {
    @Test
    void daysRoundTripAgainstJavaTime() {
        for (long day = -800_000; day <= 2_950_000; day += 997) {
            LocalDate expected = LocalDate.ofEpochDay(day);
            long[] ymd = CivilTime.civilFromDays(day);
            assertArrayEquals(new long[] {expected.getYear(), expected.getMonthValue(), expected.getDayOfMonth()}, ymd);
            assertEquals(day, CivilTime.daysFromCivil(ymd[0], (int) ymd[1], (int) ymd[2]));
            assertEquals(expected.getDayOfWeek().getValue() - 1, CivilTime.weekday(day));
            assertEquals(expected.getDayOfYear(), CivilTime.dayOfYear(ymd[0], (int) ymd[1], (int) ymd[2]));
        }
    }

    @Test
    void breakDownNormalisesNegativeTimes() {
        CivilTime.Tm tm = CivilTime.breakDown(-1, 0, 0, null);
        assertEquals(1969, tm.year());
        assertEquals(11, tm.mon());
        assertEquals(31, tm.mday());
        assertEquals(23, tm.hour());
        assertEquals(59, tm.sec());
        assertEquals(3, tm.wday()); // Wednesday, Sunday 0
        assertEquals(364, tm.yday());
        assertEquals(-1, tm.toEpoch(0));
        // mktime-style normalisation: month 14 of 2020 is February 2021, day 0 the last of January
        assertEquals(CivilTime.breakDown(0, 0, 0, null).toEpoch(0), 0);
        CivilTime.Tm odd = new CivilTime.Tm(2020, 13, 0, 0, 0, 0, 0, 0, 0, null, 0);
        assertEquals(CivilTime.daysFromCivil(2021, 1, 31) * 86400, odd.toEpoch(0));
    }

    @Test
    void strftimeMatchesGlibcInTheCLocale() {
        CivilTime.Tm tm = CivilTime.breakDown(1_700_000_000L, 0, 0, "GMT");
        assertEquals("2023-11-14 22:13:20 Tue Tuesday Nov November 318 46 46 2 23 20 10 PM GMT +0000 %",
                TimeFormat.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %C %I %p %Z %z %%", tm, "GMT", t -> 0));
        assertEquals("Tue Nov 14 22:13:20 2023", TimeFormat.asctime(tm));
        // ISO weeks at year ends: 2008-12-31 is in 2009-W01, 2010-01-01 in 2009-W53
        assertEquals("2009 01 3", TimeFormat.strftime("%G %V %u", CivilTime.breakDown(1_230_681_600L, 0, 0, null), "", t -> 0));
        assertEquals("2009 53 5", TimeFormat.strftime("%G %V %u", CivilTime.breakDown(1_262_304_000L, 0, 0, null), "", t -> 0));
        // flags, widths and unknown directives as glibc treats them (checked against CPython 3.11 on glibc)
        assertEquals(" 5|5|00005|NOV|%q|%E|   11|310|  Thursday|NOV", TimeFormat.strftime("%e|%-d|%5d|%^b|%q|%E|%_5m|%-j|%10A|%#b",
                new CivilTime.Tm(2020, 10, 5, 0, 0, 0, 4, 309, 0, null, 0), "", t -> 0));
    }
}
