# math functions of 3.8-3.11: comb, perm, dist, lcm, remainder, nextafter, ulp, cbrt, exp2, isqrt, prod
import math

print(math.comb(10, 3), math.comb(5, 7), math.comb(60, 30), math.perm(5), math.perm(6, 2), math.perm(3, 5))
print(math.dist((0, 0), (3, 4)), math.dist([1.5], [-2.0]), math.dist((1, 2, 3), (4, 6, 8)))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(-3, 7, 2))
print(math.remainder(10, 3), math.remainder(-7.5, 2), math.remainder(5, float('inf')))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.nextafter(3.0, 3.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(float('inf')))
# cbrt: the C library's cbrt is not correctly rounded (27 -> 3.0000000000000004), so 15 digits
print('%.15g %.15g %.15g' % (math.cbrt(27.0), math.cbrt(-8.0), math.cbrt(2.0)), math.exp2(10), math.exp2(0.5), math.exp2(-1))
print(math.isqrt(99), math.prod([1, 2, 3, 4]), math.prod([]))
for expr in ['math.comb(-1, 2)', 'math.comb(5, -1)', 'math.comb(5.0, 2)', 'math.perm(-2)', 'math.perm(4, -1)',
             'math.dist((1, 2), (1,))', 'math.remainder(1.0, 0.0)', 'math.remainder(float("inf"), 1.0)',
             'math.lcm(2.5)', 'math.exp2(2000)']:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
