# 2.7's exceptions are sequences of their args: indexing, simple slices, iteration and unpacking
# all reach e.args (3.0 removed this). Extended slices and non-integer keys are refused.
e = ValueError("alpha", "beta", "gamma")
print(e[0], e[-1], e[2])
print(e[1:], e[:2], e[-2:], e[5:], e[:])
print(list(e), [x.upper() for x in e])
print(tuple(KeyError(1, 2)), list(StopIteration()))
print("beta" in e, "delta" in e)
print(e.__getitem__(1), e.__getslice__(0, 1))
first, second, third = e
print(first + second + third)
for i, word in enumerate(IOError(2, "No such file")):
    print(i, word)
try:
    e[7]
except IndexError as x:
    print("IndexError:", x)
try:
    e["k"]
except TypeError as x:
    print("TypeError:", x)
try:
    e[::2]
except TypeError as x:
    print("TypeError:", x)


class AppError(Exception):
    def __init__(self, code, text):
        Exception.__init__(self, code, text)
        self.code = code


a = AppError(404, "missing")
print(a[0], a[1], a[:], a.code)
code, text = a
print(code, text)
print(sorted(RuntimeError(3, 1, 2)))
print(max(ArithmeticError(4, 9, 1)), len(list(Exception())))
