# The recursion limit, not the host's stack, decides when deep recursion fails: 990 levels work,
# a raised limit allows more, runaway recursion raises RecursionError (2.7: RuntimeError), and an
# uncaught one prints CPython's traceback (3.x collapses the repeated lines).
import sys

def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)

def forever(n):
    return forever(n + 1)

print(deep(990))
print(sys.getrecursionlimit())
sys.setrecursionlimit(3000)
print(deep(2900))
sys.setrecursionlimit(1000)
try:
    forever(0)
except RuntimeError as e:
    print(type(e).__name__)
    print(str(e)[:36])
print(deep(500))

def countdown(n):
    if n < 0:
        raise ValueError("done at %d" % n)
    countdown(n - 1)

try:
    countdown(10)
except ValueError as e:
    print(e)
forever(0)
