# Changing a dict while iterating over it, its keys(), values() or items() (2.7 iterkeys/itervalues/
# iteritems): the iterator walks the dict live (new values seen, deleted keys skipped), a change of size
# raises RuntimeError (sticky; none once exhausted), and from 3.8 keys changed behind the iterator too.
from __future__ import print_function
import sys
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
def items_del():
    d = {1: "a", 2: "b", 3: "c"}
    seen = []
    for k, v in d.items():
        seen.append(k)
        if k == 1:
            del d[k]
    return seen
def values_add():
    d = {1: "a"}
    for v in d.values():
        d[v] = 1
def keys_add():
    d = {1: "a"}
    for k in d.keys():
        d[k + 1] = 1
def items_set_value():
    d = {1: 1, 2: 2}
    for k, v in d.items():
        d[k] = v * 10
    return d
def values_clear():
    d = {1: 1, 2: 2}
    for v in d.values():
        d.clear()
t(items_del)
t(values_add)
t(keys_add)
t(items_set_value)
t(values_clear)
def rename_keys():
    d = {"a": 1, "b": 2}
    for k in list(d):
        d[k.upper()] = d.pop(k)
    return sorted(d.items())
def swap_same_size():
    d = {1: 1, 2: 2, 3: 3}
    out = []
    for k in d:
        out.append(k)
        if k == 1:
            del d[2]
            d[4] = 4
    return out
def update_values():
    d = {1: 1, 2: 2, 3: 3}
    out = []
    for k, v in d.items():
        out.append((k, v))
        if k == 1:
            d[3] = 30
    return out
def sticky():
    d = {1: 1}
    it = iter(d)
    d[2] = 2
    try:
        next(it)
    except RuntimeError as e:
        print("first", e)
    del d[2]
    return next(it, "end")
def exhausted():
    d = {1: 1}
    it = iter(d.items())
    print(list(it))
    d[2] = 2
    return next(it, "still exhausted")
def nested():
    d = {1: "a", 2: "b"}
    return [(k, v) for k in d for v in d.values()]
t(rename_keys)
t(swap_same_size)
t(update_values)
t(sticky)
t(exhausted)
t(nested)
d = {i: i * i for i in range(10)}
print(list(d.items())[:3], sum(d.values()), [k for k in d.keys() if k % 3 == 0])
print(type(iter(d)).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)
if sys.version_info[0] == 2:
    print(type(d.iteritems()).__name__, type(iter(d.viewvalues())).__name__, list(d.iteritems())[:2])
def pop_then_insert():
    d = {1: 1}
    for k in d.keys():
        d.pop(k)
        d[5] = 5
def stack():
    d = {}
    for i in range(5):
        d[i] = i
    out = [d.popitem() for _ in range(3)]
    d["x"] = 1
    del d["x"]
    d["y"] = 2
    return out, list(d), d.popitem(), list(d.items())
t(pop_then_insert)
t(stack)
if sys.version_info[0] == 2:
    def iter_del():
        d = {1: 1, 2: 2}
        for k, v in d.iteritems():
            del d[k]
    def viewvalues_add():
        d = {1: 1}
        for v in d.viewvalues():
            d[v + 1] = 0
    t(iter_del)
    t(viewvalues_add)
