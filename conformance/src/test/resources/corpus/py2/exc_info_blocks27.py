# 2.7's sys.exc_info() across blocks: an except clause or a with statement's cleanup makes the exception the
# current one (and it stays so after a with swallowed it, until the function returns); a finally clause does not.
import sys


class Quiet(object):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print "exit sees", exc[0].__name__ if exc[0] else None, "exc_info", name(sys.exc_info()[0])
        return True


def name(t):
    return t.__name__ if t else None


def in_finally():
    try:
        try:
            raise KeyError("k")
        finally:
            print "in finally", name(sys.exc_info()[0])
    except KeyError:
        print "caught", name(sys.exc_info()[0])
    print "after", name(sys.exc_info()[0])


def with_swallow():
    with Quiet():
        raise IndexError("i")
    print "after with", name(sys.exc_info()[0])
    try:
        raise
    except IndexError as e:
        print "bare raise re-raised", repr(e)


def with_inside_except():
    try:
        raise ValueError("outer")
    except ValueError:
        with Quiet():
            raise KeyError("inner")
        print "in except after with", name(sys.exc_info()[0])
        try:
            raise
        except KeyError as e:
            print "re-raised", repr(e)


in_finally()
print "module", name(sys.exc_info()[0])
with_swallow()
print "module after with_swallow", name(sys.exc_info()[0])
with_inside_except()
sys.exc_clear()
with Quiet():
    pass
print "clean with", name(sys.exc_info()[0])
