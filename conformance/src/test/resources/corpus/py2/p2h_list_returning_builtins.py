# 2.7: map/filter/zip/range/dict.keys return lists; has_key; xrange.
m = map(lambda x: x * 2, [1, 2, 3])
print m, type(m).__name__
print map(None, [1, 2], [3, 4, 5])
print map(str, range(4))
print filter(None, [0, 1, '', 'a', None, [], [0]])
print filter(lambda c: c in 'aeiou', 'education'), filter(None, (0, 1, 2))
z = zip('abc', [1, 2, 3, 4])
print z, type(z).__name__
print zip(), zip([1])
print range(5), range(10, 0, -3), type(range(2)).__name__
x = xrange(3, 20, 4)
print x, list(x), len(x), x[2], type(x).__name__
print xrange(5), xrange(0), xrange(-3, 3), xrange(10, 0, -2)
d = {'b': 2, 'a': 1, 'c': 3}
k = d.keys()
print type(k).__name__, sorted(k), type(d.items()).__name__
print d.has_key('a'), d.has_key('z')
print reduce(lambda a, b: a * b, range(1, 8))
print sorted(d.iterkeys()), sorted(d.itervalues()), sorted(d.iteritems())
print apply(max, [3, 9, 2])
