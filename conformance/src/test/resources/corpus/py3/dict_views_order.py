# Dict views are live, set-like, and iterate in insertion order.
d = {"z": 1, "a": 2, "m": 3}
keys = d.keys()
values = d.values()
items = d.items()
print(keys, values, items)
d["b"] = 4
print(list(keys))
del d["z"]
print(list(items))
print(keys & {"a", "q"} == {"a"})
print(sorted(keys | {"new"}))
print("a" in keys, 3 in values, ("m", 3) in items)
print(type(keys).__name__, type(values).__name__, type(items).__name__)
d2 = dict.fromkeys("cab")
print(list(d2))
d2.pop("a")
d2["a"] = None
print(list(d2))
print(list(reversed(sorted(d))))
print({k: v for k, v in sorted(d.items(), key=lambda kv: kv[1])})
print(next(iter(d)))
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
