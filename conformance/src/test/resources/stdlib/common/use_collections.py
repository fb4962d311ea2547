# collections: namedtuple, deque, Counter, OrderedDict, defaultdict.
from __future__ import print_function
import collections

Point = collections.namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x + p.y, p._replace(x=10), p._asdict()['y'], Point._fields, Point._make([3, 4]))
x, y = p
print(x, y, p == (1, 2), isinstance(p, tuple))
d = collections.deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, d.maxlen)
d.rotate(2)
print(list(d), d.pop(), d.popleft())
d.extend('ab'); d.extendleft('yz')
print(list(d), d.count('a'))
c = collections.Counter('abracadabra')
print(sorted(c.items()), c.most_common(1), c['z'])
c.update('aaz')
print(c['a'], c['z'], sorted((c + collections.Counter('bb')).items()))
print(sorted(c.elements())[:6], sorted((c - collections.Counter(a=10)).items()))
od = collections.OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(list(od.items()), od.popitem(), od.popitem(last=False), list(od))
dd = collections.defaultdict(list)
for k, v in [('x', 1), ('y', 2), ('x', 3)]:
    dd[k].append(v)
print(sorted(dd.items()), dd['missing'], len(dd))
counts = collections.defaultdict(int)
for w in 'the cat and the hat and the bat'.split():
    counts[w] += 1
print(sorted(counts.items()))
