# 3.11's TypeErrors for calls: every positional-only parameter passed by keyword is named (in
# parameter order, whichever keyword was first), also when an unknown keyword comes first; with
# **kwargs those names are ordinary keywords. str.removeprefix/removesuffix name themselves.


def point(x, y, /, z=0):
    return (x, y, z)


def spread(a, /, **rest):
    return (a, rest)


class Grid:
    def cell(self, row, col, /, *, wrap=False):
        return (row, col, wrap)


calls = [
    lambda: point(1, 2, z=3),
    lambda: point(x=1, y=2),
    lambda: point(y=2, x=1, z=3),
    lambda: point(1, 2, w=4, y=5),
    lambda: point(1, 2, w=4),
    lambda: spread(1, a=2),
    lambda: spread(a=2),
    lambda: Grid().cell(1, col=2),
    lambda: Grid().cell(col=1, row=2, wrap=True),
    lambda: "prefix-body".removeprefix("prefix-"),
    lambda: "body.txt".removesuffix(".txt"),
    lambda: "abc".removeprefix(1),
    lambda: "abc".removesuffix(None),
    lambda: "abc".removeprefix(b"a"),
    lambda: b"abc".removeprefix("a"),
    lambda: b"abc".removesuffix(bytearray(b"c")),
]
for i, call in enumerate(calls):
    try:
        print(i, call())
    except TypeError as e:
        print(i, "TypeError:", e)
