# Slices of ranges with more items than an int counts: CPython's compute_slice over the exact length
# (range(2**40)[1:3] is range(1, 3)); bounds past a long, negative steps, clamping, and the errors.
import sys
M = sys.maxsize
big = range(2**40)
print(big[1:3], big[::-1][:2], big[-3:], big[5:1:-2], big[2**50:], big[-2**50:3])
print(big[::2**20][-1], len(big[::3]), big[10::-1][:3])
r = range(-M - 1, M, 3)
print(r[2:5], r[-2:], r[::-2**61][:3], r[:-1][-1])
h = range(10**30, 10**30 + 2**40, 7)
print(h[1:4], h[-2:], len(h[::5]))
print(list(range(2**33)[2**32:2**32 + 3]))
try:
    big[::0]
except ValueError as e:
    print("ValueError", e)
try:
    big['a':]
except TypeError as e:
    print("TypeError", e)
