# obj.method(args) where 2.7 and 3.6 load a bound method and call it (compiled pyvm code loads the method
# as 3.11's LOAD_METHOD does): what each kind of attribute gives, __getattribute__ and __getattr__ hooks,
# errors while the arguments are computed, nested calls, and the AttributeError of a missing method.
from __future__ import print_function
import math


class Base(object):
    def who(self, x):
        return ('base', x)


class Thing(Base):
    kind = 'thing'

    def __init__(self, v):
        self.v = v
        self.hook = lambda x: ('own', x)

    def who(self, x):
        return ('thing', super(Thing, self).who(x)[0], x)

    def add(self, a, b, c):
        return self.v + a + b + c

    def four(self, a, b, c, d):
        return a + b + c + d

    def kw(self, a, b=0):
        return a - b

    @classmethod
    def cm(cls, x):
        return (cls.kind, x)

    @staticmethod
    def sm(x):
        return x * 3

    @property
    def getter(self):
        return lambda x: ('prop', x, self.v)


class Hooked(object):
    def __getattribute__(self, name):
        if name == 'm':
            return lambda x: ('hooked', x)
        return object.__getattribute__(self, name)

    def m(self, x):
        return ('real', x)

    def other(self, x):
        return ('other', x)


class Fallback(object):
    def __getattr__(self, name):
        return lambda *a: (name, a)


class Classic:
    def m(self, x):
        return ('classic', x)


def work(t, h, fb, c, rounds):
    out = []
    for i in range(rounds):
        out = [t.who(i), t.add(1, 2, t.sm(i)), t.four(1, 2, 3, 4), t.kw(5, b=2), t.kw(*(7, 1)), t.cm(i), Thing.cm(i),
               t.hook(i), t.getter(i), h.m(i), h.other(i), fb.anything(i, 2), c.m(i), math.sqrt(t.sm(3)),
               t.add(t.sm(1), t.kw(t.sm(2)), len(t.who(0)))]
        try:
            out.append(t.add(1, 2 // (i % 2), 3))
        except ZeroDivisionError:
            out.append('zero')
        try:
            t.missing(i)
        except AttributeError as e:
            out.append(str(e))
    return out


t = Thing(10)
for line in work(t, Hooked(), Fallback(), Classic(), 1500):
    print(line)
t.who = lambda x: ('replaced', x)
print(work(t, Hooked(), Fallback(), Classic(), 2)[0], t.add is t.add)
