from __future__ import print_function
# print(s) of sets mixing ints, strings and tuples (no None: its hash is address-based).
s = set([1, 'one', 2, 'two', (1, 2), -7, 'x'])
print(s)
s.discard(2)
s.add('2')
print(s)
s.add(3.5)
s.add(True)
print(len(s))
print(list(s))
t = {0, '', (), 'zero', 10 ** 12}
print(t)
u = {False, 0, 0.0}
print(u)
v = {1, 1.0, True}
print(v)
mix = set()
for i in range(8):
    mix.add(i)
    mix.add(str(i))
print(mix)
mix -= set(range(0, 8, 2))
print(mix)
print(set([(1, 'a'), ('a', 1), 1, 'a']))
