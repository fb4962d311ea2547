# List methods and slice assignment / deletion including extended slices.
from __future__ import print_function
L = list(range(10))
L[2:5] = ["a", "b"]
print(L)
L[1:1] = [100, 200, 300]
print(L)
L[-2:] = []
print(L)
L[::2] = [0] * len(L[::2])
print(L)
del L[1::3]
print(L)
del L[:2]
print(L)
L[:] = "xyz"
print(L)
M = list(range(8))
M[::-2] = ["p", "q", "r", "s"]
print(M)
try:
    M[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
N = [5, 3, 8, 1]
N.append(9)
N.extend([7, 7])
N.insert(0, -1)
N.insert(100, 42)
N.insert(-1, 0)
print(N)
print(N.pop(), N.pop(0), N.pop(2), N)
N.remove(7)
print(N, N.count(7), N.index(9))
try:
    N.remove(12345)
except ValueError as e:
    print("ValueError caught")
N.sort()
print(N)
N.sort(reverse=True)
print(N)
N.reverse()
print(N)
print(N[:], N[::-1], N[1:-1], N[-3:-1])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
alias = [[0] * 3] * 3
alias[1][1] = 5
print(grid, alias)
a = [1, 2]
b = a
b += [3]
print(a, b, a is b)
c = a + [4]
print(a, c, a is c)
print([1, 2] * 3, [] * 5, [[1]] * 2)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [3] > [2, 9])
print(len([]), sum([1, 2, 3]), list("ab") + list((1, 2)))
empty = []
try:
    empty.pop()
except IndexError as e:
    print("IndexError", e)
try:
    print([1, 2, 3][5])
except IndexError as e:
    print("IndexError", e)
