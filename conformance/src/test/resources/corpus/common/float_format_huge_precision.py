# %f/%e/%#g with precisions far past a double's own digits: the digits it has, then zeros, as CPython
# writes them (pyvm scaled a BigDecimal to 10**precision and ran for minutes, found by fuzzing).
from __future__ import print_function
for v in [1.5, -0.0, 0.0, 2.5, 1e22, 5e-324, -1.25e-10, 123456789.125, 3.0]:
    for f in ['%.0f', '%.1f', '%.3f', '%.20f', '%.1074f', '%.1075f', '%.1200f', '%#.0f', '%.5e', '%.800e', '%#.30g', '%#.1200g', '%.1200g', '%#.0g']:
        r = f % v
        print(f, repr(v), len(r), r[:40], r[-20:])
s = '%.2000000f' % 1.5
print(len(s), s[:10], s.count('0'))
s = '%.2000000e' % -2.75
print(len(s), s[:10], s[-6:])
s = '{:.2000000f}'.format(0.1)
print(len(s), s[:60], s.count('0'))
