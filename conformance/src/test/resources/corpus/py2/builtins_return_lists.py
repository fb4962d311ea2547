# range, map, zip, filter, dict.keys/items return lists; xrange, iteritems, izip-like lazy forms.
r = range(5)
print r, type(r).__name__
print xrange(3), list(xrange(0, 10, 3))
m = map(lambda x: x * 2, [1, 2, 3])
print m, type(m).__name__
print map(None, [1, 2], [3, 4])
print zip("ab", [1, 2, 3])
print filter(None, [0, 1, "", "a", None])
print filter(lambda c: c in "aeiou", "education")
d = {1: "a"}
print d.keys(), d.values(), d.items()
print type(d.keys()).__name__
print list(d.iteritems())
print d.has_key(1), d.has_key(2)
print reduce(lambda a, b: a * b, range(1, 6))
print sorted([3, 1, 2], cmp=lambda a, b: b - a)
print cmp(1, 2), cmp("b", "a"), cmp(3, 3)
print apply(max, [4, 9, 2])
print callable(raw_input), unicode.__name__
print [x for x in range(3)], x
print intern("interned")
print coerce(1, 2.5)
