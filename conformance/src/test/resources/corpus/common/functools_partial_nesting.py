# A partial of a partial: 3.x takes over the inner one's function, arguments and keywords (3.6 only for
# exact partials, later versions for subclasses too; never when the inner one has instance attributes);
# 2.7 keeps the nesting. func/args/keywords are read-only members, not instance attributes; a subclass
# keeps its own type and repr name; reduce() words its argument errors as CPython does.
from __future__ import print_function
import copy
import functools
import operator


def add(a, b=0, c=0, d=0):
    return a + b + c + d


def shown(p):
    return repr(p).replace(repr(add), "ADD").split(" at 0x")[0]


p = functools.partial(add, 1, c=2)
pp = functools.partial(p, 5, d=4)
print(pp(), pp.args, sorted(pp.keywords.items()), pp.func is add, shown(pp))
p.note = "x"
q = functools.partial(p, 5)
print(q.args, q.func is p, sorted(p.__dict__), sorted(functools.partial(add).__dict__))
print(functools.partial(add).keywords, functools.partial(add).args)


class Sub(functools.partial):
    def twice(self):
        return 2 * self()


s = Sub(add, 10)
print(type(s).__name__, s.twice(), isinstance(s, functools.partial), shown(s))
inner = functools.partial(s, 1)
print(type(inner).__name__, inner.args, inner())
for attr in ("func", "args", "keywords"):
    try:
        setattr(p, attr, None)
    except (AttributeError, TypeError) as e:
        print(attr, type(e).__name__, e)
c = copy.copy(functools.partial(add, 1, c=3))
print(c(), c.args, c.keywords, type(c).__name__)
d = copy.deepcopy(functools.partial(add, 1))
print(d(2), d.args)


class Holder(object):
    method = functools.partial(add, 100)


print(Holder().method(1))
for args in [(), (operator.add,), (operator.add, [1], 0, 9), (operator.add, 5)]:
    try:
        functools.reduce(*args)
    except TypeError as e:
        print("TypeError", e)
print(functools.reduce(operator.add, [1, 2], 10), functools.reduce(operator.add, "abc"))
print(functools.reduce(lambda acc, x: acc * x, range(1, 6)))
