from __future__ import print_function
import sys

values = [1, 2.5, 3j, 'ab', [1], (2,), {'k': 1}, None, set([1]), object]

def tname(v):
    return type(v).__name__

for a in values:
    for b in values:
        row = []
        for sym, fn in (('<', lambda x, y: x < y), ('>=', lambda x, y: x >= y)):
            try:
                fn(a, b)
                row.append(sym + ':ok')
            except TypeError as e:
                row.append(sym + ':' + str(e))
        if sys.version_info[0] >= 3:
            print(tname(a), tname(b), ' | '.join(row))

try:
    sorted([3, 'a', 1.5])
except TypeError as e:
    print('sorted', e)
try:
    sorted([{'a': 1}, {'b': 2}])
except TypeError as e:
    print('sorted dicts', e)
try:
    max([1, None, 2])
except TypeError as e:
    print('max', e)
try:
    min(3j, 4j)
except TypeError as e:
    print('min', e)
try:
    [1, 2] < [1, 'a']
except TypeError as e:
    print('list cmp', e)
print([1, 2] < [1, 3], (1, 'a') < (2, None))
try:
    (1, 'a') < (1, None)
except TypeError as e:
    print('tuple cmp', e)
