# 3.x sets mixing ints, strings and bytes print in hash-slot order.
s = {1, 'one', b'one', 2, 'two', 3.0, (3,)}
print(s)
s.discard(1)
s.add(-1)
s.add('1')
print(s)
t = set()
for i in range(12):
    t.add(i)
    t.add(str(i))
    t.add(str(i).encode())
print(len(t), list(t)[:18])
t -= {str(i) for i in range(6)}
print(list(t)[:18])
print({x for x in ['a', 1, 'b', 2, 'c', 3] if x})
print({i: hash(i) == i for i in [0, 1, -1, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61]})
print({2 ** 61 - 1: 'a', 0: 'b'}, {0, 2 ** 61 - 1, 2 ** 61})
