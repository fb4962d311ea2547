import heapq
import bisect
nums = [5, 1, 8, 3, 9, 2, 7]
h = nums[:]
heapq.heapify(h)
print(h, heapq.heappop(h), h)
heapq.heappush(h, 0)
print(h, [heapq.heappop(h) for _ in range(3)])
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums), heapq.nlargest(2, ['a', 'ccc', 'bb'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0])), heapq.heappushpop([3, 5], 1), heapq.heapreplace([1, 5], 9))
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError:', e)
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect(a, 10))
bisect.insort(a, 4)
bisect.insort_left(a, 3)
print(a)
def grade(score, breakpoints=(60, 70, 80, 90), grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100, 60)])
print(bisect.bisect_left(a, 3, lo=3), bisect.bisect_right(a, 3, 0, 2))
class Job:
    def __init__(self, p, n):
        self.p, self.n = p, n
    def __lt__(self, other):
        return self.p < other.p
    def __repr__(self):
        return f'Job({self.p},{self.n})'
jobs = [Job(3, 'c'), Job(1, 'a'), Job(2, 'b')]
heapq.heapify(jobs)
print(heapq.heappop(jobs), jobs[0], sorted(jobs))
try:
    heapq.heappush([1], 'x')
except TypeError as e:
    print('TypeError:', e)
