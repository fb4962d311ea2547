# math.exp to the last bit, as glibc computes it (Arm's table-driven method, fused multiply-adds on x86-64):
# Java's Math.exp differed in the last place for about 1 argument in 500. Arguments from a fixed generator
# over the whole range, the large ones (|x| >= 512, whose scale leaves the range of doubles) and subnormal
# results included; sixteen results per line as hex.
from __future__ import print_function
import math

seed = 2024
values = []
for i in range(1600):
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    kind = i % 4
    if kind == 0:
        x = (seed % 2000001) / 100000.0 - 10       # [-10, 10]
    elif kind == 1:
        x = (seed % 1454001) / 1000.0 - 745        # [-745, 709]
    elif kind == 2:
        x = (seed % 100001) / 1000.0 - 745         # subnormal and tiny results
    else:
        x = ((seed % 20001) - 10000) * 1e-9        # near zero
    values.append(math.exp(x).hex())
for i in range(0, len(values), 16):
    print(' '.join(v.replace('0x1.', '').replace('0x0.', '~') for v in values[i:i + 16]))
print(math.exp(-0.6), math.exp(1e-300), math.exp(-1e-300), math.exp(2 ** -60), math.exp(709.78), math.exp(-745.2))
