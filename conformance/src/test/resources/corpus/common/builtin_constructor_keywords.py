# Keyword arguments of the builtin constructors in each version: list(sequence=) and tuple(sequence=),
# int(x=), bool(x=) until 3.7, none after; set() and frozenset() never, in each version's words.
from __future__ import print_function
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: list(x=1))
t(lambda: list(sequence=[1, 2]))
t(lambda: list(iterable=[1, 2]))
t(lambda: tuple(x=1))
t(lambda: tuple(sequence=[1, 2]))
t(lambda: tuple(iterable=[1, 2]))
t(lambda: set(iterable=[1]))
t(lambda: frozenset(iterable=[1]))
t(lambda: int(x="10"))
t(lambda: int("10", base=16))
t(lambda: float(x="1.5"))
t(lambda: str(object=5))
t(lambda: bool(x=1))
t(lambda: complex(real=1, imag=2))
t(lambda: bytearray(source=b"x"))
t(lambda: range(stop=3))
t(lambda: list([1], [2]))
t(lambda: tuple([1], [2]))
t(lambda: dict(x=1, **{"y": 2}))
class L(list): pass
t(lambda: L(x=1))
t(lambda: L(sequence=[3]))
t(lambda: int(x="17", base=8))
t(lambda: int("17", x="1"))
t(lambda: bool(x=0))
t(lambda: bool(0, x=1))
t(lambda: list([1], sequence=[2]))
t(lambda: tuple(sequence="ab", x=1))
t(lambda: set([1], x=1))
class S(set):
    def __init__(self, items=(), **kw):
        set.__init__(self, items)
        self.kw = kw
s = S([1, 2], tag="t")
t(lambda: (sorted(s), s.kw))
class P(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
t(lambda: P(y=2, x=1))
