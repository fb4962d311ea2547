people = [('alice', 31, 'nyc'), ('bob', 25, 'sf'), ('carol', 31, 'la'), ('dave', 25, 'nyc'), ('eve', 40, 'sf')]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(min([], default='empty'), max([], key=len, default=None), min([3, 1, 2], default=0))
print(max('apple', 'fig', 'banana', key=len), min('apple', 'fig', 'banana'), max([1, 5, 3]), max(3, 7, 5))
print(max([[1, 2], [3], [0, 0, 0]], key=len), max({'a': 3, 'b': 9}, key={'a': 3, 'b': 9}.get))
print(sorted('Hello World', key=str.lower), sorted(['b', 'A', 'c', 'B'], key=str.casefold))
print(sorted([3, 1, 2], reverse=True), sorted((5, 4)), sorted({3: 1, 1: 2}), sorted(x % 4 for x in range(10)))
import operator
print(sorted(people, key=operator.itemgetter(1, 0)))
class Rec:
    def __init__(self, n, v):
        self.n, self.v = n, v
    def __repr__(self):
        return 'Rec(%s,%d)' % (self.n, self.v)
recs = [Rec('x', 3), Rec('y', 1), Rec('z', 2)]
print(sorted(recs, key=operator.attrgetter('v')), max(recs, key=lambda r: r.v))
stable = sorted([(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')], key=lambda t: t[0])
print(stable)
for call in (lambda: max([]), lambda: min(), lambda: max(1), lambda: sorted([1, 'a']), lambda: min([1, 2], foo=1),
             lambda: max([1], [2], default=0), lambda: sorted([Rec('a', 1), Rec('b', 2)]), lambda: sorted(3)):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
nums = [4, -7, 2, -1, 9, 0]
print(sorted(nums, key=abs), min(nums, key=abs), max(nums, key=lambda x: x * x), sum(nums), sum(nums, 100))
print(sorted(nums)[len(nums) // 2], sorted(map(str, nums)), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
l = [5, 2, 8]
l.sort(key=lambda x: -x); print(l)
print(sorted([[2, 'b'], [1, 'z'], [2, 'a']]), sorted([(1, None), (0, None)]))
try:
    sorted([(1, None), (1, None), (0, 2)])
    print(sorted([(1, None), (1, 2)]))
except TypeError as e:
    print('TypeError:', e)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=lambda w: (w.lower(), w)), sorted(set(w.lower() for w in words)))
print(list(reversed(sorted(words))), sorted(words, key=len, reverse=True))
