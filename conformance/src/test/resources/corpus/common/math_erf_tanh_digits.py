# erf, erfc and tanh to the last digit: 3.7+ take erf/erfc from the C library, 2.7 and 3.6 compute their own;
# every version takes tanh from the C library
import math

xs = [k * 0.125 for k in range(-48, 49)] + [0.3, 1.7, 2.5, 0.7, 1e-10, -1e-300, 5.9, 6.1, 27.5, 30.0]
for name in ('erf', 'erfc', 'tanh'):
    f = getattr(math, name)
    print(name)
    line = []
    for x in xs:
        line.append(repr(f(x)))
        if len(line) == 6:
            print(' '.join(line))
            line = []
    print(' '.join(line))
print(math.erf(float('inf')), math.erf(float('-inf')), math.erfc(float('inf')), math.erfc(float('-inf')))
print(math.tanh(float('inf')), math.tanh(-0.0), math.erf(-0.0), math.erfc(-0.0))
print(math.isnan(math.erf(float('nan'))), math.isnan(math.erfc(float('nan'))), math.isnan(math.tanh(float('nan'))))
total = 0.0
for k in range(1, 2000):
    x = k / 211.0
    total += math.erf(x) - math.erfc(x) + math.tanh(x)
print(repr(total))
