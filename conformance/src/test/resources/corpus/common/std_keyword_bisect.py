# Pure-Python stdlib modules loaded from the local CPython's own library (keyword, bisect):
# pyvm runs their compiled files as it runs the program's.
from __future__ import print_function
import keyword
import bisect
print(keyword.iskeyword('for'), keyword.iskeyword('print'), keyword.iskeyword('spam'), len(keyword.kwlist) > 25)
print(keyword.__name__, keyword.__file__.split('/')[-1].split('.')[0])
scores = [10, 20, 30, 40, 50]
print(bisect.bisect(scores, 35), bisect.bisect_left(scores, 30), bisect.bisect_right(scores, 30))
bisect.insort(scores, 25)
bisect.insort_left(scores, 50)
print(scores)


def grade(score, breakpoints=(60, 70, 80, 90), grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
import sys
print('bisect' in sys.modules, 'keyword' in sys.modules)
