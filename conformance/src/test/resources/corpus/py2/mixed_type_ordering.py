# 2.7 orders values of different types: None < numbers < other types by name.
print None < 0
print 1 < "1"
print [] < ""
print {} < []
print () > []
print sorted([3, "a", None, 2.5, [1], (1,), {"k": 1}, u"b"])
print min(1, "x", None)
print max([1], "x")
print sorted([True, 0, 2, -1.5, 1L])
print 1 == 1.0, 1 == "1"
print cmp(None, 0), cmp([], ())

class K(object):
    pass

print sorted(["z", K() is None, 0])
