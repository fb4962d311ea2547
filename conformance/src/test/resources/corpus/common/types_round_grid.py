from __future__ import print_function
import sys
vals = [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 1.115, 0.285, 5e-324, 1e22, 123456.789, -0.0, 1e-10, 7.45, 0.05, 99.995, 1234.5]
for v in vals:
    row = []
    for nd in (None, 0, 1, 2, 3, -1, -2, 20, 400, -400):
        try:
            r = round(v) if nd is None else round(v, nd)
            row.append(repr(r))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(v), ' '.join(row))
for n in [15, 25, 35, 45, -15, -25, 10**20 + 5, -(10**20 + 50), 2**70]:
    print(n, [round(n, k) for k in (-1, -2, 0, 3)] if sys.version_info >= (3,) else [round(n, k) for k in (-1, -2, 0)])
print('%.2f %.2f %.2f %.1f %.0f %.0f %.3f' % (2.675, 1.005, 0.125, 0.25, 0.5, 1.5, 1.0005), '{:.2f} {:.1f} {:.0f}'.format(2.675, 0.05, 2.5))
print(format(0.5, '.0%'), format(0.125, '.1%'), format(1e-5, '.2e'), format(9.995, '.2f'), format(9.9995, '.3g'), format(99.5, '.3g'), format(0.0001234, '.2g'))
