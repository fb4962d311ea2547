from __future__ import print_function
# iterators over containers changed while they run: what each sees, and errors
b = bytearray(b'abc'); it = iter(b); print(next(it)); b[1] = 99; print(list(it)); b.append(100); print(list(it))
b = bytearray(b'abc'); it = iter(b); next(it); del b[1:]; print(list(it))
d = {1: 2, 3: 4}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print('RuntimeError', e)
s = set([1, 2])
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e:
    print('RuntimeError', e)
d = {1: 2, 3: 4}
for k in d:
    d[k] = 'changed'
print(sorted(d.items()))
d = {1: 2, 3: 4}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print('RuntimeError', e)
print(d)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.append(x) or x)
except ValueError as e:
    print('ValueError', e)
print(l)
l = [1, 2, 3]
for x in l:
    if x == 2:
        l.remove(x)
    print(x, end=' ')
print(l)
d = {'a': 1}
it = iter(d.items())
print(next(it), list(it))
d['b'] = 2
print(list(it))
s = set([1])
it = iter(s)
s.add(2); s.discard(1)
try:
    print(list(it))
except RuntimeError as e:
    print('RuntimeError', e)
