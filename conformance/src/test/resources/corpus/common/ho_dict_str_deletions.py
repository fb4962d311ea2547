from __future__ import print_function
# Dicts with string keys printed directly after deletions and
# re-insertions: 2.7 shows hash order, 3.x insertion order.
d = {}
for i, k in enumerate(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight']):
    d[k] = i
print(d)
del d['two']
del d['five']
print(d)
d['two'] = 22
print(d)
d['nine'] = 9
d['ten'] = 10
print(d)
d.pop('one')
d['one'] = 111
print(list(d.keys()))
print(list(d.values()))
print(list(d.items()))
for k in list(d):
    if len(k) == 3:
        del d[k]
print(d)
d.update({'alpha': 1, 'beta': 2, 'gamma': 3})
print(d)
e = dict.fromkeys(['q', 'w', 'e', 'r', 't', 'y'], 0)
print(e)
del e['q']
e['q'] = 1
print(e)
