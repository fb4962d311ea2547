# list.sort asks "<" in exactly CPython's order (Tim Peters' listsort): the log of __lt__ calls
# is checksummed for lists of many sizes and shapes (random, duplicates, runs, saw-tooth...).

LOG = []


class K(object):
    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        LOG.append((self.i, other.i))
        return self.v < other.v


SEED = [20240601]


def rnd(n):
    SEED[0] = (SEED[0] * 1103515245 + 12345) % 2147483648
    return (SEED[0] >> 8) % n


def perm(n):
    xs = list(range(n))
    i = n - 1
    while i > 0:
        j = rnd(i + 1)
        xs[i], xs[j] = xs[j], xs[i]
        i -= 1
    return xs


def checksum(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 7919 + b) % 4294967291
    return h


def run(name, values):
    del LOG[:]
    items = [K(v, i) for i, v in enumerate(values)]
    items.sort()
    ids = [k.i for k in items]
    ok = all(not (items[j + 1].v < items[j].v) for j in range(len(items) - 1))
    print("%s n=%d calls=%d log=%d ids=%d" % (name, len(values), len(LOG),
                                               checksum(LOG), checksum(enumerate(ids))))
    if len(values) <= 12:
        print("  %s %s" % (ids, ok))


for n in range(0, 41):
    run("random", perm(n))
for n in (63, 64, 65, 100, 127, 128, 129, 150, 255, 256, 300, 1000):
    run("random", perm(n))
for n in (10, 50, 150, 300):
    run("dups5", [rnd(5) for _ in range(n)])
    run("dups2", [rnd(2) for _ in range(n)])
for n in (5, 64, 150, 500):
    run("sorted", list(range(n)))
    run("reversed", list(range(n, 0, -1)))
    run("equal", [7] * n)
    run("saw7", [i % 7 for i in range(n)])
    run("saw40", [i % 40 for i in range(n)])
    run("desc-eq", [(n - i) // 3 for i in range(n)])


def runs(lengths, descending_every=0):
    out = []
    base = 0
    for r, length in enumerate(lengths):
        chunk = [base + rnd(1000) for _ in range(length)]
        chunk.sort()
        if descending_every and r % descending_every == 0:
            chunk.reverse()
        out.extend(chunk)
        base += rnd(50) - 25
    return out


run("runs-a", runs([100, 20, 50, 3, 200]))
run("runs-b", runs([300, 70, 70, 70, 65, 400, 80, 90, 66, 500]))
run("runs-c", runs([rnd(300) + 64 for _ in range(12)], 3))
run("runs-d", runs([64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 900]))
run("runs-e", runs([1000, 64, 64, 64, 64, 64, 64, 64, 64]))
run("runs-f", runs([rnd(120) + 1 for _ in range(30)], 2))
# galloping: long stretches of one run winning, then the other
run("gallop-a", list(range(200)) + list(range(100, 110)) + list(range(300, 500)))
run("gallop-b", list(range(0, 600, 2)) + list(range(1, 601, 2)))
run("gallop-c", list(range(500, 800)) + list(range(0, 300)) + list(range(250, 260)))
run("gallop-d", [i // 50 for i in range(400)] + [i // 50 for i in range(400)])
mostly = list(range(700))
for _ in range(15):
    a = rnd(700)
    b = rnd(700)
    mostly[a], mostly[b] = mostly[b], mostly[a]
run("mostly-sorted", mostly)
