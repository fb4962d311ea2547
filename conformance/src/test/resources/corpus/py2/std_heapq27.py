# 2.7's heapq from the local CPython's library: it needs itertools and operator, which pyvm
# implements in Java.
import heapq
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print h, heapq.heappop(h), h
print heapq.nsmallest(3, [7, 2, 9, 4, 1]), heapq.nlargest(2, [7, 2, 9, 4, 1])
print list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6]))
print heapq.nsmallest(2, ['pear', 'fig', 'banana'], key=len), heapq.nlargest(1, ['pear', 'fig', 'banana'], key=len)
import operator
print operator.itemgetter(1)('abc'), operator.itemgetter(0, 2)('abc'), operator.add(2, 3), operator.lt(1, 2)
