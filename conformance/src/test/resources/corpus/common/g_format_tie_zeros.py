# %g, format() and str.format with g/G/n: 2.7 and 3.6 keep the zeros a tie rounded down to in exponent notation
# ('%.2g' % 105.0 is '1.0e+02'), 3.9+ strips them ('1e+02'); ties rounded up, fixed notation and # are alike
from __future__ import print_function
vals = [(1005.0, 3), (10.5, 2), (20.5, 2), (100.5, 3), (1000.5, 4), (0.5, 1), (1.5, 1), (40.5, 2), (0.0625, 2), (0.0625, 3),
        (6.25, 2), (1e16, 1), (1005.0, 2), (10000.5, 5), (3.0, 1), (105.0, 2), (-105.0, 2), (12305.0, 4), (1238305.0, 5),
        (0.000105, 2), (125.0, 2), (115.0, 2), (1050.0, 2), (2.5e-5, 1), (6.5e-5, 1)]
print(' '.join('%.*g' % (p, x) for x, p in vals))
print(' '.join('%.*G' % (p, x) for x, p in vals))
print(' '.join('%#.*g' % (p, x) for x, p in vals))
print(' '.join(format(x, '.%dg' % p) for x, p in vals))
print(' '.join('{0:.{1}n}'.format(x, p) for x, p in vals))
print(' '.join('%.*e' % (p - 1, x) for x, p in vals))
