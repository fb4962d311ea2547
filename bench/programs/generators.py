# generators: pipelines of generator functions, generator expressions, send(), close(),
# generators driving for-loops, sum/any/all/zip over generators.
from __future__ import print_function, division
import sys

N = 180  # size: rounds of the pipelines below


def count_from(start, stop):
    i = start
    while i < stop:
        yield i
        i += 1


def mapped(fn, it):
    for x in it:
        yield fn(x)


def only(pred, it):
    for x in it:
        if pred(x):
            yield x


def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x


def pairs(it):
    prev = None
    first = True
    for x in it:
        if not first:
            yield prev, x
        prev = x
        first = False


def running_total():
    total = 0
    while True:
        got = yield total
        if got is None:
            break
        total = (total + got) % 1000003


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, (a + b) % 1000000007


def chunks(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(it):
    for chunk in it:
        for x in chunk:
            yield x


def one_round(r, size):
    base = count_from(r, r + size)
    squares = mapped(lambda x: x * x % 10007, base)
    odd = only(lambda x: x & 1, squares)
    acc = 0
    for a, b in pairs(odd):
        acc = (acc * 31 + a - b) % 1000000007
    acc += sum(x % 13 for x in count_from(0, size) if x % 3 != 1)
    acc += sum(len(c) * c[0] for c in chunks(count_from(r, r + size), 7))
    acc += sum(flatten(chunks(take(size // 2, fib_gen()), 5))) % 1000003
    acc += any(x > size * 2 for x in count_from(0, size))
    acc += all(x >= 0 for x in count_from(0, size // 4))
    acc += sum(a * b for a, b in zip(count_from(0, size), mapped(lambda y: y + r, count_from(0, size)))) % 99991
    acc += max(x % 1009 for x in (y * 7 for y in count_from(0, size)))
    acc += len([x for x in take(size // 3, only(lambda v: v % 5 != 0, count_from(0, size)))])
    rt = running_total()
    next(rt)
    last = 0
    for x in count_from(0, size // 2):
        last = rt.send(x * r + 1)
    rt.close()
    acc += last
    g = fib_gen()
    for _ in range(r % 17):
        next(g)
    acc += next(g)
    return acc % 1000000007


def main(n):
    acc = 0
    for r in range(n):
        acc = (acc * 7 + one_round(r, 3000)) % 1000000007
    return "rounds=%d checksum=%d" % (n, acc)


if __name__ == '__main__':
    if len(sys.argv) > 1:
        N = int(sys.argv[1])
    print(main(N))
