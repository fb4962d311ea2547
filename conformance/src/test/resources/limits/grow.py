l = []
try:
    while True:
        l.append('x')
except MemoryError:
    n = len(l)
    l = None
    print("MemoryError after", n > 100000)
s = ''
try:
    while True:
        s = s + 'y' * 1000000
except MemoryError:
    print("MemoryError for str", len(s) > 1000000)
