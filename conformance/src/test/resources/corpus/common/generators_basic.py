# Generators: yield in loops, state across next(), StopIteration, early return.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def evens_until(limit):
    for x in count_up(limit * 2):
        if x > limit:
            return
        if x % 2 == 0:
            yield x

print(list(count_up(5)))
g = fib_gen()
print([next(g) for _ in range(10)])
print(list(evens_until(9)))
g2 = count_up(2)
print(next(g2))
print(next(g2))
try:
    next(g2)
except StopIteration:
    print("stopped")
print(next(count_up(0), "default"))

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

for v in with_finally():
    print(v)

def pairs(seq):
    it = iter(seq)
    for a in it:
        yield (a, next(it, None))

print(list(pairs([1, 2, 3, 4, 5])))
