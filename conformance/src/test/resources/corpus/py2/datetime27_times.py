# 2.7's datetime: datetime and time values, tzinfo subclasses (offsets in whole minutes), astimezone,
# isoformat and strftime with %z/%Z/%f, combine, utcfromtimestamp, and a program's date subclass.
from datetime import date, datetime, time, timedelta, tzinfo


def attempt(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
        print label, r
    except Exception as e:
        print label, type(e).__name__, e


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return "Fixed(%s)" % self.name

UTC = Fixed(0, "UTC")
EST = Fixed(-300, "EST")
IST = Fixed(330, "IST")

dt = datetime(2024, 3, 10, 14, 5, 9, 1234)
print dt, repr(dt), dt.date(), dt.time(), dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo
print repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 0, 0, 5)), datetime.min, datetime.max, datetime.resolution
print dt.isoformat(), dt.isoformat(" "), dt.ctime(), dt.timetuple(), dt.utctimetuple()[:6]
print dt.strftime("%Y-%m-%d %H:%M:%S.%f %j %p [%z] [%Z]"), "{0:%H:%M}".format(dt), format(dt)
print dt + timedelta(hours=10), dt - timedelta(days=70, microseconds=1235), dt - datetime(2024, 1, 1)
print datetime(2020, 1, 1) - datetime(2020, 1, 1, 0, 0, 0, 1), dt.replace(hour=0, microsecond=0), dt.weekday()
a = datetime(2024, 6, 1, 12, 0, tzinfo=EST)
print a, repr(a), a.utcoffset(), a.dst(), a.tzname(), a.isoformat(), a.strftime("%H:%M %z %Z")
print a.astimezone(UTC), a.astimezone(IST), a.astimezone(IST) == a, a.utctimetuple()[:6], a.timetuple()[8]
b = datetime(2024, 6, 1, 17, 0, tzinfo=UTC)
print a == b, a - b, b - datetime(2024, 6, 1, 12, 0, tzinfo=IST), hash(a) == hash(b), a < b + timedelta(0, 1)
print datetime.combine(date(2020, 2, 2), time(3, 4, 5, 6)), datetime.combine(date(2020, 2, 2), time(1, tzinfo=IST))
print datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(1700000000.25), datetime.utcfromtimestamp(-1.5)
print datetime.fromtimestamp(1700000000, UTC), datetime.fromtimestamp(0, IST)
n = datetime.now()
print type(n).__name__, datetime.now() >= n, date.today() == n.date() or date.today() > n.date(), datetime.utcnow().year >= 2020
print datetime.now(UTC).tzinfo, abs(datetime.now(UTC) - datetime.utcnow().replace(tzinfo=UTC)) < timedelta(seconds=5)
attempt("naive-aware", lambda: a == datetime(2024, 6, 1))
attempt("naive-sub", lambda: a - datetime(2024, 6, 1))
attempt("hour", datetime, 2020, 1, 1, 24)
attempt("second", datetime, 2020, 1, 1, 0, 0, 60)
attempt("micro", datetime, 2020, 1, 1, 0, 0, 0, 1000000)
attempt("tzarg", datetime, 2020, 1, 1, tzinfo=5)
attempt("astz-naive", datetime(2020, 1, 1).astimezone, UTC)
attempt("astz-arg", a.astimezone, 5)
attempt("dt-vs-date", lambda: datetime(2020, 1, 1) < date(2020, 1, 1))
print datetime(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) == datetime(2020, 1, 1)
attempt("combine", datetime.combine, 1, time())
attempt("overflow", lambda: datetime.max + timedelta(0, 0, 1))
attempt("abstract", tzinfo().utcoffset, None)


class Bad(tzinfo):
    def utcoffset(self, dt):
        return timedelta(seconds=30)

attempt("badoffset", datetime(2020, 1, 1, tzinfo=Bad()).utcoffset)

t = time(9, 30, 15, 500)
print t, repr(t), repr(time()), repr(time(1, 2, 3)), t.isoformat(), t.strftime("%H|%M|%S|%f|%Y|%z|"), time.min, time.max
print time(5, tzinfo=IST), time(5, tzinfo=IST).utcoffset(), time(5, tzinfo=IST).tzname(), bool(time()), bool(time(0, 0, 1))
print time(12) < time(13), time(12) == time(12, 0), time(12, tzinfo=UTC) == time(17, tzinfo=Fixed(300, "X")), t.replace(second=0)
attempt("timecmp", lambda: time(1) < time(1, tzinfo=UTC))
attempt("timehour", time, 25)


class Day(date):
    def tomorrow(self):
        return self + timedelta(1)

d = Day(2024, 12, 31)
print type(d).__name__, d, repr(d), d.tomorrow(), type(d.tomorrow()).__name__, isinstance(d, date)
print type(d.replace(day=1)).__name__, type(Day.fromordinal(1)).__name__, Day.fromordinal(2), d == date(2024, 12, 31)
print issubclass(datetime, date), isinstance(dt, date), datetime.__name__, date.__module__
