# raise ... from ..., implicit chaining, __cause__, __context__ and __suppress_context__.
class ConfigError(Exception):
    pass

def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise ConfigError("missing " + key) from e

try:
    load("b")
except ConfigError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e.__context__), e.__cause__)

try:
    try:
        [][0]
    except IndexError:
        raise RuntimeError("no context") from None
except RuntimeError as e:
    print(e.__suppress_context__, repr(e.__context__), e.__cause__)

def chained():
    try:
        int("x")
    except ValueError as e:
        raise KeyError("outer") from e

chained()
