# 3.x's datetime is pure Python on top of the time module (struct_time, strftime, gmtime/localtime):
# timetuple, strftime with %z/%Z/%f, timestamps in UTC, timezone objects and strptime.
from datetime import date, datetime, time, timedelta, timezone
import time as _time


def attempt(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, e)


d = date(2024, 2, 29)
print(d.timetuple(), type(d.timetuple()).__name__)
print(d.strftime("%A %d %B %Y (%j) %U %W %G-W%V-%u"), d.ctime(), format(d, "%y/%m/%d"))
dt = datetime(2024, 3, 10, 14, 5, 9, 1234)
print(dt.strftime("%Y-%m-%dT%H:%M:%S.%f [%z] [%Z] %p %I %c"), dt.timetuple()[:9])
aware = datetime(2024, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=-5), "EST"))
print(aware.strftime("%H:%M %z %Z"), aware.utctimetuple(), aware.timestamp())
print(datetime.fromtimestamp(1700000000, timezone.utc), datetime.utcfromtimestamp(1700000000.5))
print(datetime.fromtimestamp(0, timezone(timedelta(hours=5, minutes=30))))
print(datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(2038, 1, 19, 3, 14, 8, tzinfo=timezone.utc).timestamp())
loc = datetime.fromtimestamp(1700000000)
print(loc.timestamp() == 1700000000, _time.mktime(loc.timetuple()) == 1700000000)
print(datetime.strptime("2020-02-03 04:05:06.7", "%Y-%m-%d %H:%M:%S.%f"))
print(datetime.strptime("03/04/21 +0200", "%d/%m/%y %z"))
print(time(9, 30).strftime("%H:%M %Y"), date(1900, 1, 1).strftime("%Y %a"), date(1, 1, 1).strftime("%Y|%m"))
attempt("bad-struct", _time.strftime, "%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))
