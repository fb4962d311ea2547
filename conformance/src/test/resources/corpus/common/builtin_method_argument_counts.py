# builtin methods called with too many or too few arguments: each CPython's TypeError, never a silent success
from __future__ import print_function


def show(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, "TypeError:", e)


show("list.append 2", lambda: [].append(1, 2))
show("list.append 0", lambda: [].append())
show("list.pop 2", lambda: [1].pop(0, 1))
show("list.index 0", lambda: [1].index())
show("list.count 2", lambda: [1].count(1, 2))
show("list.insert 1", lambda: [1].insert(0))
show("list.extend 0", lambda: [1].extend())
show("list.remove 0", lambda: [1].remove())
show("list.reverse 1", lambda: [1].reverse(1))
show("str.upper 1", lambda: "abc".upper(1))
show("str.lower 2", lambda: "abc".lower(1, 2))
show("str.isdigit 1", lambda: "abc".isdigit(1))
show("str.title 1", lambda: "abc".title(1))
show("str.strip 2", lambda: "abc".strip("a", "b"))
show("str.rstrip 2", lambda: "abc".rstrip("a", "b"))
show("str.split 3", lambda: "a,b".split(",", 1, 2))
show("str.join 0", lambda: ",".join())
show("str.join 2", lambda: ",".join([], []))
show("str.replace 1", lambda: "abc".replace("a"))
show("str.replace 4", lambda: "abc".replace("a", "b", 1, 2))
show("str.find 0", lambda: "abc".find())
show("str.find 4", lambda: "abc".find("a", 1, 2, 3))
show("str.index 0", lambda: "abc".index())
show("str.count 0", lambda: "abc".count())
show("str.startswith 4", lambda: "abc".startswith("a", 1, 2, 3))
show("str.center 0", lambda: "abc".center())
show("str.ljust 3", lambda: "abc".ljust(5, "x", 1))
show("str.zfill 0", lambda: "abc".zfill())
show("str.partition 0", lambda: "abc".partition())
show("str.splitlines 2", lambda: "abc".splitlines(1, 2))
show("str.encode 3", lambda: "abc".encode("utf-8", "strict", 1))
show("str.isspace 1", lambda: " ".isspace(1))
show("unbound str.upper", lambda: str.upper("a", 1))
show("dict.get 0", lambda: {}.get())
show("dict.get 3", lambda: {}.get(1, 2, 3))
show("dict.keys 1", lambda: sorted({1: 2}.keys(1)))
show("dict.pop 0", lambda: {}.pop())
show("dict.setdefault 0", lambda: {}.setdefault())
show("dict.update 2", lambda: {}.update({}, {}))
show("dict.copy 1", lambda: {}.copy(1))
show("set.add 2", lambda: set().add(1, 2))
show("set.discard 0", lambda: set().discard())
show("set.remove 2", lambda: set([1]).remove(1, 2))
show("set.pop 1", lambda: set([1]).pop(1))
show("frozenset.issubset 0", lambda: frozenset().issubset())
show("tuple.count 0", lambda: (1,).count())
show("tuple.index 0", lambda: (1,).index())
show("bytearray.append 2", lambda: bytearray(b"a").append(1, 2))
show("bytearray.upper 1", lambda: bytearray(b"a").upper(1))
show("float.is_integer 1", lambda: (1.5).is_integer(1))
show("int.bit_length 1", lambda: (5).bit_length(1))
# the right counts still work
print([1, 2, 3].pop(0), "a-b-c".split("-", 1), "abc".center(7, "*"), {1: 2}.get(3, "d"))


class Words(list):
    pass


show("subclass append 2", lambda: Words().append(1, 2))
