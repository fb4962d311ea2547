from __future__ import print_function
import sys
def attempt(f):
    try:
        r = f()
        return '%s:%r' % (type(r).__name__, r)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
L = [5, 3, 8, 3, 1]
tests = [
    lambda: L.index(3, 2), lambda: L.index(3, -2), lambda: L.index(3, 4), lambda: L.index(8, 0, 2), lambda: L.index(1, -100, 100), lambda: L.index(3, 'a'),
    lambda: L.count(), lambda: L.count(3, 4), lambda: list(L).pop(2**70), lambda: list(L).pop('1'), lambda: list(L).pop(-6), lambda: list(L).insert('a', 1),
    lambda: list(L).insert(2**70, 'x'), lambda: list(L).remove(), lambda: list(L).extend(), lambda: list(L).append(1, 2), lambda: list(L).reverse(1),
    lambda: sorted(L, key=lambda x: -x, reverse=True), lambda: list(L).sort(reverse=True), lambda: list(L).sort(key=str), lambda: L * 2.0, lambda: L * True,
    lambda: L[1.0], lambda: L[::0], lambda: L[2**70:], lambda: L[-2**70:2], lambda: L[:2**70:2**69], lambda: L + (1,), lambda: L.__add__((1,)),
    lambda: L.__iadd__((1,)) if False else 'skip', lambda: [].__getitem__(0), lambda: L.__contains__(8), lambda: L.__len__(), lambda: [1, 2] * -5,
    lambda: list(range(3)) == range(3), lambda: [1] in [[1], [2]], lambda: L.copy() if sys.version_info >= (3,) else L[:], lambda: L.clear() if sys.version_info >= (3,) else None,
]
for i, t in enumerate(tests):
    print(i, attempt(t))
a = [1, 2, 3]
a[1:2] = (x * 10 for x in range(3))
print(a)
a[::2] = iter('xyz')
print(a)
a[len(a):] = 'end'
print(a)
del a[-2:]
del a[::-3]
print(a)
a[:] = []
print(a, a == [], a is not None)
