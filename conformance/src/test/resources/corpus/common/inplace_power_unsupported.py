# x **= y with operands that do not support it: before 3.10 the error came from ternary_op, which named the
# operator "** or pow()" whichever of **, pow() and **= asked; 3.10+ names it "**=". The other augmented
# operators always add "=" to their symbol.
from __future__ import print_function


class Plain(object):
    pass


class OnlyPow(object):
    def __pow__(self, other):
        return "pow", other


def show(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, type(e).__name__, e)


def ipow(a, b):
    a **= b
    return a


def imod(a, b):
    a %= b
    return a


def ifloordiv(a, b):
    a //= b
    return a


for a, b in [(1, "a"), ("a", 2), (Plain(), 1), (1, Plain()), (None, None), ([1], 2), (2.5, [])]:
    name = type(a).__name__ + "/" + type(b).__name__
    show("**= " + name, lambda: ipow(a, b))
    show("**  " + name, lambda: a ** b)
    show("pow " + name, lambda: pow(a, b))
    show("%=  " + name, lambda: imod(a, b))
    show("//= " + name, lambda: ifloordiv(a, b))

show("pow3", lambda: pow(Plain(), 1, 2))
show("OnlyPow **=", lambda: ipow(OnlyPow(), 3))
show("int **=", lambda: ipow(2, 10))
show("float **=", lambda: ipow(2.0, -1))
