import sys


def read_records(lines):
    for lineno, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        parts = [p.strip() for p in line.split(',')]
        if len(parts) != 3:
            raise ValueError(f"line {lineno}: expected 3 fields, got {len(parts)}")
        yield lineno, parts


def parse(records):
    bad = 0
    for lineno, (name, dept, salary) in records:
        try:
            yield name, dept, int(salary)
        except ValueError as e:
            bad += 1
            print(f"  skip line {lineno}: {e}", file=sys.stderr if False else sys.stdout)
    return bad


def group_by(rows, key):
    groups = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)
    return groups


def stats():
    total = count = 0
    high = None
    while True:
        value = yield (total / count if count else None)
        if value is None:
            break
        total += value
        count += 1
        high = value if high is None else max(high, value)
    return count, total, high


def delegate(values):
    result = yield from stats_driver(values)
    return result


def stats_driver(values):
    gen = stats()
    next(gen)
    averages = []
    for v in values:
        averages.append(gen.send(v))
    try:
        gen.send(None)
    except StopIteration as stop:
        return averages, stop.value
    yield 'never'


DATA = """
# name, dept, salary
ann, eng, 120
bob, eng, 95
cid, ops, seventy
dee, ops, 70
eve, eng, 130

fay, sales, 60
gus, ops, 82
"""

parser = parse(read_records(DATA.split('\n')))
rows = []
while True:
    try:
        rows.append(next(parser))
    except StopIteration as stop:
        print("bad rows:", stop.value)
        break
print(rows[:2], len(rows))
groups = group_by(rows, key=lambda r: r[1])
for dept, members in sorted(groups.items(), key=lambda kv: -len(kv[1])):
    salaries = [s for _, _, s in members]
    print(f"{dept:6} n={len(members)} sum={sum(salaries):4d} avg={sum(salaries) / len(salaries):7.2f}")
g = delegate([s for *_, s in rows])
try:
    next(g)
except StopIteration as stop:
    averages, (count, total, high) = stop.value
    print([round(a, 1) for a in averages], count, total, high)
squares = (x * x for x in range(10) if x % 3)
print(next(squares), list(squares), list(squares))
names = {name: dept for name, dept, _ in rows}
by_dept = {d: sorted(n for n, dd in names.items() if dd == d) for d in set(names.values())}
print(sorted(by_dept.items()))
print({len(n) for n in names}, sorted({s // 10 * 10 for *_, s in rows}))
it = iter(rows)
first, *middle, last = it
print(first[0], len(middle), last[0])
gen = stats()
next(gen)
gen.send(5)
gen.close()
print(gen.gi_frame is None)
list(read_records(["a, b, c", "d, e"]))
