# Recursion: fib(20), ackermann with small arguments, mutual recursion, memo, hanoi, permutations.
from __future__ import print_function
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20), [fib(i) for i in range(12)])
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print([ack(m, n) for m in range(3) for n in range(4)], ack(2, 3), ack(3, 3))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(6)], is_odd(101))
memo = {}
def fib_memo(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = r
    return r
print(fib_memo(90), len(memo))
moves = []
def hanoi(n, src, dst, via):
    if n:
        hanoi(n - 1, src, via, dst)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src)
hanoi(4, "A", "C", "B")
print(len(moves), moves[:7])
def perms(seq):
    if len(seq) <= 1:
        return [seq]
    out = []
    for i in range(len(seq)):
        for rest in perms(seq[:i] + seq[i + 1:]):
            out.append(seq[i:i + 1] + rest)
    return out
print(perms("abc"), len(perms("abcde")))
def flatten(x):
    if isinstance(x, list):
        return [z for y in x for z in flatten(y)]
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], [[6]], []]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20))
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(sorted(power_set([1, 2, 3])))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def count_down(n, acc):
    if n < 0:
        return acc
    return count_down(n - 1, acc + [n])
print(count_down(9, []))
