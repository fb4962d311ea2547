import sys

class MyErr(Exception):
    pass

try:
    raise ValueError, "comma form"
except ValueError, e:
    print "caught:", e

try:
    raise MyErr, ("a", 1)
except (KeyError, MyErr), e:
    print "args:", e.args

try:
    raise IndexError("x")
except (KeyError, IndexError), e:
    print type(e).__name__, e

def info():
    try:
        {}["nokey"]
    except KeyError:
        t, v, tb = sys.exc_info()
        print t.__name__, repr(v), tb.tb_lineno
        return t, v, tb

t, v, tb = info()
print sys.exc_info()[0]
try:
    raise t, v, tb
except KeyError, e:
    print "re-raised with traceback", e

try:
    try:
        1 / 0
    except ZeroDivisionError:
        et, ev, etb = sys.exc_info()
        raise RuntimeError("masking")
except RuntimeError, e:
    print e
print et.__name__

try:
    raise "string exceptions"
except TypeError, e:
    print "TypeError:", e

sys.exc_clear()
print sys.exc_info()
raise MyErr, "final uncaught"
