# An exception raised by a comparison (or a key function) mid-sort propagates, and the list keeps
# every item once, in the partly sorted order CPython's listsort had reached (a merge's temp run is
# copied back; reverse=True is undone).

class Boom(Exception):
    pass


class K(object):
    budget = [0]

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        K.budget[0] -= 1
        if K.budget[0] < 0:
            raise Boom("after %d" % self.i)
        return self.v < other.v

    def __repr__(self):
        return str(self.i)


SEED = [4242]


def rnd(n):
    SEED[0] = (SEED[0] * 1103515245 + 12345) % 2147483648
    return (SEED[0] >> 8) % n


def checksum(xs):
    h = 0
    for x in xs:
        h = (h * 1000003 + x) % 4294967291
    return h


def attempt(name, values, budget, **kw):
    items = [K(v, i) for i, v in enumerate(values)]
    K.budget[0] = budget
    try:
        items.sort(**kw)
        outcome = "sorted"
    except Boom as e:
        outcome = "Boom(%s)" % e
    ids = [k.i for k in items]
    intact = sorted(ids) == list(range(len(values)))
    if len(values) <= 10:
        print("%s budget=%d %s %s intact=%s" % (name, budget, outcome, ids, intact))
    else:
        print("%s budget=%d %s ids=%d intact=%s" % (name, budget, outcome, checksum(ids), intact))


small = [5, 3, 8, 1, 9, 2, 7]
for b in range(0, 16):
    attempt("small", small, b)
    attempt("small-rev", small, b, reverse=True)

big = [rnd(500) for _ in range(300)]
for b in (0, 1, 50, 100, 500, 900, 1200, 1500, 1800, 2000, 2100, 2200, 2300, 2400):
    attempt("big", big, b)
    attempt("big-rev", big, b, reverse=True)

# two long runs, so the failure lands inside merge_lo / merge_hi, also while galloping
lo_heavy = list(range(0, 400, 2)) + list(range(1, 1001, 2))
hi_heavy = list(range(0, 1000, 2)) + list(range(1, 401, 2))
gallop = list(range(300)) + list(range(100, 110)) + list(range(120, 420))


def total_calls(values):
    items = [K(v, i) for i, v in enumerate(values)]
    K.budget[0] = 10 ** 9
    items.sort()
    return 10 ** 9 - K.budget[0]


for name, values in (("merge-lo", lo_heavy), ("merge-hi", hi_heavy), ("gallop", gallop)):
    total = total_calls(values)
    print("%s total=%d" % (name, total))
    for b in sorted(set([total * k // 12 for k in range(1, 12)] + [total - 2, total - 1, total])):
        attempt(name, values, b)


def bad_key(item):
    if item.i == 4:
        raise Boom("key of 4")
    return item.v

items = [K(v, i) for i, v in enumerate(small)]
K.budget[0] = 100
try:
    items.sort(key=bad_key, reverse=True)
except Boom as e:
    print("key raised: %s %s" % (e, items))

K.budget[0] = 3
items = [K(v, i) for i, v in enumerate(small)]
try:
    sorted(items)
except Boom as e:
    print("sorted raised: %s, list untouched %s" % (e, items))

try:
    [3, 1, "a", 2].sort()
    print("mixed sorted")
except TypeError:
    print("mixed: TypeError")
