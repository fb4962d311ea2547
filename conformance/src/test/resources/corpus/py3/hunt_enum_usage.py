from enum import Enum, IntEnum, auto
import typing
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'], Color.RED.name, Color.RED.value, list(Color))
print(Level.MID, Level.MID + 1, Level.HIGH > Level.LOW, sorted([Level.HIGH, Level.LOW]), int(Level.MID))
print(Color.RED == 1, Color.RED is Color(1), len(Color), [c.name for c in Color if c.value > 1])
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError:', e)
class Shape(Enum):
    SQUARE = 'sq'
    CIRCLE = 'ci'
    def describe(self):
        return f'{self.name.lower()}:{self.value}'
print([s.describe() for s in Shape], Shape('ci'), Shape.SQUARE in Shape)
