from __future__ import print_function
# A set of strings printed directly (native order) after insertions,
# deletions and re-insertions; dummy slots influence where items land.
s = set()
for w in ['apple', 'banana', 'cherry', 'date', 'elder', 'fig', 'grape']:
    s.add(w)
print(sorted(s))
print(list(s))
s.discard('banana')
s.discard('fig')
print(list(s))
s.add('kiwi')
s.add('lemon')
print(list(s))
s.add('banana')
print(list(s))
s.remove('apple')
s.add('apple')
print(list(s))
for w in ['mango', 'nectarine', 'orange', 'papaya', 'quince']:
    s.add(w)
print(list(s))
for w in ['cherry', 'date', 'mango']:
    s.remove(w)
print(list(s))
print(len(s))
t = set(['x', 'y', 'z', 'w'])
print(list(t))
print(t.pop() in ('x', 'y', 'z', 'w'), len(t))
