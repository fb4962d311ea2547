from __future__ import print_function

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, '|', e)
    else:
        print(label, '=', repr(r))

class Unhashable(object):
    __hash__ = None
    def __eq__(self, other): return True

attempt('{[]: 1}', lambda: {[]: 1})
attempt('{{}: 1}', lambda: {{}: 1})
attempt('{set()}', lambda: {set()})
attempt('[] in {}', lambda: [] in {})
attempt('[] in set()', lambda: [] in set())
attempt('{1} in set()', lambda: set([1]) in set())
attempt('{1} in {frozenset([1])}', lambda: set([1]) in set([frozenset([1])]))
attempt('set().discard([])', lambda: set().discard([]))
attempt('set().discard({1})', lambda: set().discard(set([1])))
attempt('set().remove({1})', lambda: set().remove(set([1])))
attempt('{}.get([])', lambda: {}.get([]))
attempt('{}.pop([])', lambda: {}.pop([]))
attempt('{}.pop([], 1)', lambda: {}.pop([], 1))
attempt('{}.setdefault([])', lambda: {}.setdefault([]))
attempt('dict.fromkeys([[]])', lambda: dict.fromkeys([[]]))
attempt('frozenset([[]])', lambda: frozenset([[]]))
attempt('d[[1]] = 2', lambda: {}.__setitem__([1], 2))
attempt('del d[[1]]', lambda: {}.__delitem__([1]))
attempt('hash(Unhashable())', lambda: hash(Unhashable()))
attempt('Unhashable() in {}', lambda: Unhashable() in {})
attempt('Unhashable() in [1]', lambda: Unhashable() in [1])
attempt('[1].index(Unhashable())', lambda: [5].index(Unhashable()))
attempt('hash(slice(1))', lambda: hash(slice(1, 2)))
attempt('hash((1, [2]))', lambda: hash((1, [2])))
attempt('hash(frozenset([1]))', lambda: type(hash(frozenset([1]))).__name__)
attempt('{(1, [2]): 0}', lambda: {(1, [2]): 0})
attempt('set([(1, {})])', lambda: set([(1, {})]))
attempt('{}.update({[]: 1})', lambda: {}.update([([], 1)]))
attempt('dict(a=1).keys() & [[]]', lambda: {'a': 1}.keys() & [[]])
attempt('sorted({[1]: 2})', lambda: sorted({[1]: 2}))
attempt('set.union([[1]])', lambda: set().union([[1]]))
attempt('set() - [1]', lambda: set() - [1])
attempt('set() < [1]', lambda: set() < [1])
attempt('set() <= 5', lambda: set() <= 5)
attempt('frozenset() | {}', lambda: frozenset() | {})
attempt('set().issubset(5)', lambda: set().issubset(5))
attempt('set().isdisjoint(5)', lambda: set().isdisjoint(5))
attempt('{} | {}', lambda: {} | {})
attempt('{} + {}', lambda: {} + {})
attempt('[] + ()', lambda: [] + ())
attempt('() + []', lambda: () + [])
attempt('[] += ()', lambda: aug_list())
def aug_list():
    x = []
    x += (1, 2)
    x += 'ab'
    x += {'k': 1}
    return x
attempt('() += []', lambda: aug_tuple())
def aug_tuple():
    x = ()
    x += [1]
    return x
attempt('"" += 1', lambda: aug_str())
def aug_str():
    s = 'a'
    s += 1
    return s
attempt('x -= "a"', lambda: aug_sub())
def aug_sub():
    s = 5
    s -= 'a'
    return s
attempt('l *= 1.5', lambda: aug_mul())
def aug_mul():
    l = [1]
    l *= 1.5
    return l
attempt('l *= -1', lambda: aug_mul2())
def aug_mul2():
    l = [1]
    l *= -1
    return l
attempt('d |= []', lambda: aug_or())
def aug_or():
    s = set()
    s |= [1]
    return s
attempt('s ^= frozenset', lambda: aug_xor())
def aug_xor():
    s = set([1])
    s ^= frozenset([1, 2])
    return s
