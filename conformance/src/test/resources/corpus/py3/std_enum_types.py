# enum over pyvm's metaclass support: members, lookup by value and name, IntEnum, Flag, unique, auto
import enum
import types


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return "%s=%d" % (self.name, self.value)


print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.describe())
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1))
print(isinstance(Color.RED, Color), type(Color.RED).__name__, Color.BLUE.name, Color.BLUE.value)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


print(Level.LOW < Level.HIGH, Level.HIGH + 1, int(Level.LOW), sorted([Level.HIGH, Level.LOW]))


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(Perm.R in rw, Perm.X in rw, bool(rw & Perm.X))


@enum.unique
class Shape(enum.Enum):
    SQUARE = enum.auto()
    CIRCLE = enum.auto()


print(Shape.SQUARE.value, Shape.CIRCLE.value, [m.name for m in Shape])
try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
print(Color.__members__.keys() == {"RED", "GREEN", "BLUE"} or list(Color.__members__))
print(types.DynamicClassAttribute is not None)
