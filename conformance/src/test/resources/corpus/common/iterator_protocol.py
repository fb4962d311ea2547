# User iterators via __iter__/__next__ (and next for 2.7), iter() with a sentinel.
class Countdown(object):
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

    next = __next__

class Squares(object):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            yield i * i

print(list(Countdown(5)))
print(sum(Squares(4)))
it = iter(Countdown(2))
print(next(it))
print(next(it))
print(next(it, "done"))
for a, b in zip(Countdown(3), Squares(10)):
    print("%d %d" % (a, b))
values = [3, 2, 1, 0, 5]
pos = [0]
def produce():
    v = values[pos[0]]
    pos[0] += 1
    return v
print(list(iter(produce, 0)))
print(list(enumerate(Squares(3))))
print(sorted(Countdown(4)))
it2 = iter([1, 2, 3])
print(list(it2))
print(list(it2))
print(3 in Squares(5))
