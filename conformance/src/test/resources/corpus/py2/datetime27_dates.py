# 2.7's datetime (a C module): date and timedelta construction, normalisation, reprs, str,
# arithmetic, comparison, ordinals, ISO calendar, strftime, replace, hashing and reducing.
import datetime
from datetime import date, timedelta


def attempt(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
        print label, r
    except Exception as e:
        print label, type(e).__name__, e

print datetime.MINYEAR, datetime.MAXYEAR, date.min, date.max, date.resolution
d = date(2024, 2, 29)
print d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar()
print d.toordinal(), date.fromordinal(d.toordinal()) == d, date.fromordinal(1), date.fromordinal(730120)
print d.isoformat(), d.ctime(), d.timetuple()
print d.strftime("%A %d %B %Y (%j) %a %b %y %m/%d %%"), format(d, "%Y/%m/%d"), "{0:%d.%m.%Y}".format(d), format(d)
print d.replace(year=2023, day=28), d.replace(month=3), date(2020, 1, 31) + timedelta(days=30)
for y in [2004, 2008, 2009, 2010, 2015, 2020, 2021]:
    print y, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar(), date(y, 12, 28).isocalendar()
print date(2024, 3, 1) - date(2024, 2, 1), date(2000, 1, 1) - date(2024, 1, 1), d - timedelta(weeks=52)
print sorted([date(2020, 5, 1), date(2019, 12, 31), date(2020, 1, 1)])
print date(2020, 1, 1) < date(2020, 1, 2), date(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) != 5, date(2020, 1, 1) == "x"
print len(set([date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)])), {date(2020, 1, 1): 1}[date(2020, 1, 1)]
print hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), d.__reduce__()[0](*d.__reduce__()[1]) == d, d.__reduce__()
attempt("month", date, 2020, 13, 1)
attempt("day", date, 2021, 2, 29)
attempt("year", date, 0, 1, 1)
attempt("missing", date, 2020, 1)
attempt("many", date, 2020, 1, 1, 1)
attempt("float", date, 2020.0, 1, 1)
attempt("str", date, "2020", 1, 1)
attempt("kw", date, year=2020, month=2, day=3)
attempt("kwbad", date, 2020, 1, dya=3)
attempt("ordinal0", date.fromordinal, 0)
attempt("overflow", lambda: date.max + timedelta(1))
attempt("underflow", lambda: date.min - timedelta(1))
attempt("before1900", date(1899, 12, 31).strftime, "%Y")
attempt("cmp", lambda: date(2020, 1, 1) < 5)
attempt("replace", d.replace, month=13)
attempt("setattr", setattr, d, "year", 5)

print timedelta(), timedelta(1), timedelta(0, 1), timedelta(0, 0, 1), timedelta(-1), timedelta(0, -1)
print repr(timedelta(1, 2, 3)), repr(timedelta(0, 5)), repr(timedelta(-1, 86399, 999999))
print timedelta(days=1, hours=25, minutes=61, seconds=61, milliseconds=1001, microseconds=1001, weeks=1)
print timedelta(1.5), timedelta(0, 0.5), timedelta(microseconds=2.5), timedelta(microseconds=-2.5), timedelta(hours=-1.25)
print str(timedelta(2, 3661, 5)), str(timedelta(-2)), str(timedelta(-1, 86399, 999999))
t = timedelta(3, 7200, 500)
print t.days, t.seconds, t.microseconds, t.total_seconds(), -t, abs(-t), +t
print t + t, t - timedelta(4), t * 3, 2 * t, t // 7, t / 2, timedelta(-7) / 2
print timedelta.min, timedelta.max, timedelta.resolution, bool(timedelta(0)), bool(timedelta(0, 0, 1))
print timedelta(1) > timedelta(0, 86399), timedelta(1) == timedelta(0, 86400), timedelta(1) != 1
print sorted([timedelta(1), timedelta(-1), timedelta(0, 5)]), timedelta(1, 2, 3).__reduce__()
attempt("tdover", timedelta, 1000000000)
attempt("tdtype", timedelta, "1")
attempt("tdmany", timedelta, 1, 2, 3, 4, 5, 6, 7, 8)
attempt("tdzero", lambda: timedelta(1) // 0)
attempt("tdcmp", lambda: timedelta(1) < 1)
