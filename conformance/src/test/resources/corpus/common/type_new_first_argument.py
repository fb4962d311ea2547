# type.__new__ called directly checks its first argument before counting the others, as every builtin
# __new__ (tp_new_wrapper) does: "type.__new__(): not enough arguments", "type.__new__(X): X is not a
# type object (int)"; object.__new__ says the same in its own name.
from __future__ import print_function


class Meta(type):
    pass


calls = [
    ("type.__new__()", lambda: type.__new__()),
    ("type.__new__(1)", lambda: type.__new__(1)),
    ("type.__new__('A', (), {})", lambda: type.__new__("A", (), {})),
    ("type.__new__(type)", lambda: type.__new__(type)),
    ("type.__new__(type, 1, 2)", lambda: type.__new__(type, 1, 2)),
    ("type.__new__(Meta, 'M', (), {})", lambda: type(type.__new__(Meta, "M", (), {})).__name__),
    ("type.__new__(type, 'T', (), {})", lambda: type.__new__(type, "T", (), {}).__name__),
    ("object.__new__()", lambda: object.__new__()),
    ("object.__new__(1)", lambda: object.__new__(1)),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
