# time.strptime goes through the pure-Python _strptime (as in CPython) and calendar.timegm turns a
# gmtime tuple back into the timestamp; both need the standard library of the running version.
from __future__ import print_function
import calendar
import time


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


st = time.strptime("2020-03-04 05:06:07", "%Y-%m-%d %H:%M:%S")
print(st)
print(st.tm_yday, st.tm_wday, st.tm_isdst, type(st).__name__)
print(time.strptime("14 Mar 2021", "%d %b %Y")[:3])
print(time.strptime("Tuesday 2023 46", "%A %Y %W")[:3])
print(time.strptime("12:30 PM", "%I:%M %p")[3:5])
print(time.strptime("2000 366", "%Y %j")[:3])
attempt("mismatch", time.strptime, "2020-13-01", "%Y-%m-%d")
attempt("extra", time.strptime, "2020-01-01 junk", "%Y-%m-%d")
for t in [0, 86399, 951782400, 1700000000, 2 ** 31, -1]:
    g = time.gmtime(t)
    print(t, calendar.timegm(g) == t, time.strftime("%Y-%m-%dT%H:%M:%S", g), calendar.timegm(time.strptime(
        time.strftime("%Y-%m-%d %H:%M:%S", g), "%Y-%m-%d %H:%M:%S")) == t)
print(calendar.timegm((2024, 2, 29, 12, 0, 0)), calendar.isleap(2024), calendar.monthrange(2100, 2))
print(time.strftime("%A %d %B %Y", time.strptime("2024-07-04", "%Y-%m-%d")))
