# round(x), round(x, n), int(x) and '%.nf' % x over many doubles from a fixed generator: ties of every
# kind (exact binary halves), values near the 2**63 edge, negative values and zeros. 2.7 rounds halves
# away from zero, 3.x to even; both on the exact binary value of the double.
from __future__ import print_function

state = 12345


def rand(bound):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state % bound


values = [0.0, -0.0, 0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e-7, 123456.5, 9.995, -9.995,
          2.0 ** 52 + 0.5, 2.0 ** 62, 2.0 ** 63, -2.0 ** 63, 2.0 ** 63 - 1024, 1e18, 1e19, -1e19, 1.7e308]
for _ in range(400):
    k = rand(7)
    if k == 0:
        values.append((rand(100000) + 0.5) / (1 << rand(12)))
    elif k == 1:
        values.append(-rand(10 ** 6) / 10.0 ** rand(8))
    elif k == 2:
        values.append(rand(1 << 30) * 1.0 / (rand(1000) + 1))
    elif k == 3:
        values.append(float(rand(1 << 30)) * (1 << 33) + rand(1 << 20))
    else:
        values.append((rand(2000001) - 1000000) / 1000.0 + rand(10) * 0.0005)

checks = []
for x in values:
    row = [int(x)] if abs(x) < 1e300 else []
    for n in (0, 1, 2, 3, 6):
        row.append(round(x, n))
        row.append("%.*f" % (n, x))
    checks.append(row)

for row in checks[:23]:
    print(row)
print(len(checks), sum(len(r) for r in checks))
print(sum(int(x) for x in values if abs(x) < 1e300))
print(repr(sum(round(x, 2) for x in values if abs(x) < 1e300)))
print([round(x) for x in values[:15]])
print(["%.3f" % x for x in values[23:60]])
print([round(x, 3) for x in values[60:100]])
