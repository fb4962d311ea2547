# 2.7 mixed-type ordering: None < numbers < other types by type name.
items = [(), '', 0, None, [], {}, 1.5, u'u', -1, 'a', (1,), [0], 2L, False]
print sorted(items)
print None < 0, 0 < '', '' < (), [] < (), {} < [], None < None
print 1 < 'a', 'a' < u'b', (1,) > [1], 1.5 < '1'
print sorted([3, 'b', None, 2.0, 'a', (2,), [1], None])
print max([1, 'x', (1,)]), min(['x', 2, None])
class A(object):
    pass
class B(object):
    pass
print sorted(['B', 1, 'A'])
print cmp(None, None), cmp(0, None), cmp('', 0)
print sorted([u'b', 'a', u'c', 'b'])
print sorted([True, 0, -1, 1, False, 0.5])
