# A "<" that answers inconsistently (pseudo-randomly, or always True/False) breaks every assumption
# of listsort's merges; CPython still finishes with each item once, in an order this program prints
# as a checksum (galloping's "impossible" cases happen here).

SEED = [31337]


def rnd(n):
    SEED[0] = (SEED[0] * 1103515245 + 12345) % 2147483648
    return (SEED[0] >> 8) % n


class Liar(object):
    mode = ["random"]
    calls = [0]

    def __init__(self, i):
        self.i = i

    def __lt__(self, other):
        Liar.calls[0] += 1
        m = Liar.mode[0]
        if m == "random":
            return rnd(3) == 0
        if m == "true":
            return True
        if m == "false":
            return False
        # "mostly": honest except every 13th answer is flipped
        honest = self.i < other.i
        return (not honest) if Liar.calls[0] % 13 == 0 else honest


def checksum(xs):
    h = 0
    for x in xs:
        h = (h * 1000003 + x) % 4294967291
    return h


for mode in ("random", "true", "false", "mostly"):
    for n in (2, 3, 7, 40, 65, 200, 700):
        Liar.mode[0] = mode
        Liar.calls[0] = 0
        base = list(range(n))
        if mode == "mostly":
            i = n - 1
            while i > 0:
                j = rnd(i + 1)
                base[i], base[j] = base[j], base[i]
                i -= 1
        items = [Liar(i) for i in base]
        items.sort()
        ids = [x.i for x in items]
        print("%s n=%d calls=%d order=%d complete=%s" % (mode, n, Liar.calls[0], checksum(ids),
                                                         sorted(ids) == list(range(n))))
