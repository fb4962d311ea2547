# deque has no instance dict and a read-only maxlen (a subclass's instances have a dict); its iterators are
# 2.7's deque_iterator, 3.x's _collections._deque_iterator, with a length hint; groupby's groups are
# itertools._grouper. 3.7+ (bpo-27541) reprs of deque and defaultdict subclasses name the subclass.
from __future__ import print_function
from collections import deque, defaultdict
import itertools


def attempt(f):
    try:
        print('ok', f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


class D(deque):
    pass


class DD(defaultdict):
    pass


d = deque('abc', 5)


def set_extra():
    d.extra = 1


def set_maxlen():
    d.maxlen = 3


def del_maxlen():
    del d.maxlen


def sub_maxlen():
    s = D('ab', 2)
    s.maxlen = 9


attempt(set_extra)
attempt(set_maxlen)
attempt(del_maxlen)
attempt(sub_maxlen)
attempt(lambda: deque([1], [2], [3]))
attempt(lambda: deque([1], [2], [3], maxlen=2))
s = D('xy', 4)
s.tag = 'sub'
print(s.tag, s.maxlen, D('q').maxlen, repr(s), str(D()))
print(repr(DD(list, a=[1])), repr(DD()))
print(type(iter(d)), type(reversed(d)))
print(type(iter(d)).__name__, type(reversed(d)).__module__)
it = iter(d)
next(it)
print(it.__length_hint__(), reversed(d).__length_hint__(), list(it), it.__length_hint__())
grp = next(itertools.groupby('aab'))[1]
print(type(grp), type(grp).__module__, list(grp))
print(hasattr(s, '__dict__'), sorted(vars(s)))
