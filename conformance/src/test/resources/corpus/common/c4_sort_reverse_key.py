# reverse=True and key= sort as CPython does: keys computed once per item in list order before
# any comparison, reverse done by reversing, sorting stably and reversing back (equal items keep
# their order); the order of __lt__ calls on the keys is logged.

LOG = []
KEYCALLS = []


class Key(object):
    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        LOG.append((self.i, other.i))
        return self.v < other.v


class Item(object):
    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        LOG.append((self.i, other.i))
        return self.v < other.v

    def __repr__(self):
        return "%d:%d" % (self.v, self.i)


def key_of(item):
    KEYCALLS.append(item.i)
    return Key(item.v // 2, item.i)


SEED = [777]


def rnd(n):
    SEED[0] = (SEED[0] * 1103515245 + 12345) % 2147483648
    return (SEED[0] >> 8) % n


def checksum(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 7919 + b) % 4294967291
    return h


def show(name, items, small):
    ids = [x.i for x in items]
    print("%s n=%d calls=%d log=%d keycalls=%d ids=%d" % (name, len(items), len(LOG), checksum(LOG),
                                                          len(KEYCALLS), checksum(enumerate(ids))))
    if small:
        print("  %s log=%s keys=%s" % (items, LOG, KEYCALLS))


def case(name, values, **kw):
    del LOG[:]
    del KEYCALLS[:]
    items = [Item(v, i) for i, v in enumerate(values)]
    items.sort(**kw)
    show(name + " sort", items, len(values) <= 6)
    del LOG[:]
    del KEYCALLS[:]
    items = [Item(v, i) for i, v in enumerate(values)]
    out = sorted(items, **kw)
    show(name + " sorted", out, False)


for values in ([], [1], [2, 1], [1, 1, 1], [3, 1, 2], [1, 2, 3, 4, 5, 6], [4, 4, 2, 2, 9, 9],
               [rnd(10) for _ in range(40)], [rnd(4) for _ in range(150)],
               list(range(100)) + list(range(50)), [rnd(1000) for _ in range(300)]):
    case("plain", values)
    case("reverse", values, reverse=True)
    case("key", values, key=key_of)
    case("key+reverse", values, key=key_of, reverse=True)
    case("reverse=0", values, reverse=0)
    case("key=None", values, key=None)

# builtin keys: stability of reverse with equal keys, key functions on builtins
words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime", "banana", "nut"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, reverse=True))
pairs = [(w[0], i) for i, w in enumerate(words)]
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
nums = [3, -1, 2, -3, 1, -2, 0]
nums.sort(key=abs)
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
print(sorted([2.5, 1, 3, -0.5, 2]))
print(sorted("hello world"))
print(sorted((3, 1, 2), reverse=True))
# floats with NaN (every < with NaN is False, so NaN splits the runs) and ints past a machine word
print(sorted([3.0, float("nan"), 1.0, 2.0, float("nan"), 0.5, -1.5]))
print(sorted([3.0, 1.0, float("nan"), 2.0], reverse=True))
print(sorted([10 ** 20, 5, -10 ** 20, 3, 2 ** 63, -2 ** 63]))
print(sorted([7, 3, 9, 1], key=float))
