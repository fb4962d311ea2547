# 2.7 %-formatting corners: %i named %d in errors, inf/nan to %d, %c range and unicode promotion,
# __str__ returning unicode, and the float errors of str and unicode formats.
class U(object):
    def __str__(self):
        return u"uni"
class Old:
    def __str__(self):
        return u"olduni"
class F(object):
    def __float__(self):
        return 2.5
class I(object):
    def __int__(self):
        return 7
cases = [
    ('"%i" % "a"', lambda: "%i" % "a"),
    ('"%i" % float("inf")', lambda: "%i" % float("inf")),
    ('u"%i" % float("inf")', lambda: u"%i" % float("inf")),
    ('u"%d" % float("nan")', lambda: u"%d" % float("nan")),
    ('"%x" % float("-inf")', lambda: "%x" % float("-inf")),
    ('"%u" % None', lambda: "%u" % None),
    ('"%x" % 3.7', lambda: "%x" % 3.7),
    ('u"%o" % 8.9', lambda: u"%o" % 8.9),
    ('u"%c" % 2**63', lambda: u"%c" % 2**63),
    ('"%c" % 2**63', lambda: "%c" % 2**63),
    ('"%c" % -2**63', lambda: "%c" % -2**63),
    ('"%c" % 256', lambda: "%c" % 256),
    ('"%c" % -1', lambda: "%c" % -1),
    ('u"%c" % 2**31', lambda: u"%c" % 2**31),
    ('u"%c" % -1', lambda: u"%c" % -1),
    ('u"%c" % 0x110000', lambda: u"%c" % 0x110000),
    ('"%c" % "ab"', lambda: "%c" % "ab"),
    ('"%c" % 3.0', lambda: "%c" % 3.0),
    ('u"%c" % 3.0', lambda: u"%c" % 3.0),
    ('"%c" % None', lambda: "%c" % None),
    ('"%c%c" % (u"a", "b")', lambda: "%c%c" % (u"a", "b")),
    ('"%c" % 65L', lambda: "%c" % 65L),
    ('"%s" % U()', lambda: "%s" % U()),
    ('"%s|%s" % (1, Old())', lambda: "%s|%s" % (1, Old())),
    ('"%5s|" % U()', lambda: "%5s|" % U()),
    ('"%(a)s" % {"a": U()}', lambda: "%(a)s" % {"a": U()}),
    ('"%f" % F()', lambda: "%f" % F()),
    ('u"%f" % F()', lambda: u"%f" % F()),
    ('"%d" % I()', lambda: "%d" % I()),
    ('u"%d" % I()', lambda: u"%d" % I()),
    ('"%x" % I()', lambda: "%x" % I()),
    ('"%c" % I()', lambda: "%c" % I()),
    ('u"%c" % I()', lambda: u"%c" % I()),
    ('u"%f" % u"x"', lambda: u"%f" % u"x"),
    ('"%f" % "x"', lambda: "%f" % "x"),
    ('"%e" % 10**400', lambda: "%e" % 10**400),
    ('u"%e" % 10**400', lambda: u"%e" % 10**400),
    ('"%g" % None', lambda: "%g" % None),
    ('u"%g" % None', lambda: u"%g" % None),
    ('"%d" % F()', lambda: "%d" % F()),
    ('"%5.2f|%-8.3e|%+g" % (1L, 2, True)', lambda: "%5.2f|%-8.3e|%+g" % (1L, 2, True)),
]
for e, f in cases:
    try:
        r = f()
        print e, type(r).__name__, repr(r)
    except Exception as x:
        print e, type(x).__name__, x
