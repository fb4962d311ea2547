import sys
sys.setrecursionlimit(60)
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
try:
    f(100)
except RecursionError:
    print("RecursionError")
