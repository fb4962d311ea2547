# Tuple/list unpacking in assignments and for loops, nested targets and errors.
a, b = 1, 2
[c, d] = "xy"
(e, (f, g)) = (3, [4, 5])
print((a, b, c, d, e, f, g))
h = i = j = 7
print(h + i + j)
for k, (m, n) in enumerate([(1, 2), (3, 4)]):
    print(k * 100 + m * 10 + n)
data = {"p": 1}
data["q"], data["r"] = 2, 3
print(sorted(data.items()))

class Box(object):
    pass

box = Box()
box.left, box.right = "L", "R"
print(box.left + box.right)
lst = [0, 0, 0]
lst[0], lst[2] = 9, 8
print(lst)
x, y = y, x = 1, 2
print((x, y))
try:
    p, q = [1, 2, 3]
except ValueError as err:
    print("ValueError: %s" % err)
try:
    p, q, r = (1, 2)
except ValueError as err:
    print("ValueError: %s" % err)
try:
    s, t = 5
except TypeError as err:
    print("TypeError")
