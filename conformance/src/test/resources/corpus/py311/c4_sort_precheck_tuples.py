# 3.11's sort pre-check also covers tuples whose first items share a class: those items are compared
# for == first, then by the class's own __lt__ and, when that declines, the whole < protocol.

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



def show(label, result):
    print("%s -> %s" % (label, result))
    for c in CALLS:
        print("   " + c)
    del CALLS[:]


show("tuples", sorted([(Shy(3), 1), (Shy(1), 2), (Shy(3), 0), (Shy(2), 5)]))
show("tuples mixed lengths", sorted([(Shy(3),), (Shy(3), 1), (Shy(1), 2, 3), (Shy(1), 2)]))
show("reverse", sorted([(Shy(4), 1), (Shy(1), 2), (Shy(5), 0)], reverse=True))
# first items ints: a later item that differs is ordered by one < (no second == after it)
show("int first", sorted([(1, Shy(4)), (0, Shy(9)), (1, Shy(2)), (1, Shy(3))]))
show("int first reverse", sorted([(2, Shy(6)), (2, Shy(8)), (1, Shy(1))], reverse=True))
