# str.join reads a list or tuple as it is and iterates anything else (PySequence_Fast):
# subclasses with their own __iter__, generators, dicts, and the errors for a non-iterable
# argument and for an item of the wrong kind (with its index).
from __future__ import print_function


class Backwards(list):
    def __iter__(self):
        return iter(reversed(self[:]))


class Pair(tuple):
    def __iter__(self):
        yield "first"
        yield "second"


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


words = ["alpha", "beta", "gamma"]
show("list", lambda: "-".join(words))
show("tuple", lambda: ", ".join(("x", "y", "z")))
show("empty list", lambda: "-".join([]))
show("one item", lambda: "-".join(["solo"]))
show("empty sep", lambda: "".join(["a", "b", "c"]))
show("list subclass own iter", lambda: "+".join(Backwards(["1", "2", "3"])))
show("tuple subclass own iter", lambda: "+".join(Pair(("a", "b"))))
show("generator", lambda: "/".join(w.upper() for w in words))
show("dict keys", lambda: ":".join(sorted({"k1": 1, "k2": 2})))
show("dict", lambda: len(":".join({"only": 1})))
show("string", lambda: ".".join("abc"))
show("range of str", lambda: "|".join(map(str, range(5))))
show("not iterable", lambda: "-".join(5))
show("None", lambda: "-".join(None))
show("int item in list", lambda: "-".join(["a", 2, "c"]))
show("int item in tuple", lambda: "-".join(("a", "b", 3.5)))
show("int item from generator", lambda: "-".join(x for x in ["a", None]))
show("nested list", lambda: "-".join(["a", ["b"]]))
show("long list", lambda: len(" ".join(["w%d" % i for i in range(1000)])))

big = ["%d" % i for i in range(10)]
joined = ",".join(big)
big.append("late")
print(joined)
print(",".join(big)[-10:])
print(b"-".join([b"x", b"y"]) == b"x-y")
