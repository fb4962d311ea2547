# While list.sort runs, the list looks empty to the program; growing it from a comparison or a key
# function raises "ValueError: list modified during sort" afterwards, and what it grew to is
# dropped (the list holds the items being sorted, in the order the sort reached).

class K(object):
    def __init__(self, v, target, action):
        self.v = v
        self.target = target
        self.action = action

    def __lt__(self, other):
        self.action(self.target)
        return self.v < other.v

    def __repr__(self):
        return "K%d" % self.v


def peek(lst):
    SEEN.append((len(lst), repr(lst)))


def grow(lst):
    lst.append(K(99, lst, peek))


def grow_once(lst):
    if not GREW:
        GREW.append(1)
        lst.extend([K(98, lst, peek), K(97, lst, peek)])


def sorting(name, values, action, **kw):
    del SEEN[:]
    del GREW[:]
    lst = []
    for v in values:
        lst.append(K(v, lst, action))
    try:
        lst.sort(**kw)
        print("%s: sorted %s" % (name, lst))
    except ValueError as e:
        print("%s: ValueError %s -> %s" % (name, e, lst))
    print("  seen during sort: %s" % sorted(set(SEEN)))


SEEN = []
GREW = []
sorting("peek", [3, 1, 2], peek)
sorting("peek-rev", [3, 1, 2, 5, 4], peek, reverse=True)
sorting("grow", [3, 1, 2], grow)
sorting("grow-once", [5, 4, 3, 2, 1, 6], grow_once)
sorting("grow-rev", [1, 2, 3, 0], grow_once, reverse=True)
sorting("one item", [1], grow)

# a key function sees the emptied list too, and may not grow it either
data = [4, 2, 3, 1]
def key_peek(x):
    SEEN.append(len(data))
    return -x
del SEEN[:]
data.sort(key=key_peek)
print("key peek: %s seen %s" % (data, SEEN))

data = [4, 2, 3]
def key_grow(x):
    data.append(x)
    return x
try:
    data.sort(key=key_grow)
except ValueError as e:
    print("key grow: %s %s" % (e, data))

data = [7]
try:
    data.sort(key=key_grow)
except ValueError as e:
    print("key grow one: %s %s" % (e, data))

# an error from the comparison itself wins over the modification
class G(object):
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        data.append(0)
        raise KeyError(self.v)

data = [G(1), G(2)]
try:
    data.sort()
except KeyError as e:
    print("own error wins: KeyError %s, %d items" % (e, len(data)))
