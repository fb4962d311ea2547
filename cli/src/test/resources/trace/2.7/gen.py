def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

for v in count(3):
    print(v)
