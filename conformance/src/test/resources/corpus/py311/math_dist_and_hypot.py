# math.dist and math.hypot of several coordinates to the last digit: 3.10+ sums the squares with their
# rounding errors kept apart and corrects the square root once (vector_norm), so a plain scaled
# sum of squares is one unit in the last place off for about a third of the points.
import math

state = 12345


def uniform(lo, hi):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return lo + (hi - lo) * ((state >> 11) / float(1 << 53))


points = []
for i in range(400):
    n = 2 + i % 4
    scale = 10.0 ** (i % 11 - 5)
    p = tuple(uniform(-10, 10) * scale for _ in range(n))
    q = tuple(uniform(-10, 10) for _ in range(n))
    points.append((p, q))

checksum = 0.0
for k, (p, q) in enumerate(points):
    d = math.dist(p, q)
    h = math.hypot(*p)
    checksum += d + h
    if k % 40 == 0:
        print(k, len(p), repr(d), repr(h))
print("checksum", repr(checksum))

print(math.dist((0, 0), (0.1, 0.1)), math.hypot(0.1, 0.1, 0.1))
print(math.dist((0.5, 1.5), (1, 4)), math.dist((0, 0, 0), (1, 2, 3)))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12))
print(math.hypot(1e-320, 1e-321), math.hypot(5e-324, 5e-324, 5e-324), math.hypot(1e308, 1e308))
print(math.hypot(float('inf'), float('nan')), math.hypot(float('nan'), 1.0), math.hypot(-0.0, 0.0))
print(math.dist([1.5, 2.5], [1.5, 2.5]), math.dist((1e200, 1e-200), (-1e200, 1e-200)))
for bad in [lambda: math.dist((1, 2), (1, 2, 3)), lambda: math.hypot('x'), lambda: math.dist((1,), ('a',))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
