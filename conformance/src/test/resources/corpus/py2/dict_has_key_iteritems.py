# 2.7 dict API: has_key, iteritems/iterkeys/itervalues, keys() returning lists, viewkeys.
d = {"one": 1, "two": 2, "three": 3}
print d.has_key("one"), d.has_key("four")
print type(d.keys()).__name__, type(d.items()).__name__, type(d.iteritems()).__name__
print sorted(d.keys()), sorted(d.values()), sorted(d.items())
for k, v in sorted(d.iteritems()):
    print k, v
print sorted(d.iterkeys()), sorted(d.itervalues())
it = d.iteritems()
print type(it).__name__, len(list(it)), list(it)
keys = d.keys()
keys.append("extra")
print len(keys), len(d)
v = d.viewkeys()
print type(v).__name__, sorted(v & set(["one", "zzz"])), "two" in v
d["four"] = 4
print len(v), sorted(v)
print sorted(d.viewitems())[:2], sorted(d.viewvalues())
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError, e:
    print "RuntimeError:", e
d = dict.fromkeys("abc", 0)
print sorted(d.items())
print d.get("a"), d.pop("a"), d.has_key("a"), d.setdefault("z", []), sorted(d)
counts = {}
for w in "to be or not to be".split():
    if counts.has_key(w):
        counts[w] += 1
    else:
        counts[w] = 1
print sorted(counts.iteritems(), key=lambda kv: (-kv[1], kv[0]))
print dict(zip("xy", range(2))) == {"x": 0, "y": 1}, cmp({1: 2}, {1: 3}), cmp({}, {})
print {1: "a"} < {1: "b"}, {1: 1} < {2: 0}, sorted([{2: 1}, {1: 1}])
print map(None, [1, 2], "ab"), zip(d.iterkeys(), [])
print "%(name)s is %(age)d" % {"name": "ann", "age": 30}
print sorted(dict((k, v) for k, v in counts.iteritems() if v > 1))
print d.items() == list(d.iteritems()), d.keys() == list(d)
