# Set iteration order of strings depends on the exact str hash values,
# which differ between 3.6 and 3.11 even under PYTHONHASHSEED=0.
colors = ['red', 'green', 'blue', 'cyan', 'magenta', 'yellow', 'black', 'white']
s = set(colors)
print(s)
print(list(s))
s.discard('blue')
s.add('orange')
print(s)
print({c[::-1] for c in colors})
print(frozenset('abcdefghij'))
print({'\xe9', '\u20ac', '\U0001f600', 'a', 'b'})
t = set()
for i in range(26):
    t.add(chr(ord('a') + i) * 2)
print(list(t))
for i in range(0, 26, 2):
    t.remove(chr(ord('a') + i) * 2)
t.add('zz!')
print(list(t))
big = {'s%d' % i for i in range(100)}
print(list(big)[:15])
print(sorted(big)[:5], len(big))
