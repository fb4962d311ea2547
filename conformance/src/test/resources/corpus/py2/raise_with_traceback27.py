# raise t, v, tb (six.reraise): the traceback given goes on, and the frame that re-raises adds no line of its
# own there; the frames the exception then leaves add theirs as ever
import sys
import traceback


def inner():
    raise KeyError("deep")


def reraise(tp, value, tb):
    raise tp, value, tb


def middle():
    try:
        inner()
    except KeyError:
        t, v, tb = sys.exc_info()
    reraise(t, v, tb)


def lines(tb):
    return [(name, line) for (_, _, name, line) in traceback.extract_tb(tb)]


try:
    middle()
except KeyError:
    print lines(sys.exc_info()[2])

try:
    try:
        inner()
    except KeyError:
        t, v, tb = sys.exc_info()
    raise t, v, tb
except KeyError:
    print lines(sys.exc_info()[2])

try:
    raise ValueError, "no traceback given", None
except ValueError:
    print lines(sys.exc_info()[2])

try:
    inner()
except KeyError:
    t, v, tb = sys.exc_info()
raise t, v, tb
