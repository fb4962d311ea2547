# except E, e syntax, raise E, msg, string formatting of exceptions, sys.exc_info.
import sys

try:
    raise ValueError, "old raise syntax"
except ValueError, e:
    print "caught:", e

try:
    {}["k"]
except (KeyError, IndexError), err:
    print "tuple caught:", repr(err)

def f():
    try:
        1 / 0
    except ZeroDivisionError:
        t, v, tb = sys.exc_info()
        print t.__name__, v
        raise

try:
    f()
except ArithmeticError, e:
    print "re-raised:", e.__class__.__name__, e.args

try:
    raise TypeError("new style")
except TypeError as e:
    print "as works too:", e
print e
print e.message

class MyError(Exception):
    pass
try:
    raise MyError, ("a", 1)
except MyError, e:
    print e.args
print "end"
raise IndexError, "uncaught old-style raise"
