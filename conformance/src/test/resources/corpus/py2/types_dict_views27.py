# 2.7's dict views (viewkeys/viewvalues/viewitems) and the list-returning methods
d = {'a': 1, 'b': 2, 'c': 3}
k = d.viewkeys()
v = d.viewvalues()
i = d.viewitems()
print sorted(k), sorted(v), sorted(i), len(k), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i
print sorted(k & set('ab')), sorted(k | set('z')), sorted(k - set('a')), sorted(k ^ set('az')), k == set('abc'), k < set('abcd')
print sorted(i & set([('a', 1), ('b', 3)])), sorted(i - set([('a', 1)])), k.isdisjoint(set('xy')) if hasattr(k, 'isdisjoint') else 'n/a'
d['d'] = 4
print sorted(k), len(v), sorted(i)[-1]
print type(d.keys()).__name__, type(d.items()).__name__, type(d.iterkeys()).__name__, type(k).__name__, type(v).__name__, type(i).__name__
print sorted(d.iteritems()), sorted(d.itervalues()), d.has_key('a'), d.has_key('zz')
try:
    v & set([1])
except TypeError as e:
    print 'TypeError', e
try:
    hash(k)
except TypeError as e:
    print 'TypeError', e
it = d.iterkeys()
next(it)
d['e'] = 5
try:
    next(it)
except RuntimeError as e:
    print 'RuntimeError', e
print repr({}.viewkeys()), repr({1: 2}.viewvalues()), repr({1: 2}.viewitems())
print sorted(dict.fromkeys(k).keys()), sorted(set(v)), list(reversed(sorted(i)))[:2]
print cmp({1: 2}, {1: 3}), cmp({}, {1: 1}), {1: 2} < {1: 3}, {2: 1} > {1: 5}, cmp({1: 1, 2: 2}, {1: 1, 3: 0})
