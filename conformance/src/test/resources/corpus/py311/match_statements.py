# Structural pattern matching: literals, captures, sequences, mappings, classes, guards, or-patterns.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

def describe(subject):
    match subject:
        case 0 | 1:
            return "small int %d" % subject
        case None:
            return "none"
        case True:
            return "unreachable for True (matched 1)"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case str(s):
            return f"short string {s}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"list starting {first} with {len(rest)} more"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": t, **others}:
            return f"shape {t} extra={sorted(others)}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, yy) if xx == yy:
            return f"diagonal {xx}"
        case Point():
            return "some point"
        case float(f) | int(f):
            return f"number {f}"
        case _:
            return "other"

for value in [0, 1, None, True, "hi", "hello", [1, 2], [1, 2, 3], [],
              {"type": "circle", "r": 2}, {"type": "sq", "w": 1, "h": 2},
              Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), 2.5, 7, (1,)]:
    print(describe(value))
