# Frame objects: sys._getframe, f_back, f_globals, f_locals, f_code, f_lineno, tracebacks' tb_frame
import sys


def describe(f):
    return "%s:%d module=%s" % (f.f_code.co_name, f.f_lineno, f.f_globals.get("__name__"))


def inner(a, b=2):
    c = a + b
    here = sys._getframe()
    print(describe(here))
    print(describe(here.f_back))
    print(describe(sys._getframe(2)))
    print(sorted(here.f_locals))
    print("%s %s" % (here.f_locals["a"], here.f_locals["c"]))
    print("%s %s" % (sys._getframe(1) is here.f_back, sys._getframe() is here))
    print("%s %s" % (here.f_globals is globals(), here.f_builtins is not None))
    print(type(here).__name__)
    return here


def outer():
    return inner(40)


frame = outer()
print(frame.f_code.co_name)
top = sys._getframe()
print("%s %s" % (top.f_locals is globals(), top.f_back is None))
print(isinstance(top.f_lasti, int) and top.f_lasti >= 0)

try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError: %s" % e)


def boom(n):
    if n == 0:
        raise KeyError(n)
    boom(n - 1)


try:
    boom(2)
except KeyError:
    tb = sys.exc_info()[2]
    print(tb.tb_frame is sys._getframe())
    seen = []
    while tb is not None:
        f = tb.tb_frame
        seen.append("%s@%d n=%s" % (f.f_code.co_name, tb.tb_lineno, f.f_locals.get("n")))
        tb = tb.tb_next
    print(", ".join(seen))


def closure():
    x = 1

    def g(y):
        z = x + y
        return sorted(sys._getframe().f_locals.items())
    return g(2), sorted(sys._getframe().f_locals)


print(closure())


def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe().f_back.f_code.co_name


def drive(g):
    return next(g)


g = gen()
print(drive(g))
print(next(g))


class K(object):
    body = sys._getframe().f_code.co_name
    names = sorted(sys._getframe().f_locals)


print("%s %s" % (K.body, K.names))


def caller_module():
    return sys._getframe(1).f_globals.get("__name__", "__main__")


print(caller_module())
print(type(sys._getframe()) is type(frame))
