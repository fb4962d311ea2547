from __future__ import print_function
# dict.keys()/items() order after pop and popitem.
d = {}
for k in ['red', 'orange', 'yellow', 'green', 'blue', 'indigo', 'violet']:
    d[k] = len(k)
print(list(d.keys()))
print(d.pop('yellow'), list(d.keys()))
print(d.popitem())
print(list(d.items()))
print(d.popitem())
d['yellow'] = 0
d['black'] = 5
print(list(d.items()))
print(d.pop('missing', 'default'))
while len(d) > 2:
    k, v = d.popitem()
    print(k, v)
print(d)
n = {}
for i in [10, -3, 7, 1000, 2 ** 40, -1]:
    n[i] = i * 2
print(n)
print(n.popitem())
print(list(n))
n[5] = 5
print(list(n.items()))
s = dict(zip('abcdefgh', range(8)))
del s['d']
s.setdefault('d', 99)
s.setdefault('a', 42)
print(list(s.items()))
