# Dict methods: get/setdefault/pop/popitem/update/fromkeys/copy, printed in sorted order.
from __future__ import print_function
d = {"b": 2, "a": 1, "c": 3}
print(sorted(d.items()))
print(sorted(d.keys()), sorted(d.values()))
print(d.get("a"), d.get("zz"), d.get("zz", "dflt"))
print(d.setdefault("d", 4), d.setdefault("a", 100))
print(sorted(d.items()))
print(d.pop("b"), d.pop("nope", None), "b" in d)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError", repr(e.args))
d.update({"e": 5, "a": 11})
d.update(f=6)
d.update([("g", 7)])
print(sorted(d.items()))
print(len(d), "a" in d, "z" not in d)
k, v = d.popitem()
print(k in "abcdefg", v in (11, 3, 4, 5, 6, 7), len(d))
print(sorted(dict.fromkeys("xyz").items()))
print(sorted(dict.fromkeys([1, 2], 0).items()))
c = d.copy()
c["new"] = 1
print(len(c) - len(d), "new" in d)
del c["new"]
print(c == d, c is d)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print(sorted(counts, key=lambda ch: (-counts[ch], ch)))
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
for key in sorted(groups):
    print(key, groups[key])
inv = dict((v, k) for k, v in counts.items() if v > 1)
print(sorted(inv.items()))
print(dict(a=1, b=2) == {"b": 2, "a": 1}, dict([(1, 2)]), dict(zip("ab", [1, 2])) == {"a": 1, "b": 2})
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(sorted(nested["x"]["y"].items()))
d.clear()
print(d, len(d), bool(d))
keyed = {(1, 2): "tuple", 3: "int", 3.5: "float", None: "none"}
print(keyed[(1, 2)], keyed[3], keyed[3.0], keyed[None])
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
