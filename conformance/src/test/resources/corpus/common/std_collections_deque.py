import collections
d = collections.deque('abc', maxlen=4)
d.append('d'); d.append('e')
print(d, d.maxlen, list(reversed(d)))
dd = collections.defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(sorted(dd.items()), dd['zz'], len(dd))
c = collections.Counter('abracadabra')
print(c.most_common(3), c['a'], c['q'])
P = collections.namedtuple('P', 'x y')
p = P(1, 2)
print(p, p.x + p.y, p._replace(x=5))
od = collections.OrderedDict([('b', 1), ('a', 2)])
od['c'] = 3
print(list(od.items()))
print(isinstance(d, collections.deque), issubclass(collections.defaultdict, dict))
