# Dict iteration in its native order: hash order in 2.7, insertion order in 3.6+.
d = {}
for word in ["zebra", "apple", "mango", "kiwi", "banana", "cherry"]:
    d[word] = len(word)
print(d)
print(list(d.keys()))
print(list(d.values()))
ints = {}
for i in [50, 3, 17, 8, 1000, 42]:
    ints[i] = i * i
print(ints)
for k in ints:
    print(k)
d2 = {"one": 1, "two": 2, "three": 3}
print(d2)
print(dict(a=1, b=2, c=3))
