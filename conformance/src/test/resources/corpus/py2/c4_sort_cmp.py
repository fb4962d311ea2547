# 2.7's cmp= argument: "less" is cmp(x, y) < 0, asked in listsort's order; the result must be an
# int (bool counts, long and float do not); with key= the cmp function gets the keys; __cmp__-only
# classes sort through <; a cmp that raises leaves the list partly sorted.

LOG = []


def logged_cmp(a, b):
    LOG.append((a, b))
    return a - b


def checksum(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 7919 + b) % 4294967291
    return h


SEED = [99]


def rnd(n):
    SEED[0] = (SEED[0] * 1103515245 + 12345) % 2147483648
    return (SEED[0] >> 8) % n


for n in (0, 1, 2, 3, 5, 8, 20, 64, 65, 150, 400):
    values = [rnd(3 * n + 1) for _ in range(n)]
    for rev in (False, True):
        del LOG[:]
        out = sorted(values, cmp=logged_cmp, reverse=rev)
        print("n=%d reverse=%s calls=%d log=%d ok=%s" % (n, rev, len(LOG), checksum(LOG),
                                                         out == sorted(values, reverse=rev)))
        if n <= 5:
            print("  %s %s" % (out, LOG))

# cmp with key: cmp sees the keys
del LOG[:]
words = ["ccc", "a", "bb", "dddd", "ee", "f"]
print(sorted(words, lambda a, b: logged_cmp(a, b), len))
print(LOG)
del LOG[:]
words.sort(cmp=logged_cmp, key=len, reverse=True)
print(words)
print(LOG)

# positional cmp for list.sort and sorted
nums = [3, 1, 2]
nums.sort(lambda a, b: b - a)
print(nums)
print(sorted([3, 1, 2], None, None, True))

# what a cmp function may return
print(sorted([3, 1, 2], cmp=lambda a, b: a > b))
print(sorted([3, 1, 2], cmp=lambda a, b: -(a < b)))
for bad in (lambda a, b: long(a - b), lambda a, b: float(a - b), lambda a, b: None, lambda a, b: "x"):
    try:
        sorted([3, 1, 2], cmp=bad)
    except TypeError as e:
        print("TypeError: %s" % e)
print(sorted([1], cmp=lambda a, b: None))


# __cmp__-only classes, sorted by <, which calls __cmp__
class C:
    def __init__(self, v):
        self.v = v

    def __cmp__(self, other):
        LOG.append((self.v, other.v))
        return cmp(self.v, other.v)

    def __repr__(self):
        return "C%d" % self.v


class N(object):
    def __init__(self, v):
        self.v = v

    def __cmp__(self, other):
        LOG.append((self.v, other.v))
        return cmp(other.v, self.v)

    def __repr__(self):
        return "N%d" % self.v


del LOG[:]
print(sorted([C(5), C(2), C(8), C(1), C(9), C(3)]))
print(LOG)
del LOG[:]
print(sorted([N(5), N(2), N(8), N(1), N(9), N(3)]))
print(LOG)


# a cmp that raises mid-sort
def failing(limit):
    count = [0]

    def f(a, b):
        count[0] += 1
        if count[0] > limit:
            raise ZeroDivisionError("cmp %d" % count[0])
        return cmp(a, b)
    return f


data = [rnd(100) for _ in range(120)]
for limit in (0, 3, 100, 300, 500, 600, 700):
    lst = list(data)
    try:
        lst.sort(cmp=failing(limit))
        print("limit %d sorted" % limit)
    except ZeroDivisionError as e:
        print("limit %d %s %d %s" % (limit, e, checksum(enumerate(lst)), sorted(lst) == sorted(data)))
