l = []
try:
    while True:
        l.append('x')
except MemoryError:
    n = len(l)
    l = None
    print("MemoryError after", n > 1000000)
s = ''
try:
    while True:
        s = s + 'y' * 4000000
except MemoryError:
    print("MemoryError for str", len(s) > 1000000)
