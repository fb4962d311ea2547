# 2.7 dict iteration order with mixed key types: int, str, tuple, float.
# (hash(None) is address-based, so None keys are only looked up, not iterated.)
d = {}
d[1] = 'a'
d['one'] = 'b'
d[(1, 2)] = 'c'
d[0.25] = 'd'
d[2.5] = 'e'
d[-7] = 'f'
d[u'uni'] = 'g'
d[10L] = 'h'
print d
print d.keys()
print d.values()
print d.items()
del d[0.25]
d['none'] = None
print d
d[0.25] = 0
print d.keys()
e = dict.fromkeys([0.5, 'a', (), -1, 3L, u'b', 'zz', ((),)])
print e
for k in e:
    print repr(k),
print
print sorted(e.keys())
n = {None: 1, 'a': 2}
print n[None], None in n, sorted(n.values()), len(n)
