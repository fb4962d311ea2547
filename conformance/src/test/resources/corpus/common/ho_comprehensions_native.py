from __future__ import print_function
# Set and dict comprehensions printed directly.
words = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'the', 'lazy', 'dog']
print(list({w for w in words}))
print(list({w.upper() for w in words if len(w) > 3}))
print({len(w) for w in words})
print({i * i for i in range(-6, 7)})
print({i % 7 - 3 for i in range(50)})
d = {w: len(w) for w in words}
print(list(d.items()))
d2 = {i: str(i) for i in range(10, 0, -1)}
print(d2)
d3 = {str(i): i for i in range(12)}
print(list(d3))
d4 = {(i, -i): i for i in range(5)}
print(list(d4))
print(list({w[0] for w in words}))
print(list({c for w in words for c in w}))
