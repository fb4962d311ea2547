# 3.x's cmp_to_key is _functools' C function: its keys are functools.KeyWrapper objects that compare by
# mycmp(a.obj, b.obj) <op> 0 with other keys only ("other argument must be K instance"), are unhashable,
# and take their object as the argument obj (its errors are PyArg_ParseTupleAndKeywords').
import functools


def attempt(f):
    try:
        print('ok', f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


def by_length(a, b):
    return len(a) - len(b)


def shouty(a, b):
    print('cmp', a, b)
    return float(a - b)


K = functools.cmp_to_key(by_length)
print(type(functools.cmp_to_key).__name__, functools.cmp_to_key.__module__)
print(type(K).__name__, type(K).__module__, type(K(1)).__name__)
print(sorted(['ccc', 'a', 'bb'], key=K), max(['ccc', 'a', 'bb'], key=K))
print(K('ab') < K('abc'), K('ab') == K('cd'), K('ab') >= K('a'), K('ab') != K('xy'))
S = functools.cmp_to_key(shouty)
print(repr(S(1) < S(2)), repr(S(2) > S(1)))
k = K('abc')
print(k.obj, K.obj)
k.obj = 'z'
print(k.obj, k < K('ab'))
attempt(lambda: hash(k))
attempt(lambda: k < 'ab')
attempt(lambda: k == 3)
attempt(lambda: K())
attempt(lambda: K(1, 2))
attempt(lambda: K(obj=5).obj)
attempt(lambda: K(other=5))
attempt(lambda: functools.cmp_to_key())
attempt(lambda: functools.cmp_to_key(mycmp=by_length)('q').obj)
attempt(lambda: setattr(k, 'other', 1))
attempt(lambda: sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
attempt(lambda: sorted([1, 'a'], key=functools.cmp_to_key(lambda a, b: a - b)))
