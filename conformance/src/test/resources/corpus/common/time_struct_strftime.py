# time: struct_time as a struct sequence, gmtime of fixed timestamps, strftime in the C locale,
# asctime, mktime/localtime round trips, and the errors of bad time tuples (no local-zone output).
from __future__ import print_function
import time


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


g = time.gmtime(1700000000)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(len(g), g[0], g[-1], g[1:3], tuple(g) == g, list(g)[:3])
print(type(g).__name__, type(g).__module__, time.struct_time.n_sequence_fields)
print(time.gmtime(0))
print(time.gmtime(951782400))  # 2000-02-29
print(time.gmtime(-86400 * 365))
print(time.gmtime(2 ** 33))
print("zone", (g.tm_zone, g.tm_gmtoff) if hasattr(g, "tm_zone") else "none in 2.7")
attempt("setattr", setattr, g, "tm_year", 5)

s = time.struct_time((2021, 3, 14, 15, 9, 26, 6, 73, 0))
print(s, s.tm_yday)
attempt("short", time.struct_time, (1, 2, 3))
attempt("long", time.struct_time, tuple(range(12)))
attempt("notseq", time.struct_time, 5)

fmt = "%Y-%m-%d %H:%M:%S|%a %A %b %B|%j %U %W %w %u|%y %C %e %I %p|%D %T %R %F|%%"
print(time.strftime(fmt, g))
print(time.strftime("%c|%x|%X|%r|%G-W%V-%u|%g", g))
for t in [0, 951782400, 1230681600, 1262217600, 1609372800, 4102444800]:
    tt = time.gmtime(t)
    print(t, time.strftime("%Y %j %U %W %G %V %a", tt), time.asctime(tt))
print(time.strftime("%Y-%m-%d", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%H:%M %q %E", (2020, 5, 6, 7, 8, 9, 2, 127, 0)))
print(time.strftime("", g) == "", time.strftime("plain text", g))
print(time.asctime((2020, 1, 1, 0, 0, 0, 2, 1, 0)), time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))

for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0)]:
    attempt("bad", time.strftime, "%Y", bad)
attempt("asctime-bad", time.asctime, (2020, 13, 1, 0, 0, 0, 0, 1, 0))
attempt("strftime-int", time.strftime, 5)
attempt("strftime-float-item", time.strftime, "%Y", (2020.0, 1, 1, 0, 0, 0, 0, 1, 0))
attempt("gmtime-str", time.gmtime, "x")
attempt("gmtime-2", time.gmtime, 1, 2)

for t in [0, 1700000000, 1234567890, 1000000000]:
    lt = time.localtime(t)
    print(t, time.mktime(lt) == t, time.ctime(t) == time.asctime(lt), lt[6] == time.gmtime(t + 0)[6] or True)
print(time.mktime(time.localtime(1700000000)) - 1700000000)
print(type(time.timezone).__name__, type(time.daylight).__name__, len(time.tzname), time.altzone <= time.timezone)
