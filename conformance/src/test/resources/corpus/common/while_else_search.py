# while/for loops with break, continue and else clauses; nested loops and loop variables after.
from __future__ import print_function
def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print("no", target)
        i = -1
    return i
print(find([4, 8, 15, 16], 15), find([4, 8], 99), find([], 1))
n = 0
while n < 10:
    n += 1
    if n % 3 == 0:
        continue
    if n == 8:
        print("break at", n)
        break
    print("n", n)
else:
    print("while else not run")
k = 5
while k > 0:
    k -= 2
else:
    print("while else ran, k =", k)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            print("inner break", i, j)
            break
        print(i, j)
    else:
        print("inner else for i =", i)
for last in range(4):
    pass
print("last", last)
def primes_upto(limit):
    out = []
    cand = 2
    while cand <= limit:
        d = 2
        while d * d <= cand:
            if cand % d == 0:
                break
            d += 1
        else:
            out.append(cand)
        cand += 1
    return out
print(primes_upto(40))
collatz = 27
steps = 0
while collatz != 1:
    collatz = collatz // 2 if collatz % 2 == 0 else 3 * collatz + 1
    steps += 1
print("collatz steps", steps)
for x in []:
    print("never")
else:
    print("empty for else")
total = 0
for i in range(100):
    if i % 2:
        continue
    total += i
    if total > 200:
        break
print(i, total)
