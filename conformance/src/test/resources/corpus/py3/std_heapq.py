# heapq from the local CPython's library (its C accelerator _heapq is absent in pyvm, so the
# module's own pure-Python fallback runs, as it would on a CPython built without it).
import heapq
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
print(heapq.nsmallest(3, [7, 2, 9, 4, 1]), heapq.nlargest(2, [7, 2, 9, 4, 1]))
data = [9, 4, 7, 1]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
print(heapq.nsmallest(2, ['pear', 'fig', 'banana'], key=len))
