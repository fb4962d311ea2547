# s += t in a loop grows one buffer in place, as CPython resizes a string only one name holds; every
# string made on the way keeps its own value, and a lone surrogate pair still joins as CPython's does.
s = ""
kept = []
for i in range(3000):
    s += "x%d," % i
    if i % 1000 == 0:
        kept.append(s)
t = s
s += "END"
u = t + "!"
v = t + "?"                       # t is no longer the end of the buffer: a copy
print(len(s), len(t), len(u), len(v), s[-6:], t[-6:], u[-6:], v[-6:])
print([len(k) for k in kept], [k[-5:] for k in kept])
print(s[:12], hash(t) == hash(t[:]), t == s[:-3], u[:-1] == t, v[:-1] == t, u != v)
d = {t: 1, u: 2}
print(d[s[:-3]], d[v[:-1] + "!"])
w = ""
for i in range(20000):
    w += "ab"
print(len(w), w.count("ab"), w[100:106], w.find("ba"), "ab" * 3 in w)
a = "\ud83d" * 600
b = a + "\ude00"
print(len(b), len(a + "x"), (a + "\ude00")[-2:] == "\ud83d\ude00", len(b[-2:]), ascii(b[-3:]))
big = "y" * 700
parts = [big + str(k) for k in range(3)]
print([len(p) for p in parts], [p[-2:] for p in parts], big[-2:])
n = ""
for ch in "hello world":
    n = n + ch.upper()
print(n, len(n))
