# int() and float() of text: where underscores may stand, which blanks are stripped, and math's fmod/log2 edges
import math
cases = ['1_000', '-_1', '+_5', '_1', '1_', '1__0', '0x_1f', '0_x1f', '0b_1', '0_b1', '0o_7', ' 12 ', '1\x1c', '\x1f2',
         '\u20031\u2003', '\u0661\u0662', '0_0', '00', '-0x_ff', '0x', '0x_']
for c in cases:
    for base in (10, 0, 16):
        try:
            r = repr(int(c, base))
        except ValueError as e:
            r = 'ValueError'
        print(repr(c), base, r)
for c in ['2.5', '\x1f2.5', '2.5\x1c', '\u20032.5', '1_0.5', '1_.5', '1e1_0', '_1.0', 'in_f']:
    try:
        print(repr(c), repr(float(c)))
    except ValueError as e:
        print(repr(c), 'ValueError', e)
inf = float('inf')
nan = float('nan')
for x, y in [(nan, 0.0), (inf, nan), (nan, nan), (5.0, inf), (-5.0, -inf), (inf, 1.0), (1.0, 0.0), (7.5, 2.0), (-7.5, 2.0)]:
    try:
        print('fmod', x, y, repr(math.fmod(x, y)))
    except ValueError as e:
        print('fmod', x, y, 'ValueError', e)
for x in [inf, nan, 8.0, 0.5]:
    print('log2', x, repr(math.log2(x)))
