# %c, %x, %o and %d of objects that are integers by __index__ or __int__
from __future__ import print_function


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Idx(object):
    def __index__(self):
        return 65


class Both(object):
    def __int__(self):
        return 7

    def __index__(self):
        return 8


class IntOnly(object):
    def __int__(self):
        return 66


t("%c index", lambda: "%c" % Idx())
t("%c int", lambda: "%c" % IntOnly())
t("%c both", lambda: "%c" % Both())
t("%x index", lambda: "%x" % Idx())
t("%x both", lambda: "%x|%o|%X" % (Both(), Both(), Both()))
t("%d both", lambda: "%d" % Both())
t("%x int", lambda: "%x" % IntOnly())
t("%c range", lambda: "%c" % 0x110000)
t("%c str", lambda: "%c" % "ab")
t("%c float", lambda: "%c" % 65.0)
t("%5c|", lambda: "%5c|%-3c|" % (88, "y"))
