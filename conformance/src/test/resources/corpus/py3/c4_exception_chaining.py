class ParseError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"cannot parse {s!r}") from e

try:
    parse("zz")
except ParseError as e:
    print(repr(e))
    print(type(e.__cause__).__name__)
    print(e.__suppress_context__)
    print(type(e.__context__).__name__)

def implicit():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")

try:
    implicit()
except RuntimeError as e:
    print(e.__cause__)
    print(repr(e.__context__))
    print(e.__suppress_context__)

def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None

try:
    suppressed()
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

def layered():
    try:
        try:
            [][0]
        except IndexError as e1:
            raise KeyError("middle") from e1
    except KeyError:
        raise ParseError("top")

try:
    parse("??")
except ParseError:
    pass
layered()
