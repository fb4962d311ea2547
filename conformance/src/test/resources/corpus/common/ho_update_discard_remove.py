from __future__ import print_function
# update/discard/remove/intersection_update sequences on a set.
s = set(['ant', 'bee'])
s.update(['cat', 'dog'], ('eel', 'fox'), 'gh')
print(list(s))
s.discard('g')
s.discard('nothing')
print(list(s))
try:
    s.remove('nothing')
except KeyError as e:
    print('KeyError', e)
s.difference_update(['ant', 'cat'])
print(list(s))
s.intersection_update(['bee', 'dog', 'eel', 'h', 'zzz'])
print(list(s))
s.symmetric_difference_update(['dog', 'yak', 'gnu'])
print(list(s))
s |= set(['ant', 'cat', 'emu'])
print(list(s))
s.clear()
s.update(range(10, 0, -1))
print(s)
s.update([-1, -10, 100])
print(s)
for x in list(s):
    if x % 2:
        s.remove(x)
print(s)
d = {}
d.update([('k1', 1), ('k2', 2)])
d.update(k3=3, k0=0)
print(sorted(d.items()))
print(len(d))
