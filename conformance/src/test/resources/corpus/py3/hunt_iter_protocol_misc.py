import itertools
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
it = iter(data)
print(next(it), next(it), list(itertools.islice(it, 3)), next(it))
print(list(zip(data, data[1:])), [b - a for a, b in zip(data, data[1:])])
print(list(enumerate(data, start=10))[:3], dict(enumerate('abc')))
chunks = [data[i:i + 4] for i in range(0, len(data), 4)]
print(chunks)
def chunked(iterable, n):
    it = iter(iterable)
    while True:
        chunk = list(itertools.islice(it, n))
        if not chunk:
            return
        yield chunk
print(list(chunked(range(10), 3)))
def window(seq, n=3):
    it = iter(seq)
    win = tuple(itertools.islice(it, n))
    if len(win) == n:
        yield win
    for x in it:
        win = win[1:] + (x,)
        yield win
print(list(window(range(6))))
print(sorted(data), sorted(set(data)), list(dict.fromkeys(data)))
print(any(x > 8 for x in data), all(x > 0 for x in data), sum(1 for x in data if x == 5))
print(list(map(lambda x: x * 2, filter(lambda x: x % 2, data))))
print(list(itertools.accumulate(data, lambda a, b: max(a, b))))
print(list(reversed(range(5))), list(reversed('abc')), list(reversed((1, 2))))
iter_callable = iter([1, 2, 3, None, 4].pop, None)
print(list(iter(lambda c=iter([1, 2, 0, 3]): next(c), 0)))
d = {'x': 1, 'y': 2}
ki = iter(d)
print(next(ki), list(ki), list(d.items())[::-1])
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
f = Fib(50)
print(list(f), list(f), sum(f), max(f), 21 in f)
print(list(itertools.chain(*[[1], [2, 3]])), list(itertools.pairwise('abcd')) if hasattr(itertools, 'pairwise') else [('a', 'b'), ('b', 'c'), ('c', 'd')])
e = enumerate('xy')
print(next(e), list(e), next(e, 'end'))
z = zip([1, 2], 'ab', (True, False))
print(list(z), list(z))
m = map(int, ['1', 'x', '3'])
print(next(m))
try:
    next(m)
except ValueError as err:
    print('ValueError:', err)
print(next(m))
r = range(3)
print(list(r), list(r), iter(r) is not iter(r), type(iter(r)).__name__, type(iter([])).__name__, type(iter('')).__name__)
