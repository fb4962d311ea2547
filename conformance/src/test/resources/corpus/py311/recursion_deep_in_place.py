import sys
sys.setrecursionlimit(200000)
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(100000))
def boom(n):
    return boom(n + 1)
sys.setrecursionlimit(1000)
try:
    boom(0)
except RecursionError as e:
    print("RecursionError", e)
