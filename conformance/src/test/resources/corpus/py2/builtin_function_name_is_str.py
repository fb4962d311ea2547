# 2.7: a builtin function's or method's __name__ is a byte string (str), never unicode, and it has
# no __qualname__; so repr() of the name, and of tuples holding it, shows no u prefix.
import itertools
import operator

names = [len.__name__, [].append.__name__, operator.add.__name__, itertools.chain.from_iterable.__name__,
         "".join.__name__, {}.get.__name__, abs.__name__, (1).__add__.__name__]
print(names)
print(type(len.__name__).__name__, repr(max.__name__), hasattr(len, "__qualname__"))
for f in (min, sorted, zip, map, repr):
    print("%s %r" % (f.__name__, f.__name__))


def describe(func, *args):
    return (func.__name__, func(*args))


print(describe(len, "abc"), describe(sum, [1, 2]), describe("x".upper))
