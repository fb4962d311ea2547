from __future__ import print_function
import collections

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, '|', e)
    else:
        print(label, '=', repr(r))

def dict_grow():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
def dict_shrink():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
def dict_same_size():
    d = {1: 1, 2: 2}
    for k in list(d):
        d.pop(k)
        d[k + 100] = 1
    return sorted(d)
def dict_keys_view_grow():
    d = {1: 1}
    for k in d.keys():
        d[2] = 2
def dict_items_grow():
    d = {1: 1}
    for k, v in d.items():
        d[5] = 5
def set_grow():
    s = set([1, 2])
    for x in s:
        s.add(x + 10)
def set_shrink():
    s = set([1, 2])
    for x in s:
        s.discard(x)
def list_sort_mutate():
    l = [3, 1, 2]
    def key(x):
        l.append(x)
        return x
    l.sort(key=key)
def list_sort_clear():
    l = [3, 1, 2]
    def key(x):
        del l[:]
        return x
    l.sort(key=key)
    return l
def deque_mutate():
    d = collections.deque([1, 2, 3])
    for x in d:
        d.append(x)
def deque_pop_empty():
    collections.deque().pop()
def deque_popleft_empty():
    collections.deque().popleft()
def deque_remove_missing():
    collections.deque([1]).remove(5)
def deque_index_missing():
    collections.deque([1]).index(5) if hasattr(collections.deque, 'index') else [].index(5)
def deque_maxlen_bad():
    collections.deque([], -1)
def gen_running():
    def g():
        yield next(me)
    me = g()
    next(me)
def list_iter_mutate():
    l = [1, 2, 3]
    out = []
    for x in l:
        out.append(x)
        if x == 1:
            l.remove(1)
    return out
def ordereddict_mutate():
    d = collections.OrderedDict([(1, 1), (2, 2)])
    for k in d:
        d[k + 10] = 1
def defaultdict_bad():
    collections.defaultdict(5)
def counter_ops():
    c = collections.Counter('abca')
    return sorted(c.items()), c['z'], c.most_common(1)
def namedtuple_errors():
    P = collections.namedtuple('P', 'x y')
    try:
        P(1)
    except TypeError as e:
        print('   P(1):', e)
    try:
        P(1, 2, 3)
    except TypeError as e:
        print('   P(1,2,3):', e)
    try:
        P(1, 2)._replace(z=3)
    except ValueError as e:
        print('   _replace:', e)
    try:
        P(1, 2).x = 5
    except AttributeError as e:
        print('   setattr:', e)
    return P._make([1, 2])

for f in (dict_grow, dict_shrink, dict_same_size, dict_keys_view_grow, dict_items_grow, set_grow, set_shrink, list_sort_mutate,
          list_sort_clear, deque_mutate, deque_pop_empty, deque_popleft_empty, deque_remove_missing, deque_index_missing,
          deque_maxlen_bad, gen_running, list_iter_mutate, defaultdict_bad, counter_ops, namedtuple_errors):
    attempt(f.__name__, f)
