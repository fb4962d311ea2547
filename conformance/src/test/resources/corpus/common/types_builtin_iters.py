from __future__ import print_function
import sys
print(list(enumerate('abc', 5)), list(enumerate([], -1)), list(enumerate('ab', start=-2)), list(enumerate('x', 10**20)))
print(list(zip('abc', [1, 2])), list(zip()), list(zip('a')), list(zip(range(3), 'ab', (True, False, None))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])) if sys.version_info >= (3,) else [4, 10], list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0], 0.0, False, True])), list(filter(lambda x: x % 2, range(7))), list(filter(str.isdigit, 'a1b2')))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(101)), sum([1.5, 2], 0.5), sum((), 7))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError', e)
try:
    sum([1, 'a'])
except TypeError as e:
    print('TypeError', e)
print(min(3, 1, 2), max('abc'), min([5, 3], key=lambda x: -x), max([], default='d') if sys.version_info >= (3,) else 'd', min((1, 'b'), (1, 'a')))
print(max([1, 3, 3.0, 2]), max([3.0, 3, 1]), min(['bb', 'a', 'cc'], key=len), max(['bb', 'a', 'cc'], key=len), max('ab', 'c', key=len))
for call in [lambda: min([]), lambda: max(()), lambda: min(1), lambda: max(1, 2, default=0) if sys.version_info >= (3,) else max(1)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any(x > 2 for x in range(5)), all(x < 3 for x in range(5)))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (2**65, 3), (0, 5), (True, 2)]:
    print(a, b, divmod(a, b))
print(abs(-5), abs(-2.5), abs(3 - 4j), abs(True), abs(-2**70), abs(-0.0))
for x in [0, 1, -1, -2, 2**61 - 1, 2**61, -2**61, 2**64 + 7, 1.0, 0.5, -0.5, 2.0**70, 1e-300, -0.0, 1e300]:
    print(repr(x), hash(x), hash(x) == hash(float(x)) if not isinstance(x, float) else hash(x) == hash(complex(x)))
print(hash(float('inf')), hash(float('-inf')), hash(True), hash(None) == hash(None), hash(()), hash((1, 2)), hash((1, (2, 3))), hash(''), hash(frozenset()))
print(hash((1, 2.0)) == hash((1.0, 2)), hash(frozenset([1, 2])) == hash(frozenset([2.0, 1])), hash('a') == hash(u'a'))
print(isinstance(3, (str, (float, int))), isinstance(True, int), issubclass(bool, (str, int)), isinstance([], ()), isinstance(1, object))
try:
    isinstance(1, (int, 5))
except TypeError as e:
    print('TypeError', e)
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), list(iter(lambda c=[0]: c.append(1) or len(c), 4)))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
print(sorted('bca'), sorted([3, 1, 2], reverse=True), sorted({'b': 1, 'a': 2}), list(reversed(sorted('xzy'))))
print(callable(len), callable(1), callable(int), chr(65), ord('a'), bin(-5), oct(-8), hex(-255), format(255, '#010b'))
