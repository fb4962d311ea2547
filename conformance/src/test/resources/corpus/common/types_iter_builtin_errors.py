from __future__ import print_function
import sys
def attempt(f):
    try:
        r = f()
        return '%s:%r' % (type(r).__name__, r if not hasattr(r, '__next__') and not hasattr(r, 'next') or isinstance(r, (list, tuple)) else list(r))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
tests = [
    lambda: enumerate(5), lambda: enumerate('ab', 'x'), lambda: enumerate('ab', 1.5), lambda: enumerate(), lambda: enumerate('ab', start=True),
    lambda: zip(1, 2), lambda: zip('a', None), lambda: map(None, 'ab') if sys.version_info < (3,) else map(str), lambda: map(len, 5),
    lambda: filter(None, 5), lambda: filter(len), lambda: sorted(5), lambda: sorted('cba', key=5), lambda: sorted([3, 1], cmp=None) if sys.version_info < (3,) else sorted([3, 1], key=None),
    lambda: reversed(), lambda: iter(5), lambda: iter(5, 6), lambda: iter(len, 0), lambda: next(5), lambda: next(iter([]), None),
    lambda: min(), lambda: max(5), lambda: max('a', key=5), lambda: min([1], default=0, key=None) if sys.version_info >= (3,) else 1,
    lambda: sum(5), lambda: sum(['a'], 'b'), lambda: sum([b'a'], b'') if sys.version_info >= (3,) else sum([1], 1), lambda: sum([[1]], [0]),
    lambda: any(5), lambda: all(None), lambda: len(5), lambda: len(iter([])), lambda: list(5), lambda: tuple(None), lambda: set(5), lambda: dict(5),
    lambda: sorted([3, 1, 2], reverse=1), lambda: sorted([3, 1, 2], reverse=None) if sys.version_info < (3, 11) else 'skip',
    lambda: list(zip(*[[1, 2], [3, 4], [5, 6]])), lambda: list(zip(*[])), lambda: dict(zip('ab', range(5))), lambda: list(map(lambda *a: a, 'ab', 'xyz')),
    lambda: list(enumerate(zip('ab', 'cd'), 1)), lambda: [(i, c) for i, c in enumerate('xy', -1)], lambda: list(reversed(list(enumerate('ab')))),
]
for i, t in enumerate(tests):
    print(i, attempt(t))
