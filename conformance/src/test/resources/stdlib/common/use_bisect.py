# bisect: grading tables, sorted insertion, searching.
from __future__ import print_function
import bisect

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

a = [1, 2, 4, 4, 4, 8, 16]
for x in [0, 1, 4, 5, 16, 17]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 4))
s = []
for v in [5, 3, 9, 1, 7, 3, 5]:
    bisect.insort(s, v)
print(s)
bisect.insort_left(s, 4)
bisect.insort_right(s, 4)
print(s)

def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError('not found: %r' % (x,))
print(index(a, 8))
try:
    index(a, 3)
except ValueError as e:
    print('ValueError', e)
names = sorted(['delta', 'alpha', 'echo', 'charlie', 'bravo'])
print(names, bisect.bisect(names, 'chuck'))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
