def count_from(n, step=1):
    while True:
        yield n
        n += step

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def my_islice(it, start, stop):
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start:
            yield x

def cycle(seq):
    while True:
        for x in seq:
            yield x

def primes():
    found = []
    for n in count_from(2):
        if all(n % p for p in found):
            found.append(n)
            yield n

def filtered(pred, it):
    for x in it:
        if pred(x):
            yield x

print(take(5, count_from(10)))
print(take(4, count_from(0, 5)))
print(take(12, fib()))
print(list(my_islice(fib(), 10, 15)))
print(take(7, cycle("ab")))
print(take(10, primes()))
print(take(5, filtered(lambda x: x % 7 == 0, count_from(1))))
f = fib()
for _ in range(50):
    v = next(f)
print(v)
g = primes()
print(next(g) + next(g) + next(g))
print(take(3, (x * 2 for x in count_from(1))))
print(list(zip("abc", count_from(100))))
