# Loops hot enough for pyvm to move the running frame into compiled code part-way (on-stack
# replacement): the values on the stack, the loop blocks and exceptions must carry over.
from __future__ import print_function
import sys


def summing(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def nested_with_break(n):
    found = []
    for i in range(n):
        j = 0
        while True:
            j += 1
            if j * j > i:
                break
        if i % 1000 == 999:
            found.append((i, j))
    return found


def raising_late(n):
    acc = 0
    for i in range(n):
        acc += i
        if i == n - 1:
            raise ValueError("late at %d with %d" % (i, acc))
    return acc


def caught_in_loop(n):
    caught = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise KeyError(i)
            caught -= 1
        except KeyError as e:
            caught += 2
    return caught


def gen(n):
    for i in range(n):
        yield i * 2


def over_a_generator(n):
    s = 0
    for v in gen(n):
        s += v
        if v > 2 * n - 10:
            break
    return s


def unpacking(n):
    pairs = [(i, -i) for i in range(n)]
    a = b = 0
    for x, y in pairs:
        a, b = a + x, b + y
    return a, b


def deep_in_the_middle(n):
    inner = [0]

    def bump(k):
        inner[0] += k
        return inner[0]

    for i in range(n):
        bump(i % 5)
    return inner[0]


print(summing(5000))
print(nested_with_break(5000))
try:
    raising_late(4000)
except ValueError as e:
    print("caught:", e)
print(caught_in_loop(4000))
print(over_a_generator(3000))
print(unpacking(3000))
print(deep_in_the_middle(3000))
print(summing(10), nested_with_break(3), caught_in_loop(4))


def fails(n):
    total = 0
    for i in range(n):
        total += 10 // (n - 1 - i)
    return total


fails(3000)
