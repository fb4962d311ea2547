# Which method answers a binary operator when one operand is a number subclass with
# reflected methods: the left operand's builtin slot first when it can take the right one
# (float + int subclass is float_add's), the subclass's reflected method first when it is a
# subclass of the left operand's type, and otherwise only when the builtin slot cannot.
from __future__ import print_function, division
import sys


def note(kind, name):
    def method(self, other):
        print("  %s.%s(%r)" % (kind, name, other))
        return 1000
    return method


def with_reflected(base, kind):
    ns = {}
    for op in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "and"):
        ns["__r%s__" % op] = note(kind, "r" + op)
    return type(kind, (base,), ns)


RI = with_reflected(int, "RI")
RF = with_reflected(float, "RF")
RC = with_reflected(complex, "RC")
ops = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
    ("**", lambda a, b: a ** b), ("<<", lambda a, b: a << b), ("&", lambda a, b: a & b),
]


def show(label, left, right):
    print(label)
    for sym, f in ops:
        try:
            r = f(left, right)
            print(" ", sym, type(r).__name__, r if not isinstance(r, float) else round(r, 6))
        except TypeError as e:
            print(" ", sym, "TypeError", e)
        except ZeroDivisionError as e:
            print(" ", sym, "ZeroDivisionError")


show("int op RI", 7, RI(2))
show("float op RI", 7.5, RI(2))
show("complex op RI", 1j, RI(2))
show("int op RF", 7, RF(2.0))
show("float op RF", 7.5, RF(2.0))
show("int op RC", 7, RC(2))
show("float op RC", 7.5, RC(2))
show("bool op RI", True, RI(3))

print(sum([1.5, RI(2), 2.5]))
print(sum([1, RI(2)]))
print(sum([RF(0.5), 1]))
print(sum([0.25, True, 3]))
print(sum([2 ** 62, 2 ** 62, 2 ** 62, -5]))
print(sum([1.0, 2 ** 70]), sum([0.1] * 10))
print(sum([], 5), sum([1, 2], 0.5), sum(range(10), -45))
print(sum([1, 2.5, 3]), sum(x * 0.5 for x in range(7)))
if sys.version_info[0] == 2:
    RL = with_reflected(long, "RL")
    show("int op RL", 7, RL(2))
    show("long op RI", long(7), RI(2))
    print(sum([1, long(2), 3]), type(sum([1, long(2)])).__name__, type(sum([sys.maxint, 1])).__name__)
print(sum([1.5, RF(2.0), 1.0]), sum([2 ** 100, 1.5]), sum([1.5, 2 ** 100]))
print(sum([True, True, 2 ** 63 - 1]), sum([-2 ** 63, -1]))
for bad in (["a"], [1.0, "a"], [1, 2, None]):
    try:
        sum(bad)
    except TypeError as e:
        print("TypeError", e)


def items():
    yield 1
    yield 2.5
    raise ValueError("stop")


try:
    sum(items())
except ValueError as e:
    print("ValueError", e)
