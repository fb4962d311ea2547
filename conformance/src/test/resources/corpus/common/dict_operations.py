# Dict operations, printed in sorted order so every version agrees.
d = {"b": 2, "a": 1, "c": 3}
d["d"] = 4
print(sorted(d.items()))
print(d["a"])
print(d.get("z"))
print(d.get("z", 0))
print("b" in d)
print("z" not in d)
print(len(d))
del d["b"]
print(sorted(d.keys()))
print(sorted(d.values()))
print(d.pop("c"))
print(d.pop("zz", "missing"))
print(d.setdefault("e", 5))
print(d.setdefault("a", 100))
d.update({"f": 6, "a": 10})
print(sorted(d.items()))
e = dict(x=1, y=2)
print(sorted(e.items()))
f = dict([("k", "v"), ("k2", "v2")])
print(sorted(f))
g = dict.fromkeys(["p", "q"], 0)
print(sorted(g.items()))
copy = d.copy()
copy["a"] = -1
print(d["a"])
print(d == {"a": 10, "d": 4, "e": 5, "f": 6})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
d.clear()
print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError %r" % e.args[0])
