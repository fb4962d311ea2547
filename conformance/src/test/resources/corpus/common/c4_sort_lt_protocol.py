# Which methods a sort calls: __lt__ only; the reflected __gt__ when __lt__ returns NotImplemented
# (3.7+ sort first calls a same-typed key's own __lt__, then the whole < again); mixed types and
# tuples as keys (py311/c4_sort_precheck_tuples.py has tuples whose items decline).

CALLS = []


class Shy(object):
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        CALLS.append("lt %d %d" % (self.v, other.v))
        if self.v % 2:
            return NotImplemented
        return self.v < other.v

    def __gt__(self, other):
        CALLS.append("gt %d %d" % (self.v, other.v))
        return self.v > other.v

    def __eq__(self, other):
        CALLS.append("eq %d %d" % (self.v, other.v))
        return self.v == other.v

    __hash__ = None

    def __repr__(self):
        return "S%d" % self.v


class Plain(object):
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        CALLS.append("plain lt %d %d" % (self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "P%d" % self.v


class Sub(Plain):
    pass


def show(label, result):
    print("%s -> %s" % (label, result))
    for c in CALLS:
        print("   " + c)
    del CALLS[:]


show("shy", sorted([Shy(3), Shy(1), Shy(4), Shy(2), Shy(5)]))
show("plain", sorted([Plain(3), Plain(1), Plain(2)]))
show("mixed classes", sorted([Plain(3), Sub(1), Plain(2), Sub(0)]))
show("tuples plain", sorted([(Plain(2), "b"), (Plain(1), "a"), (Plain(2), "a")]))
show("key to Shy", sorted([5, 2, 7, 4], key=Shy))
show("one", sorted([Shy(1)]))
