# heapq as a user drives it: heapify, push/pop, merge, nlargest/nsmallest, a priority queue.
from __future__ import print_function
import heapq

data = [5, 1, 8, 3, 9, 2, 7, 4, 6, 0]
h = list(data)
heapq.heapify(h)
print(h)
heapq.heappush(h, -1)
print(h[0], len(h))
print([heapq.heappop(h) for _ in range(4)])
print(heapq.heappushpop(h, 100), heapq.heapreplace(h, -5))
print(sorted(h))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])))
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'cherry']
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
print(heapq.nsmallest(1, []), heapq.nlargest(0, data))

# a task queue with (priority, count, task) entries
pq = []
for count, (prio, task) in enumerate([(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'think')]):
    heapq.heappush(pq, (prio, count, task))
order = []
while pq:
    order.append(heapq.heappop(pq)[2])
print(order)

def heapsort(items):
    hh = []
    for v in items:
        heapq.heappush(hh, v)
    return [heapq.heappop(hh) for _ in range(len(hh))]
print(heapsort([3.5, -2, 7, 0, 2.25, 11]))
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
