# A generator suspended inside its own except clause keeps the exception it handles (3.x): a bare raise,
# sys.exc_info() and a new exception's __context__ see it again when it resumes, while its caller meanwhile
# handles its own. A throw() is chained to the generator's own exception only (3.7+), never the caller's;
# 2.7 drops the generator's exception at each yield.
from __future__ import print_function
import sys


def name(e):
    return None if e is None else type(e).__name__


def retrying():
    try:
        raise ValueError("down")
    except ValueError:
        yield "retrying"
        print("resumed, handling:", name(sys.exc_info()[1]))
        try:
            raise TypeError("new")
        except TypeError as e:
            print("context of new:", name(getattr(e, "__context__", None)))
        raise


g = retrying()
print(next(g))
try:
    raise KeyError("caller")
except KeyError:
    try:
        next(g)
    except Exception as e:
        print("propagated:", name(e))
    print("caller still handles:", name(sys.exc_info()[1]))


def after_clause():
    try:
        raise ValueError("v")
    except ValueError:
        yield 1
    print("after its clause:", name(sys.exc_info()[1]))
    yield 2


it = after_clause()
next(it)
try:
    raise KeyError("caller")
except KeyError:
    next(it)


def own_then_thrown():
    try:
        raise KeyError("own")
    except KeyError:
        try:
            yield 1
        except ValueError as e:
            print("thrown while handling its own, context:", name(getattr(e, "__context__", None)))
    yield 2


def plain():
    try:
        yield
    except ValueError as e:
        print("thrown, context:", name(getattr(e, "__context__", None)))
        yield 3


for maker in (own_then_thrown, plain):
    g = maker()
    next(g)
    try:
        raise OSError("os")
    except OSError:
        print("throw gave", g.throw(ValueError("thrown")))


def uncaught_from_throw():
    yield 1


g = uncaught_from_throw()
next(g)
try:
    raise OSError("os")
except OSError:
    try:
        g.throw(ValueError("passes through"))
    except ValueError as e:
        print("left the generator, context:", name(getattr(e, "__context__", None)))


def inner():
    try:
        yield 1
    finally:
        print("closing, handling:", name(sys.exc_info()[1]))


g = inner()
next(g)
try:
    raise OSError("x")
except OSError:
    g.close()


def loop_source():
    try:
        raise ValueError("in loop source")
    except ValueError:
        for k in range(3):
            yield k
        print("loop source still handles:", name(sys.exc_info()[1]))


for k in loop_source():
    print("item", k, "seen by the loop as:", name(sys.exc_info()[1]))

g = retrying()
next(g)
next(g)
