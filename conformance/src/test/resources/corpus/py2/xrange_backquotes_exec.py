# xrange objects, backquote repr, exec statements, <> operator, apply, reduce and raw_input-free builtins.
x = xrange(5)
print x, type(x).__name__, len(x), list(x), x[2], x[-1]
print xrange(1, 10, 3), list(xrange(10, 0, -4)), repr(xrange(0)), list(reversed(xrange(4)))
print 3 in xrange(5), 7 in xrange(5), sum(xrange(101))
print range(4), type(range(2)).__name__
total = 0
for i in xrange(1, 6):
    total += i * i
print total
print `1`, `"s"`, `[1, (2, "x")]`, `None`, `3.5`, `1 + 2`
v = 10
print `v` + "!", `v * 2`, len(`"abc"`)
ns = {}
exec "a = 5\nb = a * 2" in ns
print ns["a"], ns["b"]
exec "print 'exec printed', 1 + 1"
code = compile("c = 7", "<s>", "exec")
exec code in ns
print ns["c"], sorted(k for k in ns if not k.startswith("__"))
g = {"x": 3}
l = {}
exec "y = x * 100" in g, l
print l, "y" in g
print eval("x + 1", g), eval("[i * 2 for i in xrange(3)]")
print 1 <> 2, 1 <> 1
print apply(max, (3, 9, 4)), apply(lambda a, b=0: a - b, (10,), {"b": 3})
print reduce(lambda a, b: a * b, xrange(1, 7)), reduce(lambda a, b: a + b, [], 0)
print filter(lambda c: c != "a", "banana"), filter(None, (0, 1, 2)), map(str, xrange(3))
print intern("abc") == "abc", coerce(1, 2.5), buffer("hello")[1:3]
print zip(xrange(3), "abc"), unichr(65), type(unichr(65)).__name__
try:
    xrange(3)[5]
except IndexError, e:
    print "IndexError:", e
print dict.fromkeys(xrange(3)).keys()
