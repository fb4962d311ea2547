# Function and variable annotations are stored, not checked.
def scale(x: float, factor: int = 2) -> float:
    return x * factor

def describe(name: str, *args: int, flag: bool = False, **kw: str) -> str:
    return "%s %r %r %r" % (name, args, flag, sorted(kw))

print(scale(1.5))
print(scale("ab", 3))
print(sorted(scale.__annotations__.items()))
print(describe("n", 1, 2, flag=True, k="v"))
print(sorted(describe.__annotations__))

class Point:
    x: int
    y: int = 0
    label: str = "origin"

print(Point.y, Point.label)
print(sorted(Point.__annotations__))
total: int = 5
print(total)
print("total" in __annotations__)
