# A class statement whose first base is no class (a module, a number, a function, an instance) calls that
# base's type with (name, bases, namespace), so the error is that type's own: a module's "module.__init__()
# takes at most 2 arguments" (before 3.7), int's "takes at most 2 arguments", "cannot create
# 'builtin_function_or_method' instances". 2.7 puts "Error when calling the metaclass bases" before it.
from __future__ import print_function
import sys


class Plain(object):
    pass


class Classic:
    pass


def make(base):
    class X(base):
        pass
    return X


bases = [("module", sys), ("int", 1), ("str", "abc"), ("list", [1]), ("None", None), ("function", make),
         ("builtin", len), ("instance", Plain()), ("classic instance", Classic()), ("method", Plain().__init__)]
for label, base in bases:
    try:
        X = make(base)
        print(label, "made", type(X).__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)

# a module's type called directly
M = type(sys)
for args in [(), ("a", "b", "c")]:
    try:
        print(M(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(M("fresh", "its doc").__doc__)
