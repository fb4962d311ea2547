from __future__ import print_function

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


class Unsolvable(Exception):
    pass


class Sudoku(object):
    digits = set('123456789')

    def __init__(self, text):
        rows = [r for r in text.split() if r]
        if len(rows) != 9 or any(len(r) != 9 for r in rows):
            raise ValueError('need 9 rows of 9 cells, got %s' % [len(r) for r in rows])
        self.grid = [list(r) for r in rows]
        self.guesses = 0

    def candidates(self, r, c):
        used = set(self.grid[r]) | set(self.grid[i][c] for i in range(9))
        br, bc = 3 * (r // 3), 3 * (c // 3)
        used |= set(self.grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3))
        return self.digits - used

    def empty_cells(self):
        return [(r, c) for r in range(9) for c in range(9) if self.grid[r][c] == '.']

    def solve(self):
        cells = self.empty_cells()
        if not cells:
            return True
        options = [(len(self.candidates(r, c)), r, c) for r, c in cells]
        n, r, c = min(options)
        if n == 0:
            return False
        for d in sorted(self.candidates(r, c)):
            self.grid[r][c] = d
            self.guesses += 1
            if self.solve():
                return True
        self.grid[r][c] = '.'
        return False

    def check(self):
        units = [row for row in self.grid]
        units += [[self.grid[r][c] for r in range(9)] for c in range(9)]
        units += [[self.grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
                  for br in (0, 3, 6) for bc in (0, 3, 6)]
        bad = [i for i, u in enumerate(units) if set(u) != self.digits]
        if bad:
            raise Unsolvable('units %s are not complete' % bad)
        return len(units)

    def __str__(self):
        lines = []
        for r, row in enumerate(self.grid):
            if r and r % 3 == 0:
                lines.append('------+-------+------')
            lines.append(' | '.join(' '.join(row[c:c + 3]) for c in (0, 3, 6)))
        return '\n'.join(lines)


s = Sudoku(PUZZLE)
print(len(s.empty_cells()), 'empty cells')
print(sorted(s.candidates(0, 2)), sorted(s.candidates(4, 4)), sorted(s.candidates(8, 0)))
print(s.solve(), 'after', s.guesses, 'guesses')
print(s)
print('units checked:', s.check())
digits_per_row = [''.join(row) for row in s.grid]
print(digits_per_row[0], sum(int(d) for d in digits_per_row[4]), {d: digits_per_row[0].index(d) for d in '159'} == {'1': 5, '5': 0, '9': 7})
for bad in ('12345678\n' * 9, '.' * 9):
    try:
        Sudoku(bad)
    except ValueError as e:
        print('ValueError:', e)
broken = Sudoku(PUZZLE.replace('53..7', '55..7'))
print(broken.solve(), broken.guesses > 0)
broken.check()
