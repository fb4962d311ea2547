# Truthiness, bool arithmetic and None comparisons.
values = [0, 1, -1, 0.0, 2.5, "", "a", [], [0], (), {}, {"k": 1}, None, set()]
for v in values:
    print("%r -> %s" % (v, bool(v)))
print(True + True)
print(True * 10)
print(False - 1)
print(int(True))
print(str(False))
print(True == 1)
print(True is not False)
print(None == 0)
print(None is None)
print(not None)
x = None
if x is None:
    print("x is None")
print(isinstance(True, int))
print(bool("False"))
print([b for b in (True, False) if b])
print(sum([True, True, False]))
