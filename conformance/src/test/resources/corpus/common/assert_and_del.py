# assert statements (passing and failing) and del of names, items, slices and attributes.
x = 5
assert x == 5
assert x > 0, "positive"
try:
    assert x < 0, "x must be negative, got %d" % x
except AssertionError as e:
    print("AssertionError: %s" % e)
try:
    assert False
except AssertionError as e:
    print("bare AssertionError %r" % (e.args,))
lst = list(range(8))
del lst[0]
del lst[-2:]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)

class O(object):
    pass

o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
y = 1
del x, y
try:
    print(x)
except NameError:
    print("x is gone")

def local_del():
    z = 3
    del z
    try:
        return z
    except NameError:
        return "z unbound"

print(local_del())
