# Changing a set (or a list) while iterating over it: the set iterator walks the table live (an item
# swapped in at one size is met where it landed), a change of size raises RuntimeError (sticky).
from __future__ import print_function
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
def set_swap():
    s = {1, 2, 3}
    out = []
    for x in s:
        out.append(x)
        if x == 1:
            s.discard(3)
            s.add(4)
    return out
def set_del():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
def list_del():
    l = [1, 2, 3, 4]
    for x in l:
        l.remove(x)
    return l
def list_insert_front():
    l = [1, 2, 3]
    out = []
    for x in l:
        out.append(x)
        if len(l) < 5:
            l.insert(0, 0)
    return out
def frozen():
    s = {1, 2}
    it = iter(s)
    next(it)
    s.add(9)
    s.discard(9)
    return next(it, "end")
for f in [set_swap, set_del, list_del, list_insert_front, frozen]:
    t(f)
def inplace_ops():
    s = set(range(10))
    out = []
    for x in s:
        out.append(x)
        if x == 2:
            s -= {5}
    return out
def inplace_same_size():
    s = {1, 2, 3, 4}
    out = []
    for x in s:
        out.append(x)
        if x == 1:
            s ^= {2, 12}
    return out
t(inplace_ops)
t(inplace_same_size)
