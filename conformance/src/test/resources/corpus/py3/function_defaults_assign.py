# A function's __defaults__ and __kwdefaults__ can be replaced after it is made (namedtuple's
# defaults= does this to its __new__); later calls fill missing parameters from the new values.
import collections


def f(a, b, c):
    return (a, b, c)


print(f.__defaults__)
f.__defaults__ = (2, 3)
print(f(1), f(1, 5), f.__defaults__)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError", e)
for bad in ([1], 5, "ab"):
    try:
        f.__defaults__ = bad
    except TypeError as e:
        print("TypeError", e)


def g(a, *, k, m=4):
    return a, k, m


print(g.__kwdefaults__)
g.__kwdefaults__ = {"k": 5}
print(g(1), g.__kwdefaults__)
g.__kwdefaults__ = None
try:
    g(1)
except TypeError as e:
    print("TypeError", e)
try:
    g.__kwdefaults__ = [1]
except TypeError as e:
    print("TypeError", e)

P = collections.namedtuple("P", "x y z", defaults=[8, 9])
print(P(1), P(1, 2), P._field_defaults, P.__new__.__defaults__)
