# A re-raised exception's traceback: a bare raise, the end of a finally block and an except clause that
# does not match all go on from the exception's own traceback, frame by frame, and what a handler or a
# finally block did to that traceback before the re-raise is what the next handler sees.
from __future__ import print_function
import sys


def chain(tb):
    out = []
    while tb is not None:
        out.append("%s:%d" % (tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def deepest(n):
    if n == 0:
        raise KeyError("bottom")
    return deepest(n - 1)


def passes_through(n):
    try:
        return deepest(n)
    except KeyError:
        raise


def finally_only(n):
    try:
        return passes_through(n)
    finally:
        pass


def no_match(n):
    try:
        return finally_only(n)
    except ValueError:
        return -1


def twice(n):
    # the same exception object re-raised again after it was caught once
    try:
        no_match(n)
    except KeyError:
        first = sys.exc_info()[1]
        try:
            raise
        except KeyError:
            pass
        raise


for depth in (0, 1, 3):
    try:
        twice(depth)
    except KeyError:
        etype, value, tb = sys.exc_info()
        print(depth, etype.__name__, value, chain(tb))


def stores_and_reraises():
    try:
        passes_through(1)
    except KeyError:
        saved = sys.exc_info()
    try:
        try:
            raise saved[1]
        finally:
            print("finally sees", sys.exc_info()[0].__name__)
    except KeyError:
        print("again", chain(sys.exc_info()[2]))


stores_and_reraises()


def handler_reraises_other():
    try:
        try:
            deepest(2)
        except KeyError:
            raise ValueError("replaced")
    except ValueError:
        print("replaced", chain(sys.exc_info()[2]))


handler_reraises_other()


def loop_reraise(k):
    seen = []
    for i in range(k):
        try:
            try:
                deepest(i % 2)
            except KeyError:
                raise
        except KeyError:
            seen.append(len(chain(sys.exc_info()[2])))
    return seen


print(loop_reraise(6))
deepest(1)
