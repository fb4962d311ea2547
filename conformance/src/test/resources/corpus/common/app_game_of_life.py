from __future__ import print_function


def parse(picture):
    cells = set()
    for y, row in enumerate(picture.strip().split("\n")):
        for x, ch in enumerate(row):
            if ch == "#":
                cells.add((x, y))
    return frozenset(cells)


def neighbours(cell):
    x, y = cell
    return [(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy]


def step(live):
    counts = {}
    for c in live:
        for n in neighbours(c):
            counts[n] = counts.get(n, 0) + 1
    return frozenset(c for c, k in counts.items() if k == 3 or (k == 2 and c in live))


def bounds(live):
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return min(xs), min(ys), max(xs), max(ys)


def render(live):
    if not live:
        return "(empty)"
    x0, y0, x1, y1 = bounds(live)
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(x0, x1 + 1))
                     for y in range(y0, y1 + 1))


def normalise(live):
    x0, y0, _, _ = bounds(live)
    return frozenset((x - x0, y - y0) for x, y in live)


def run(name, picture, generations):
    live = parse(picture)
    seen = {normalise(live): 0}
    print("%s: %d cells" % (name, len(live)))
    for g in range(1, generations + 1):
        live = step(live)
        if not live:
            print("  died out at generation %d" % g)
            return
        key = normalise(live)
        if key in seen:
            print("  generation %d repeats shape of %d (period %d), population %d"
                  % (g, seen[key], g - seen[key], len(live)))
            print(render(live))
            return
        seen[key] = g
    print("  after %d generations: %d cells, bounds %s" % (generations, len(live), bounds(live)))
    print(render(live))


run("blinker", "###", 5)
run("glider", ".#.\n..#\n###", 10)
run("block", "##\n##", 3)
run("diehard", "......#.\n##......\n.#...###", 12)
run("r-pentomino", ".##\n##.\n.#.", 30)
run("lonely", "#", 3)
g = parse(".#.\n..#\n###")
print(sorted(g))
print(sorted(step(g)) == sorted(step(step(step(step(g)))) - set()), len(g | step(g)), len(g & step(g)))
print(render(frozenset()))
print(bounds(frozenset()))
