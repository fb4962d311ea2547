from __future__ import print_function


class BowlingError(ValueError):
    pass


def frames(rolls):
    """Split a game's rolls into ten frames, checking pins per frame."""
    out, i = [], 0
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError('game stops in frame %d' % (frame + 1))
        if rolls[i] == 10 and frame < 9:
            out.append(rolls[i:i + 1])
            i += 1
            continue
        pair = rolls[i:i + 2]
        if frame < 9 and sum(pair) > 10:
            raise BowlingError('frame %d knocks down %d pins' % (frame + 1, sum(pair)))
        if frame == 9 and sum(pair) >= 10:
            pair = rolls[i:i + 3]
        out.append(pair)
        i += len(pair)
    if i != len(rolls):
        raise BowlingError('%d rolls left over after ten frames' % (len(rolls) - i))
    return out


def score(rolls):
    total, i, marks = 0, 0, []
    for frame in range(10):
        if rolls[i] == 10:
            total += 10 + rolls[i + 1] + rolls[i + 2]
            marks.append('X')
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            total += 10 + rolls[i + 2]
            marks.append('%d/' % rolls[i])
            i += 2
        else:
            total += rolls[i] + rolls[i + 1]
            marks.append('%d%d' % (rolls[i], rolls[i + 1]))
            i += 2
    return total, ' '.join(m.replace('0', '-') for m in marks)


GAMES = {
    'perfect': [10] * 12,
    'gutter': [0] * 20,
    'spares': [5, 5] * 10 + [5],
    'mixed': [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    'short': [10, 10, 3],
    'cheat': [7, 6] + [0] * 18,
    'extra': [0] * 21,
}
for name in sorted(GAMES):
    rolls = GAMES[name]
    try:
        fr = frames(rolls)
        total, marks = score(rolls)
        print('%-8s %3d  %s  (%d frames, last %r)' % (name, total, marks, len(fr), fr[-1]))
    except BowlingError as e:
        print('%-8s invalid: %s' % (name, e))
    except IndexError as e:
        print('%-8s IndexError: %s' % (name, e))


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = 'Mon Tue Wed Thu Fri Sat Sun'.split()


def day_of_year(y, m, d):
    if not 1 <= m <= 12:
        raise ValueError('month %d out of range' % m)
    limit = DAYS[m - 1] + (1 if m == 2 and is_leap(y) else 0)
    if not 1 <= d <= limit:
        raise ValueError('day %d out of range for %04d-%02d (max %d)' % (d, y, m, limit))
    return sum(DAYS[:m - 1]) + (1 if m > 2 and is_leap(y) else 0) + d


def weekday(y, m, d):
    # days since 0001-01-01 (a Monday in the proleptic Gregorian calendar)
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + day_of_year(y, m, d) - 1
    return NAMES[days % 7]


def month_grid(y, m):
    first = NAMES.index(weekday(y, m, 1))
    n = DAYS[m - 1] + (1 if m == 2 and is_leap(y) else 0)
    cells = ['  '] * first + ['%2d' % d for d in range(1, n + 1)]
    rows = [' '.join(cells[i:i + 7]) for i in range(0, len(cells), 7)]
    return '\n'.join([' '.join(n[:2] for n in NAMES)] + rows)


for y, m, d in [(2000, 1, 1), (1999, 12, 31), (2024, 2, 29), (1900, 3, 1), (2023, 7, 4), (1, 1, 1)]:
    print('%04d-%02d-%02d is a %s, day %d of the year' % (y, m, d, weekday(y, m, d), day_of_year(y, m, d)))
print([y for y in range(1896, 1912) if is_leap(y)], sum(is_leap(y) for y in range(1, 2001)))
print(month_grid(2024, 2))
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31)]:
    try:
        weekday(*bad)
    except ValueError as e:
        print('ValueError:', e)
score(GAMES['short'])
