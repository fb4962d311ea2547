try:
    'x' * 10**12
except MemoryError:
    print("MemoryError 1")
try:
    [0] * 10**12
except MemoryError:
    print("MemoryError 2")
try:
    10 ** 10**10
except MemoryError:
    print("MemoryError 3")
try:
    [0] * (10**9)
except MemoryError:
    print("MemoryError 4")
print("done")
