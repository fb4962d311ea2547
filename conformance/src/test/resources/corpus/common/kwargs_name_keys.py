# The names of keyword arguments as keys: a function collecting **kwargs gets the names it was called with, the
# same name objects at every call (CPython passes its code's interned names along), and hundreds of distinct
# names made at run time each keep their own value; attribute names made at run time likewise.
from __future__ import print_function


def collect(**kw):
    return kw


def first_key(**kw):
    return list(kw)[0]


print(sorted(collect(alpha=1, beta=2).items()), first_key(gamma_long_name=1) is first_key(gamma_long_name=2))
made = dict(('n%d_%s' % (i, 'x' * (i % 7)), i) for i in range(700))
got = collect(**made)
print(len(got), all(got[k] == v for k, v in made.items()), sorted(got)[:3])
again = collect(**dict((k, -v) for k, v in made.items()))
print(sum(again.values()), again['n5_xxxxx'], got['n699_xxxxxx'])


class Bag(object):
    pass


bag = Bag()
for i in range(600):
    setattr(bag, 'attr%d' % i, i * i)
print(sum(getattr(bag, 'attr%d' % i) for i in range(600)), len(vars(bag)), getattr(bag, 'attr599'))
try:
    collect(**{1: 2})
except TypeError as e:
    print('TypeError:', e)
