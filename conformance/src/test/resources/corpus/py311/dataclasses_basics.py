# dataclasses (which imports inspect and ast): fields, defaults, ordering, frozen instances, asdict/astuple
import dataclasses
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


p = Point(1)
print(p, p == Point(1, 0, []), p != Point(2))
p.tags.append('a')
print(dataclasses.asdict(p), dataclasses.astuple(p), [f.name for f in dataclasses.fields(p)])
print(sorted([Version(1, 2), Version(0, 9), Version(1)]), Version(1) < Version(1, 1))
try:
    Version(1).major = 2
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(Version(3)) == hash(Version(3)), dataclasses.replace(Version(1, 5), minor=6))
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(1))
try:
    Point()
except TypeError as e:
    print(e)
