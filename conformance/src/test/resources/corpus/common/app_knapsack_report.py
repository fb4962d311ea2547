from __future__ import print_function

ITEMS = [
    # name, weight, value
    ('tent', 11, 30), ('stove', 4, 10), ('water', 9, 27), ('food', 6, 24),
    ('camera', 2, 16), ('book', 3, 5), ('rope', 5, 9), ('first aid', 1, 15),
    ('jacket', 4, 14), ('laptop', 7, 20), ('snacks', 2, 8), ('map', 1, 6),
]


def knapsack(items, capacity):
    best = [[0] * (capacity + 1) for _ in range(len(items) + 1)]
    for i, (name, w, v) in enumerate(items, 1):
        row, prev = best[i], best[i - 1]
        for c in range(capacity + 1):
            row[c] = prev[c]
            if w <= c and prev[c - w] + v > row[c]:
                row[c] = prev[c - w] + v
    chosen, c = [], capacity
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(items[i - 1])
            c -= items[i - 1][1]
    return best[-1][capacity], chosen[::-1]


def greedy(items, capacity):
    by_ratio = sorted(items, key=lambda it: (-float(it[2]) / it[1], it[0]))
    total_w = total_v = 0
    picked = []
    for name, w, v in by_ratio:
        if total_w + w <= capacity:
            picked.append(name)
            total_w += w
            total_v += v
    return total_v, picked


def report(capacity):
    value, chosen = knapsack(ITEMS, capacity)
    weight = sum(w for _, w, _ in chosen)
    print('=' * 44)
    print('capacity {0:>3} | best value {1:>3} | weight {2:>3}'.format(capacity, value, weight))
    print('-' * 44)
    for name, w, v in chosen:
        bar = '#' * v
        print('  %-10s w=%2d v=%2d %5.2f/kg %s' % (name, w, v, float(v) / w, bar[:20]))
    gv, gp = greedy(ITEMS, capacity)
    gap = value - gv
    pct = 100.0 * gap / value if value else 0.0
    print('  greedy: %d (%s) gap %d = %.1f%%' % (gv, ', '.join(gp) or '-', gap, pct))
    return value


values = [report(c) for c in (0, 5, 15, 30, 60)]
print(values, all(a <= b for a, b in zip(values, values[1:])))
total_w = sum(w for _, w, _ in ITEMS)
print('everything weighs', total_w, 'and is worth', sum(v for _, _, v in ITEMS))
print(knapsack(ITEMS, total_w)[0] == sum(v for _, _, v in ITEMS), knapsack([], 10), knapsack(ITEMS[:1], 10))
table = {}
for name, w, v in ITEMS:
    table.setdefault(w, []).append(name)
for w in sorted(table, reverse=True)[:4]:
    print('%2d kg: %s' % (w, sorted(table[w])))
print('{:-^30}'.format(' done '), '{0:08.3f}|{1:+d}|{2:x}|{3:o}|{4:e}'.format(3.14159, 42, 255, 8, 12345.678))
knapsack(ITEMS, -1)
