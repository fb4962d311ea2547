# 2.7's raise statement forms: a tuple raises its first item, an instance takes no separate value, the third
# operand must be a traceback or None
import sys


class Old:
    def __init__(self, msg='old'):
        self.msg = msg


def attempt(label, f):
    try:
        f()
    except Exception as e:
        print label, type(e).__name__, e
    except Old as o:
        print label, 'Old', o.msg


def r1():
    raise (ValueError, TypeError), 'x'


def r2():
    raise ((KeyError, IndexError), TypeError), 'deep'


def r3():
    raise ValueError(), 'x'


def r4():
    raise ValueError, 'x', 5


def r5():
    raise ValueError, 'x', None


def r6():
    raise Old, 'classic'


def r7():
    raise Old('inst'), None


def r8():
    raise (), 'empty'


def r9():
    raise ValueError, ('a', 2)


def r10():
    raise ValueError, ValueError('same')


def r11():
    raise Old(), 'value'


for i, f in enumerate([r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11]):
    attempt(i + 1, f)
try:
    raise KeyError, 'k'
except KeyError:
    t, v, tb = sys.exc_info()
try:
    raise t, v, tb
except KeyError as e:
    print 'reraised', repr(e)
