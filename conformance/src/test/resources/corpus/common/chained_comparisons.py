# Chained comparisons, is/is not, in/not in, and short-circuit evaluation order.
def v(x, log):
    log.append(x)
    return x

log = []
print(1 < 2 < 3)
print(1 < 3 < 2)
print(v(1, log) < v(5, log) > v(2, log) != v(4, log))
print(log)
log = []
print(v(5, log) < v(1, log) < v(9, log))
print(log)
x = 5
print(0 <= x <= 10)
print(0 <= x < 5)
print(1 == 1.0 == True)
a = [1]
b = a
print(a is b)
print(a is not [1])
print(None is None)
print(2 in [1, 2] in [[1, 2]])
print(3 not in [1, 2])
print(1 < 2 == 2 > 1 >= 1 <= 1)
print("abc" < "abd" < "b")
print((1, 2) < (1, 2, 0))
print(not 1 < 0)
print(1 < 2 and 2 < 3 or False)
print(0 or "" or [] or "last")
print(1 and "x" and 0 and "never")
print(not [] and not {})
r = x > 3 and "big" or "small"
print(r)
print("yes" if x == 5 else "no")
print([i for i in range(20) if 3 < i * 2 <= 12])
